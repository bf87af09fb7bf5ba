// Since format 3 a project file leaves out what its other rows already hold, and the reader puts it
// back before any row is checked, so that the file's rows restore equal, row for row, to those written:
// - a coding's `quote`, when it is exactly its document's text from `start` to `end`, is left out;
//   its `prefix` and `suffix`, when they are the text just before `start` and just after `end`, are
//   written as their lengths (a number where format 2 had text). The texts are written before the
//   codings.
// - in the operations log, a change's `before` or `after` that is the row its table holds under that
//   key is left out (the log is written last). Coding by hand logs every coding as it is applied, so
//   without this the log repeats the whole codings table.
// At 1,000 documents and 100,000 codings these were most of the bytes a backup encoded, hashed and
// deflated (issue 11; figures in test/bench/RESULTS.md, "What a backup's bytes are").
//
// What is left out is decided by comparing values, never assumed: a quote or context that differs
// from the text (a document re-imported under its codings) or a logged row that differs from
// today's is written whole, as format 2 wrote it.
import { tableEntry } from './entryNames';
import type { Problem } from './problems';
import { TABLE_KEYS, TABLE_WORDS, type TableName } from './projectTables';
import { sameRow } from '../rowEquality';

/** The first format whose files may leave quotes and logged rows out. */
export const ROWS_COMPACTED_SINCE = 3;

type Row = Record<string, unknown>;

/**
 * The writer's half: fed every row in the order written, it returns the row to write (the same
 * object when nothing can be left out). It keeps a reference to each row written before the log (not
 * a copy: the rows are the caller's), which the log's changes are compared with.
 */
export class RowCompactor {
  private readonly texts = new Map<string, string>();
  private readonly written = new Map<string, Map<unknown, unknown>>();

  compact(table: TableName, row: unknown): unknown {
    if (!isObject(row)) return row;
    if (table === 'operations') return this.compactOperation(row);
    this.rowsOf(table).set(row[TABLE_KEYS[table]], row);
    if (table === 'texts' && typeof row.docId === 'string' && typeof row.text === 'string') this.texts.set(row.docId, row.text);
    return table === 'codings' ? this.compactCoding(row) : row;
  }

  private compactCoding(coding: Row): Row {
    const text = typeof coding.docId === 'string' ? this.texts.get(coding.docId) : undefined;
    const { start, end, quote, prefix, suffix } = coding;
    if (text === undefined || !Number.isInteger(start) || !Number.isInteger(end)) return coding;
    const from = start as number;
    const to = end as number;
    const leaveQuote = typeof quote === 'string' && 0 <= from && quote.length === to - from && text.startsWith(quote, from);
    const prefixLength = typeof prefix === 'string' && prefix.length <= from && text.startsWith(prefix, from - prefix.length);
    const suffixLength = typeof suffix === 'string' && 0 <= to && text.startsWith(suffix, to);
    if (!leaveQuote && !prefixLength && !suffixLength) return coding;
    const out: Row = {};
    for (const key of Object.keys(coding)) {
      if (key === 'quote' && leaveQuote) continue;
      out[key] = (key === 'prefix' && prefixLength) || (key === 'suffix' && suffixLength) ? (coding[key] as string).length : coding[key];
    }
    return out;
  }

  private compactOperation(operation: Row): Row {
    const changes = operation.changes;
    if (!Array.isArray(changes)) return operation;
    let compacted: unknown[] | null = null;
    for (let i = 0; i < changes.length; i++) {
      const change: unknown = changes[i];
      if (!isObject(change) || typeof change.table !== 'string') continue;
      const current = this.written.get(change.table)?.get(change.key);
      if (current === undefined) continue;
      const sameBefore = 'before' in change && sameRow(change.before, current);
      const sameAfter = 'after' in change && sameRow(change.after, current);
      if (!sameBefore && !sameAfter) continue;
      const { before, after, ...rest } = change;
      compacted ??= [...changes];
      compacted[i] = { ...rest, ...(sameBefore ? {} : { before }), ...(sameAfter ? {} : { after }) };
    }
    return compacted ? { ...operation, changes: compacted } : operation;
  }

  private rowsOf(table: string): Map<unknown, unknown> {
    let rows = this.written.get(table);
    if (!rows) this.written.set(table, (rows = new Map()));
    return rows;
  }
}

/**
 * The reader's half, on a format-3 file's rows as parsed (rows by table name, not yet checked): puts
 * back what the writer left out, in place. A change whose row is not in its table is reported (the
 * log's rows are not checked further). A coding whose passage cannot be read gets an empty quote and
 * context: such a file is refused anyway, for the reason that makes the passage unreadable (its
 * document or text is not in the file, its offsets are not whole numbers), which says more.
 */
export function expandRows(tables: Record<string, unknown[]>, lines: Partial<Record<string, readonly number[]>>, report: (problem: Problem) => void): void {
  const texts = new Map<unknown, unknown>();
  for (const row of tables.texts ?? []) if (isObject(row)) texts.set(row.docId, row.text);
  const codings = tables.codings ?? [];
  codings.forEach((row, i) => {
    if (isObject(row) && (!('quote' in row) || typeof row.prefix === 'number' || typeof row.suffix === 'number')) codings[i] = expandCoding(row, texts.get(row.docId));
  });

  const keyed = new Map<string, Map<unknown, unknown>>();
  const rowsOf = (table: string): Map<unknown, unknown> | undefined => {
    if (table === 'operations' || !Object.hasOwn(TABLE_KEYS, table)) return undefined;
    let rows = keyed.get(table);
    if (!rows) {
      const key = TABLE_KEYS[table as TableName];
      rows = new Map((tables[table] ?? []).filter(isObject).map((row) => [row[key], row] as const));
      keyed.set(table, rows);
    }
    return rows;
  };
  const entry = tableEntry('operations');
  (tables.operations ?? []).forEach((operation, i) => {
    if (!isObject(operation) || !Array.isArray(operation.changes)) return;
    (operation.changes as unknown[]).forEach((change, c) => {
      if (!isObject(change) || ('before' in change && 'after' in change)) return;
      // A whole table missing is said once, by the reader, rather than here for every change to it.
      if (typeof change.table === 'string' && Object.hasOwn(TABLE_KEYS, change.table) && !tables[change.table]) return;
      const current = typeof change.table === 'string' ? rowsOf(change.table)?.get(change.key) : undefined;
      if (current === undefined) {
        const line = lines.operations?.[i] ?? i + 1;
        const field = `changes[${c}].${'before' in change ? 'after' : 'before'}`;
        const row = typeof change.table === 'string' && Object.hasOwn(TABLE_WORDS, change.table) ? TABLE_WORDS[change.table as TableName].one : `row of “${String(change.table)}”`;
        report({ kind: 'dangling-reference', entry, table: 'operations', line, field, message: `${entry}, line ${line}: a logged change leaves “${field}” to the ${row} ${String(change.key)} of the file, which it does not hold: the file is damaged.` });
        return;
      }
      if (!('before' in change)) change.before = copyRow(current);
      if (!('after' in change)) change.after = copyRow(current);
    });
  });
}

/**
 * The coding with its quote and context put back, its fields in the order the app writes them. A
 * length that is not a whole number is left as it is, for the row check to refuse; offsets past the
 * text's edges give what the text holds there (the reference check refuses such a coding).
 */
function expandCoding(coding: Row, text: unknown): Row {
  const readable = typeof text === 'string' && Number.isInteger(coding.start) && Number.isInteger(coding.end);
  const start = coding.start as number;
  const end = coding.end as number;
  const slice = (from: number, to: number) => (readable ? text.slice(Math.max(0, from), to) : '');
  const isLength = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
  const out: Row = {};
  for (const key of Object.keys(coding)) {
    const value = coding[key];
    if (key === 'prefix' && isLength(value)) out.prefix = slice(start - value, start);
    else if (key === 'suffix' && isLength(value)) out.suffix = slice(end, end + value);
    else out[key] = value;
    if (key === 'end' && !('quote' in coding)) out.quote = slice(start, end);
  }
  if (!('quote' in out)) out.quote = slice(start, end);
  return out;
}

function isObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A row parsed from JSON, copied, so that the log's change and the table's row are separate objects. */
function copyRow(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyRow);
  if (!isObject(value)) return value;
  const out: Row = {};
  for (const key of Object.keys(value)) out[key] = copyRow(value[key]);
  return out;
}
