// Counts of codings, kept in a table of their own (`codingCounts`, schema version 5): one row per
// code, document and coder with how many codings it holds. A project of 1,000 documents, 4 codes and
// 3 coders has at most 12,000 such rows however many codings it holds, so every figure a screen shows
// (a code's codings and documents, a document's codings, under any coder filter) is read from them
// without walking the codings: at 100,000 codings, walking the keys of the codings cost seconds.
//
// The rows are derived data. They are written in the same transaction as the codings they count:
// `commitChange` adds the deltas of every change it writes (`countDeltas`, +1 and -1 per coding
// created, deleted or moved to another code, document or coder), and whatever loads codings in bulk
// (the schema upgrade, opening a project file, restoring a backup) rebuilds them from the codings
// (`rebuildCodingCounts`). A project file never holds them (shared/projectFile/projectTables.ts).
//
// Whose codings count is decided by `passesCoderFilter` alone, so every count agrees with the others.
// The coders come from the counted codings, not from the coders table: a coding by a coder the table
// does not list (merged from another project, say) counts unless hidden.
import type { EntityTable, ObservabilitySet, Table } from 'dexie';
import type { CodingRecord } from '../../shared/model';
import type { RowChange } from '../../shared/changes/change';
import type { ProjectDatabase } from './projectDatabase';
import type { CountedFields } from './countTotals';
import { keysWritten } from './storageEvents';

/** How many codings one coder made with one code in one document. Never zero: such a row is deleted. */
export interface CodingCountRow {
  codeId: string;
  docId: string;
  coderId: string;
  count: number;
}

export type CountKey = [codeId: string, docId: string, coderId: string];

export const keyOf = (coding: CountedFields): CountKey => [coding.codeId, coding.docId, coding.coderId];
/** A Map key for a count row; the unit separator cannot occur in an id. */
export const mapKey = (coding: CountedFields) => `${coding.codeId}\u001f${coding.docId}\u001f${coding.coderId}`;

/**
 * What a change does to the counts: per code, document and coder, the codings it adds (positive) or
 * takes away (negative). A coding touched several times counts as its first `before` and its last
 * `after`, as commitChange writes it; a change that leaves a coding's code, document and coder as
 * they were (a resize) changes no count.
 */
export function countDeltas(changes: readonly RowChange[]): CodingCountRow[] {
  const first = new Map<string, CodingRecord | null>();
  const last = new Map<string, CodingRecord | null>();
  for (const change of changes) {
    if (change.table !== 'codings') continue;
    if (!first.has(change.key)) first.set(change.key, change.before);
    last.set(change.key, change.after);
  }
  const deltas = new Map<string, CodingCountRow>();
  const add = (coding: CodingRecord | null | undefined, by: number) => {
    if (!coding) return;
    const key = mapKey(coding);
    const row = deltas.get(key);
    if (row) row.count += by;
    else deltas.set(key, { codeId: coding.codeId, docId: coding.docId, coderId: coding.coderId, count: by });
  };
  for (const [key, before] of first) {
    add(before, -1);
    add(last.get(key), +1);
  }
  return [...deltas.values()].filter((row) => row.count !== 0);
}

/**
 * Adds deltas to the stored counts, inside the caller's transaction (which must hold codingCounts):
 * one bulkGet of the rows concerned, one bulkPut and one bulkDelete.
 */
export async function addCountDeltas(table: Table<CodingCountRow>, deltas: readonly CodingCountRow[]): Promise<void> {
  if (deltas.length === 0) return;
  const stored = await table.bulkGet(deltas.map(keyOf));
  const puts: CodingCountRow[] = [];
  const deletes: CountKey[] = [];
  deltas.forEach((delta, i) => {
    const count = (stored[i]?.count ?? 0) + delta.count;
    if (count > 0) puts.push({ ...delta, count });
    else deletes.push(keyOf(delta));
  });
  await Promise.all([puts.length ? table.bulkPut(puts) : null, deletes.length ? table.bulkDelete(deletes) : null]);
}

/** The count rows of a list of codings. */
export function tallyCodings(codings: Iterable<CountedFields>): CodingCountRow[] {
  const rows = new Map<string, CodingCountRow>();
  for (const coding of codings) {
    const key = mapKey(coding);
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { codeId: coding.codeId, docId: coding.docId, coderId: coding.coderId, count: 1 });
  }
  return [...rows.values()];
}

/**
 * Replaces the stored counts with those of the codings stored now (inside the caller's transaction
 * when it holds both tables). `codings` may be passed when the caller has just written them and holds
 * them in memory; otherwise they are read (their three fields, from the rows).
 */
type CodingsTable = EntityTable<CodingRecord, 'id'> | Table<CodingRecord>;

export async function rebuildCodingCounts(counts: Table<CodingCountRow>, codings: CodingsTable | readonly CountedFields[]): Promise<void> {
  let rows: CodingCountRow[];
  if (Array.isArray(codings)) rows = tallyCodings(codings as readonly CountedFields[]);
  else {
    const read: CountedFields[] = [];
    await (codings as Table<CodingRecord>).each(({ codeId, docId, coderId }) => void read.push({ codeId, docId, coderId }));
    rows = tallyCodings(read);
  }
  await counts.clear();
  await counts.bulkPut(rows);
}

/**
 * Every count row of the project: small (codes × documents × coders), read whole, once per project
 * open by the window's counts (features/counts/countsStore.ts), which then follow writes by
 * `readCountRows`. In a read-only transaction of its own, which Dexie's live-query cache leaves alone.
 */
export function readCodingCounts(db: ProjectDatabase): Promise<CodingCountRow[]> {
  return db.transaction('r', db.codingCounts, () => db.codingCounts.toArray());
}

/** The count rows of these keys as stored now (undefined: no codings there). */
export function readCountRows(db: ProjectDatabase, keys: readonly CountKey[]): Promise<Array<CodingCountRow | undefined>> {
  return db.transaction('r', db.codingCounts, () => db.codingCounts.bulkGet(keys as CountKey[]));
}

/**
 * Which count rows of `db` a Dexie storage event says were written (storageEvents.ts): their keys;
 * 'all' for a clear, a bulk load of 50 rows or more, or everything; null when it does not touch them.
 */
export function countKeysWritten(dbName: string, parts: ObservabilitySet): CountKey[] | 'all' | null {
  return keysWritten(dbName, 'codingCounts', parts, (key): key is CountKey => Array.isArray(key));
}
