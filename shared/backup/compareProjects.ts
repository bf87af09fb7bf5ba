// Two projects compared table by table, row by row (by key): what "read back and check" runs after
// writing a backup, and what the restore tests assert. Rows compare as stored values
// (shared/rowEquality.ts: key order ignored, an undefined field counts as absent).
import { sameRow } from '../rowEquality';
import { TABLE_KEYS, TABLE_NAMES, TABLE_WORDS, type ProjectTables, type TableName } from '../projectFile/projectTables';

export interface RowDifference {
  table: TableName;
  key: string;
  /** `missing`: in the first project only; `extra`: in the second only; `changed`: in both, different. */
  kind: 'missing' | 'extra' | 'changed';
  /** For `changed`: the fields that differ. */
  fields?: string[];
}

export interface ProjectComparison {
  same: boolean;
  differences: RowDifference[];
  /** Originals (library names) whose bytes differ or are in one side only. */
  originals: string[];
}

export function compareProjects(
  expected: ProjectTables,
  actual: ProjectTables,
  originals?: { expected: ReadonlyMap<string, Uint8Array>; actual: ReadonlyMap<string, Uint8Array> },
): ProjectComparison {
  const differences: RowDifference[] = [];
  for (const table of TABLE_NAMES) {
    const key = TABLE_KEYS[table] as string;
    const byKey = (rows: readonly object[]) => new Map(rows.map((row) => [String((row as Record<string, unknown>)[key]), row as Record<string, unknown>]));
    const left = byKey(expected[table]);
    const right = byKey(actual[table]);
    // A duplicated key hides a row from the maps: count rows as well.
    if (left.size !== expected[table].length || right.size !== actual[table].length) {
      differences.push({ table, key: '(duplicate keys)', kind: 'changed' });
    }
    for (const [k, row] of left) {
      const other = right.get(k);
      if (!other) differences.push({ table, key: k, kind: 'missing' });
      else if (!sameRow(row, other)) differences.push({ table, key: k, kind: 'changed', fields: differingFields(row, other) });
    }
    for (const k of right.keys()) if (!left.has(k)) differences.push({ table, key: k, kind: 'extra' });
  }
  const differentOriginals: string[] = [];
  if (originals) {
    for (const name of new Set([...originals.expected.keys(), ...originals.actual.keys()])) {
      const a = originals.expected.get(name);
      const b = originals.actual.get(name);
      if (!a || !b || !sameBytes(a, b)) differentOriginals.push(name);
    }
  }
  return { same: differences.length === 0 && differentOriginals.length === 0, differences, originals: differentOriginals.sort() };
}

/** The comparison in a sentence or two, for a log or a failed backup's message. */
export function describeComparison(comparison: ProjectComparison): string {
  if (comparison.same) return 'The two projects are the same.';
  const byTable = new Map<TableName, number>();
  for (const d of comparison.differences) byTable.set(d.table, (byTable.get(d.table) ?? 0) + 1);
  const parts = [...byTable].map(([table, n]) => `${n} ${n === 1 ? TABLE_WORDS[table].one : TABLE_WORDS[table].many}`);
  if (comparison.originals.length > 0) parts.push(`${comparison.originals.length} ${comparison.originals.length === 1 ? 'original' : 'originals'}`);
  return `The projects differ in ${parts.join(', ')}.`;
}

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].filter((f) => !sameRow(a[f], b[f])).sort();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
