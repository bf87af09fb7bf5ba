// Small codebooks for the codebook tests, and a replay of a change over in-memory rows (what
// commitChange does to the tables), so that a test can apply a change and its inverse.
import type { CodeRecord, CodingRecord, MemoRecord } from '../../../shared/model';
import type { Change, Minting, RowChange } from '../../../shared/changes/change';

export function code(id: string, name: string, parentId: string | null, order: number, extra: Partial<CodeRecord> = {}): CodeRecord {
  return { id, name, color: '#2563eb', parentId, order, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '2026-01-01T00:00:00.000Z', ...extra };
}

export function coding(id: string, codeId: string, docId: string, start: number, end: number, coderId = 'k1'): CodingRecord {
  return { id, docId, codeId, start, end, quote: `q${start}-${end}`, prefix: '', suffix: '', coderId, createdAt: '2026-01-02T00:00:00.000Z' };
}

export function memo(id: string, targetType: MemoRecord['targetType'], targetId: string, text: string, coderId = 'k1'): MemoRecord {
  return {
    id,
    targetType,
    targetId,
    text,
    body: JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } }),
    coderId,
    createdAt: '2026-01-03T00:00:00.000Z',
    updatedAt: '2026-01-03T00:00:00.000Z',
  };
}

export function counter(prefix = 'new'): Minting {
  let n = 0;
  return { newId: () => `${prefix}${++n}`, now: '2026-02-01T00:00:00.000Z' };
}

export interface Rows {
  codes: CodeRecord[];
  codings: CodingRecord[];
  memos: MemoRecord[];
}

/** The rows after a change, as the tables would hold them (order of rows does not matter). */
export function replay(rows: Rows, change: Change): Rows {
  const tables = new Map<RowChange['table'], Map<string, unknown>>(
    (['codes', 'codings', 'memos'] as const).map((t) => [t, new Map(rows[t].map((r) => [r.id, r as unknown]))]),
  );
  for (const c of change.changes) {
    const table = tables.get(c.table)!;
    // The log's promise: each change starts from the row as it is.
    expectSame(table.get(c.key) ?? null, c.before);
    if (c.after === null) table.delete(c.key);
    else table.set(c.key, c.after);
  }
  return {
    codes: [...tables.get('codes')!.values()] as CodeRecord[],
    codings: [...tables.get('codings')!.values()] as CodingRecord[],
    memos: [...tables.get('memos')!.values()] as MemoRecord[],
  };
}

function expectSame(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`row before the change is ${JSON.stringify(actual)}, the change says ${JSON.stringify(expected)}`);
  }
}

export function byId<T extends { id: string }>(rows: readonly T[]): Record<string, T> {
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}

export function sorted<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}
