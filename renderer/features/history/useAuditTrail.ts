// The audit trail of one document or one code, live. Read whole once; then, as the log only ever grows
// (undo and redo are operations too), each write adds the operations it appended: Dexie's storage
// event names them (db/storageEvents.ts), they are read back by key and kept if they concern the
// subject. A key press costs the one operation it logged, not a re-read of every operation of the
// document with all the rows each changed. A range (a project loaded or restored) is read whole.
import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import { newestFirst, operationKeysWritten, operationsByKey, operationsOfCode, operationsOfDocument } from '../../db/auditTrail';
import type { OperationRecord } from '../../db/operationRecord';
import type { ProjectDatabase } from '../../db/projectDatabase';

export type AuditSubject = { docId: string } | { codeId: string };

/** The subject's operations, newest first; undefined until read, and while `subject` is null. */
export function useAuditTrail(db: ProjectDatabase, subject: AuditSubject | null): readonly OperationRecord[] | undefined {
  const docId = subject && 'docId' in subject ? subject.docId : null;
  const codeId = subject && 'codeId' in subject ? subject.codeId : null;
  const [trail, setTrail] = useState<{ of: string; operations: readonly OperationRecord[] } | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  // A read that failed is the screen's error, as a live query's would be.
  if (failure) throw failure.error;
  const of = docId ? `doc:${docId}` : codeId ? `code:${codeId}` : null;
  useEffect(() => {
    if (!docId && !codeId) return;
    const of = docId ? `doc:${docId}` : `code:${codeId}`;
    const concerns = (op: OperationRecord) => (docId ? op.docIds.includes(docId) : op.codeIds.includes(codeId!));
    let open = true;
    // Reads are applied in the order they were asked for (see features/counts/countsStore.ts).
    let applied: Promise<void> = Promise.resolve();
    const apply = <T,>(read: Promise<T>, use: (result: T) => void) => {
      applied = applied.then(() =>
        read.then(
          (result) => {
            if (open) use(result);
          },
          (error: unknown) => {
            if (open) setFailure({ error });
          },
        ),
      );
    };
    const readAll = () => apply(docId ? operationsOfDocument(db, docId) : operationsOfCode(db, codeId!), (operations) => setTrail({ of, operations }));
    const onStorageMutated = (parts: ObservabilitySet) => {
      if (!db.isOpen()) return;
      const written = operationKeysWritten(db.name, parts);
      if (written === 'all') readAll();
      else if (written)
        apply(operationsByKey(db, written), (found) => {
          const added = found.filter((op): op is OperationRecord => op !== undefined && concerns(op));
          if (added.length === 0) return;
          const ids = new Set(added.map((op) => op.id));
          setTrail((trail) => (trail && trail.of === of ? { of, operations: newestFirst([...added, ...trail.operations.filter((op) => !ids.has(op.id))]) } : trail));
        });
    };
    Dexie.on.storagemutated.subscribe(onStorageMutated);
    readAll();
    return () => {
      open = false;
      Dexie.on.storagemutated.unsubscribe(onStorageMutated);
    };
  }, [db, docId, codeId]);
  return trail && trail.of === of ? trail.operations : undefined;
}
