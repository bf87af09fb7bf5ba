// Codebook changes as data: the rows before and after, for the operations log (renderer/db/changes.ts
// commits a `CodebookChange` as it is, and undo replays its inverse). Builders work on a `RowDraft`:
// they read and rewrite rows freely, and `toChange` reports each touched row once, with its row as it
// was and as it ends up, so that a row moved twice is still one exact before/after pair.
import type { CodeRecord, CodingRecord, MemoRecord } from '../model';
import { sameRow } from '../rowEquality';

export type CodebookTable = 'codes' | 'codings' | 'memos';
export type CodebookRow = CodeRecord | CodingRecord | MemoRecord;

export interface CodebookRowChange {
  table: CodebookTable;
  key: string;
  before: CodebookRow | null;
  after: CodebookRow | null;
}

export interface CodebookChange {
  label: string;
  changes: CodebookRowChange[];
}

interface RowsOf {
  codes: CodeRecord;
  codings: CodingRecord;
  memos: MemoRecord;
}

/** New ids and the time for rows a change creates: passed in, so that builders stay pure. */
export interface Minting {
  newId(): string;
  now: string;
}

export class RowDraft {
  private readonly base: { [T in CodebookTable]: Map<string, RowsOf[T]> };
  private readonly original = new Map<string, CodebookRow | null>();
  private readonly current = new Map<string, CodebookRow | null>();
  private readonly touched: Array<{ table: CodebookTable; key: string }> = [];

  constructor(rows: { [T in CodebookTable]: ReadonlyArray<RowsOf[T]> }) {
    this.base = {
      codes: new Map(rows.codes.map((row) => [row.id, row])),
      codings: new Map(rows.codings.map((row) => [row.id, row])),
      memos: new Map(rows.memos.map((row) => [row.id, row])),
    };
  }

  /** The rows of a table as the draft has them now: created rows included, deleted ones not. */
  all<T extends CodebookTable>(table: T): Array<RowsOf[T]> {
    const result: Array<RowsOf[T]> = [];
    for (const id of this.base[table].keys()) {
      const row = this.get(table, id);
      if (row) result.push(row);
    }
    for (const { table: t, key } of this.touched) {
      if (t !== table || this.base[table].has(key)) continue;
      const row = this.current.get(slot(t, key));
      if (row) result.push(row as RowsOf[T]);
    }
    return result;
  }

  get<T extends CodebookTable>(table: T, id: string): RowsOf[T] | undefined {
    const key = slot(table, id);
    if (this.current.has(key)) return (this.current.get(key) ?? undefined) as RowsOf[T] | undefined;
    return this.base[table].get(id);
  }

  put<T extends CodebookTable>(table: T, row: RowsOf[T]): void {
    this.remember(table, row.id);
    this.current.set(slot(table, row.id), row);
  }

  update<T extends CodebookTable>(table: T, id: string, patch: Partial<RowsOf[T]>): RowsOf[T] {
    const row = this.get(table, id);
    if (!row) throw new Error(`no ${table} row ${id} to update`);
    const next = { ...row, ...patch } as RowsOf[T];
    this.put(table, next);
    return next;
  }

  delete(table: CodebookTable, id: string): void {
    this.remember(table, id);
    this.current.set(slot(table, id), null);
  }

  /** One row change per touched row that actually differs, in the order rows were first touched. */
  toChange(label: string): CodebookChange {
    const changes: CodebookRowChange[] = [];
    for (const { table, key } of this.touched) {
      const before = this.original.get(slot(table, key)) ?? null;
      const after = this.current.get(slot(table, key)) ?? null;
      if (before === null && after === null) continue;
      if (before !== null && after !== null && sameRow(before, after)) continue;
      changes.push({ table, key, before, after });
    }
    return { label, changes };
  }

  private remember(table: CodebookTable, id: string): void {
    const key = slot(table, id);
    if (this.original.has(key)) return;
    this.original.set(key, this.base[table].get(id) ?? null);
    this.touched.push({ table, key: id });
  }
}

function slot(table: CodebookTable, id: string): string {
  return `${table}\u0000${id}`;
}
