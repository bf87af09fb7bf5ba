// What the coding screen shows of a document's codings: the live query's last result, with this
// window's own operations that result may not hold yet applied on top (patchCodings), in the order
// they were made.
//
// Why not simply "the patch until the next query result": a query result can be older than an
// operation it arrives after. A query that started before an operation was committed (run for an
// earlier write) finishes after the operation was patched in; replacing the patch with it drops the
// operation from the list, and whether a later result brings it back depends on the live query
// noticing the write. So each operation is kept until a result is known to hold it: a result read
// after the operation's transaction completed. The results say when they were read by the window's
// count of completed operations at the query's start (changes.ts `completedOperations`); an
// operation records that count once it is stored. Applying an operation a result already holds is
// harmless (a row is replaced by the same row, in order), so in doubt it is applied.
import type { RowChange } from '../../../shared/changes/change';
import type { CodingRecord } from '../../../shared/model';
import { patchCodings } from './codingsPatch';

/** A document's codings as one query read them, and the window's count of completed operations when it started. */
export interface QueriedCodings {
  rows: readonly CodingRecord[];
  readAfter: number;
}

/** An operation of this window on the document's codings: pending, or stored when the count reached `storedAt`. */
export interface LocalOperation {
  id: string;
  changes: readonly RowChange[];
  storedAt: number | null;
}

/** Whether a result certainly holds an operation: it was read after the operation completed. */
export function holds(result: QueriedCodings, operation: LocalOperation): boolean {
  return operation.storedAt !== null && operation.storedAt <= result.readAfter;
}

/** The codings to show: the result, and on top, in order, every operation it may not hold. */
export function codingsShown(result: QueriedCodings, operations: readonly LocalOperation[], docId: string): readonly CodingRecord[] {
  const changes = operations.filter((operation) => !holds(result, operation)).flatMap((operation) => operation.changes);
  return (changes.length > 0 ? patchCodings(result.rows, docId, changes) : null) ?? result.rows;
}

/** The operations still to apply on top of a result (those it holds are done with). */
export function stillPending(result: QueriedCodings, operations: readonly LocalOperation[]): readonly LocalOperation[] {
  return operations.some((operation) => holds(result, operation)) ? operations.filter((operation) => !holds(result, operation)) : operations;
}

/** An operation stored: it records the count of completed operations; one that failed is dropped. */
export function settled(operations: readonly LocalOperation[], id: string, storedAt: number | null): readonly LocalOperation[] {
  return storedAt === null ? operations.filter((operation) => operation.id !== id) : operations.map((operation) => (operation.id === id ? { ...operation, storedAt } : operation));
}
