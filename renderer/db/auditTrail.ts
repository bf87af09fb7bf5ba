// The operations log read back as an audit trail: who changed what and when, for one document or one
// code (the log's multi-entry indexes docIds and codeIds), newest first, undo and redo included.
import type { ObservabilitySet } from 'dexie';
import type { OperationRecord } from './operationRecord';
import type { ProjectDatabase } from './projectDatabase';
import { keysWritten } from './storageEvents';

export async function operationsOfDocument(db: ProjectDatabase, docId: string): Promise<OperationRecord[]> {
  return newestFirst(await db.operations.where('docIds').equals(docId).toArray());
}

export async function operationsOfCode(db: ProjectDatabase, codeId: string): Promise<OperationRecord[]> {
  return newestFirst(await db.operations.where('codeIds').equals(codeId).toArray());
}

/** The operations of these ids (undefined: none of that id). */
export function operationsByKey(db: ProjectDatabase, keys: readonly string[]): Promise<Array<OperationRecord | undefined>> {
  return db.transaction('r', db.operations, () => db.operations.bulkGet([...keys]));
}

/** The ids of the operations a storage event says were written to `dbName` (storageEvents.ts). */
export function operationKeysWritten(dbName: string, parts: ObservabilitySet): string[] | 'all' | null {
  return keysWritten(dbName, 'operations', parts, (key): key is string => typeof key === 'string');
}

export function newestFirst(operations: OperationRecord[]): OperationRecord[] {
  return operations.sort((a, b) => b.at.localeCompare(a.at));
}
