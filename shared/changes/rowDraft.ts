// A draft of a change over rows held in memory: builders read and rewrite rows freely, and `toChange`
// reports each touched row once, with its row as it was and as it ends up, so that a row moved twice
// is still one exact before/after pair. The codebook's builders (create, move, merge, import) work on
// one; so can any builder whose steps read what earlier steps wrote.
import { sameRow } from '../rowEquality';
import type { Change, LoggedTable, RowChange, TableRows } from './change';

/** The rows a draft starts from, by table (a table left out starts empty). */
export type DraftRows = { [T in LoggedTable]?: ReadonlyArray<TableRows[T]> };

/** A row's primary key in its table. */
export function keyOf<T extends LoggedTable>(table: T, row: TableRows[T]): string {
  return table === 'attributeDefinitions' ? (row as TableRows['attributeDefinitions']).name : (row as { id: string }).id;
}

export class RowDraft {
  private readonly base = new Map<LoggedTable, Map<string, TableRows[LoggedTable]>>();
  private readonly original = new Map<string, TableRows[LoggedTable] | null>();
  private readonly current = new Map<string, TableRows[LoggedTable] | null>();
  private readonly touched: Array<{ table: LoggedTable; key: string }> = [];

  constructor(rows: DraftRows) {
    for (const [table, list] of Object.entries(rows) as Array<[LoggedTable, ReadonlyArray<TableRows[LoggedTable]>]>) {
      this.base.set(table, new Map(list.map((row) => [keyOf(table, row), row])));
    }
  }

  /** The rows of a table as the draft has them now: created rows included, deleted ones not. */
  all<T extends LoggedTable>(table: T): Array<TableRows[T]> {
    const base = this.baseOf(table);
    const result: Array<TableRows[T]> = [];
    for (const key of base.keys()) {
      const row = this.get(table, key);
      if (row) result.push(row);
    }
    for (const { table: t, key } of this.touched) {
      if (t !== table || base.has(key)) continue;
      const row = this.current.get(slot(t, key));
      if (row) result.push(row as TableRows[T]);
    }
    return result;
  }

  get<T extends LoggedTable>(table: T, key: string): TableRows[T] | undefined {
    const id = slot(table, key);
    if (this.current.has(id)) return (this.current.get(id) ?? undefined) as TableRows[T] | undefined;
    return this.baseOf(table).get(key);
  }

  put<T extends LoggedTable>(table: T, row: TableRows[T]): void {
    const key = keyOf(table, row);
    this.remember(table, key);
    this.current.set(slot(table, key), row);
  }

  update<T extends LoggedTable>(table: T, key: string, patch: Partial<TableRows[T]>): TableRows[T] {
    const row = this.get(table, key);
    if (!row) throw new Error(`no ${table} row ${key} to update`);
    const next = { ...row, ...patch } as TableRows[T];
    this.put(table, next);
    return next;
  }

  delete(table: LoggedTable, key: string): void {
    this.remember(table, key);
    this.current.set(slot(table, key), null);
  }

  /** One row change per touched row that actually differs, in the order rows were first touched. */
  toChange(label: string): Change {
    const changes: RowChange[] = [];
    for (const { table, key } of this.touched) {
      const before = this.original.get(slot(table, key)) ?? null;
      const after = this.current.get(slot(table, key)) ?? null;
      if (before === null && after === null) continue;
      if (before !== null && after !== null && sameRow(before, after)) continue;
      changes.push({ table, key, before, after } as RowChange);
    }
    return { label, changes };
  }

  private baseOf<T extends LoggedTable>(table: T): Map<string, TableRows[T]> {
    return (this.base.get(table) ?? new Map()) as Map<string, TableRows[T]>;
  }

  private remember(table: LoggedTable, key: string): void {
    const id = slot(table, key);
    if (this.original.has(id)) return;
    this.original.set(id, this.baseOf(table).get(key) ?? null);
    this.touched.push({ table, key });
  }
}

function slot(table: LoggedTable, key: string): string {
  return `${table}\u0000${key}`;
}
