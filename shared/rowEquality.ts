// Whether two stored rows are the same value. Undo and redo compare the rows they are about to
// overwrite with the rows the operation left, to refuse instead of clobbering a later change; change
// drafts (shared/changes/rowDraft.ts) and document edits leave out rows that an edit did not really
// change. Rows are plain data (what IndexedDB's structured clone keeps), so a
// structural comparison is exact; key order is ignored because a row read back from IndexedDB need
// not list its keys as the writer did, and a key holding undefined counts as absent (IndexedDB keeps
// it, JSON and spreads may drop it).

export function sameRow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  // A missing row reads as undefined; the log writes it as null.
  if (a == null || b == null) return a == null && b == null;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameRow(item, other[i]));
  }
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  const otherKeys = Object.keys(right).filter((k) => right[k] !== undefined);
  return keys.length === otherKeys.length && keys.every((k) => Object.hasOwn(right, k) && sameRow(left[k], right[k]));
}
