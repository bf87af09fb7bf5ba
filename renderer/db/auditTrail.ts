// The operations log read back as an audit trail: who changed what and when, for one document or one
// code (the log's multi-entry indexes docIds and codeIds), newest first, undo and redo included.
import type { OperationRecord } from './operationRecord';
import type { ProjectDatabase } from './projectDatabase';

export async function operationsOfDocument(db: ProjectDatabase, docId: string): Promise<OperationRecord[]> {
  return newestFirst(await db.operations.where('docIds').equals(docId).toArray());
}

export async function operationsOfCode(db: ProjectDatabase, codeId: string): Promise<OperationRecord[]> {
  return newestFirst(await db.operations.where('codeIds').equals(codeId).toArray());
}

function newestFirst(operations: OperationRecord[]): OperationRecord[] {
  return operations.sort((a, b) => b.at.localeCompare(a.at));
}
