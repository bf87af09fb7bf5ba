// Attribute values and their types, as REFI-QDA knows them (Text, Integer/Float, Date, Boolean).
// Values arrive as text from manifests and spreadsheets; a column whose every non-empty value reads
// as a number is a number, and so on, so that "2017" sorts and exports as a year, not a word.
import type { AttributeType, AttributeValue } from '../model';
import { isIsoDate } from '../dates/isoDate';

/** The narrowest type all non-empty values fit, text when they disagree or there are none. */
export function inferAttributeType(values: readonly unknown[]): AttributeType {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length === 0) return 'text';
  if (present.every((v) => typeof v === 'boolean' || (typeof v === 'string' && /^(true|false)$/i.test(v.trim())))) return 'boolean';
  if (present.every((v) => typeof v === 'number' || (typeof v === 'string' && isNumeric(v)))) return 'number';
  if (present.every((v) => typeof v === 'string' && isIsoDate(v) && !isNumeric(v))) return 'date';
  return 'text';
}

/** A value as its attribute's type stores it; text that does not fit is kept as text, not lost. */
export function coerceAttributeValue(value: unknown, type: AttributeType): AttributeValue {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'number': {
      const n = typeof value === 'number' ? value : Number(String(value).trim());
      return Number.isFinite(n) ? n : String(value);
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (/^true$/i.test(String(value).trim())) return true;
      if (/^false$/i.test(String(value).trim())) return false;
      return String(value);
    case 'date':
    case 'text':
      return String(value).trim();
  }
}

function isNumeric(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed);
}
