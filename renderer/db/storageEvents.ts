// What Dexie's storage events say was written. Dexie fires "storagemutated" after every transaction
// that wrote something, this window's or (relayed by Dexie over a BroadcastChannel) another window's
// or worker's, with the keys written per table as an interval tree: a RangeSet here, its structured
// clone (no methods) from elsewhere. A reader that keeps rows in memory reads back just those keys
// instead of re-running a query over the whole table.
import type { ObservabilitySet } from 'dexie';

/** A node of the interval tree (RangeSet) of a storage event. */
interface KeyRanges {
  from?: unknown;
  to?: unknown;
  l?: KeyRanges | null;
  r?: KeyRanges | null;
  d?: number;
}

/**
 * The primary keys of `table` in database `dbName` that a storage event says were written; 'all' when
 * it names a range rather than keys (a clear, a bulk write of 50 rows or more, everything after the
 * page came back from the back/forward cache) or a key that fails `isKey`; null when none.
 */
export function keysWritten<K>(dbName: string, table: string, parts: ObservabilitySet, isKey: (key: unknown) => key is K & IDBValidKey): K[] | 'all' | null {
  if (parts.all) return 'all';
  const ranges = parts[`idb://${dbName}/${table}/`] as KeyRanges | undefined;
  if (!ranges) return null;
  const keys: K[] = [];
  const visit = (node: KeyRanges | null | undefined): boolean => {
    if (!node || !node.d) return true;
    if (!visit(node.l)) return false;
    // A single key is a range from it to itself; anything wider is not a list of rows.
    if (!isKey(node.from) || indexedDB.cmp(node.from, node.to) !== 0) return false;
    keys.push(node.from);
    return visit(node.r);
  };
  if (!visit(ranges)) return 'all';
  return keys.length ? keys : null;
}

/** Whether a storage event says anything was written to one of `tables` in database `dbName`. */
export function wroteAnyOf(dbName: string, tables: readonly string[], parts: ObservabilitySet): boolean {
  if (parts.all) return true;
  const prefixes = tables.map((table) => `idb://${dbName}/${table}/`);
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}
