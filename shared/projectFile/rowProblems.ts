// A row that fails its schema, said as a researcher (or whoever helps them) can act on it: which
// entry, which line, which field, what it should be and what it is.
import type { z } from 'zod';

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'empty (null)',
};

/** `attributes.year`, `changes[2].table`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function describeIssue(issue: z.core.$ZodIssue, row: unknown): string {
  const field = fieldPath(issue.path);
  const value = valueAt(row, issue.path);
  const name = field ? `“${field}”` : 'the row';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${name} is missing`;
      return `${name} should be ${KINDS[issue.expected] ?? issue.expected}, but is ${describeValue(value)}`;
    case 'too_small':
      return issue.origin === 'string' ? `${name} is empty` : `${name} should be ${issue.minimum} or more, but is ${describeValue(value)}`;
    case 'invalid_value':
      return `${name} should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but is ${describeValue(value)}`;
    case 'invalid_union':
      return `${name} should be text, a number, true or false, or empty, but is ${describeValue(value)}`;
    case 'invalid_format':
      return `${name} ${issue.message.startsWith('should') ? issue.message : 'is not in the expected form'}, but is ${describeValue(value)}`;
    default:
      return `${name}: ${issue.message}`;
  }
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = row;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}
