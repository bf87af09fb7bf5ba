// Applies the codings rows of a committed operation to a document's codings in memory, keeping text
// order. The coding screen shows a committed change at once this way, instead of waiting for the live
// query to read thousands of codings back from IndexedDB (~150 ms with 5,000 codings); the query's
// next result, which holds the same rows, then takes over.
import type { CodingRecord } from '../../../shared/model';
import type { RowChange } from '../../db/operationRecord';

export function patchCodings(codings: readonly CodingRecord[], docId: string, changes: readonly RowChange[]): readonly CodingRecord[] | null {
  const relevant = changes.filter(
    (c) => c.table === 'codings' && ((c.before as CodingRecord | null)?.docId === docId || (c.after as CodingRecord | null)?.docId === docId),
  );
  if (relevant.length === 0) return null;
  const byId = new Map(codings.map((coding) => [coding.id, coding]));
  for (const change of relevant) {
    const after = change.after as CodingRecord | null;
    if (after && after.docId === docId) byId.set(change.key, after);
    else byId.delete(change.key);
  }
  // Text order, as codingsOfDocument reads them ([docId+start], then id for equal starts).
  return [...byId.values()].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
