// Applies the codings rows of a committed operation to a document's codings in memory, keeping text
// order. The coding screen shows a committed change at once this way, instead of waiting for the live
// query to read thousands of codings back from IndexedDB (~150 ms with 5,000 codings); the query's
// next result, which holds the same rows, then takes over.
import type { CodingRecord } from '../../../shared/model';
import type { RowChange, RowChangeOf } from '../../../shared/changes/change';

export function patchCodings(codings: readonly CodingRecord[], docId: string, changes: readonly RowChange[]): readonly CodingRecord[] | null {
  const relevant = changes.filter((c): c is RowChangeOf<'codings'> => c.table === 'codings' && (c.before?.docId === docId || c.after?.docId === docId));
  if (relevant.length === 0) return null;
  // One copy, then each row removed and put back in place: no sort of thousands per key press.
  const rows = [...codings];
  for (const change of relevant) {
    const at = rows.findIndex((coding) => coding.id === change.key);
    if (at >= 0) rows.splice(at, 1);
    const { after } = change;
    if (after && after.docId === docId) rows.splice(insertionPoint(rows, after), 0, after);
  }
  return rows;
}

/** Where a coding goes in text order, as codingsOfDocument reads them ([docId+start], then id). */
function insertionPoint(rows: readonly CodingRecord[], coding: CodingRecord): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const other = rows[mid]!;
    if (other.start < coding.start || (other.start === coding.start && other.id < coding.id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
