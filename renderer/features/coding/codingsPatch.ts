// Puts rows into a document's codings in memory, keeping text order: the codings rows of an operation
// as it starts being written (patchCodings), or the rows a storage event says were written, as read
// back (placeRows). Either way one copy of the list and a binary search per row, never a sort or a
// re-read of the document's codings.
import type { CodingRecord } from '../../../shared/model';
import type { RowChange, RowChangeOf } from '../../../shared/changes/change';

/** A coding as it now is: `row` null when it is gone from the document (deleted, or not of it). */
export interface PlacedRow {
  key: string;
  row: CodingRecord | null;
}

/** The codings with each of `rows` removed and, if it is of `docId`, put back in its place. */
export function placeRows(codings: readonly CodingRecord[], docId: string, rows: readonly PlacedRow[]): readonly CodingRecord[] {
  const placed = [...codings];
  for (const { key, row } of rows) {
    const at = placed.findIndex((coding) => coding.id === key);
    if (at >= 0) placed.splice(at, 1);
    if (row && row.docId === docId) placed.splice(insertionPoint(placed, row), 0, row);
  }
  return placed;
}

/** The codings with an operation's codings rows applied; null when it has none of `docId`. */
export function patchCodings(codings: readonly CodingRecord[], docId: string, changes: readonly RowChange[]): readonly CodingRecord[] | null {
  const relevant = changes.filter((c): c is RowChangeOf<'codings'> => c.table === 'codings' && (c.before?.docId === docId || c.after?.docId === docId));
  if (relevant.length === 0) return null;
  return placeRows(
    codings,
    docId,
    relevant.map((change) => ({ key: change.key, row: change.after })),
  );
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
