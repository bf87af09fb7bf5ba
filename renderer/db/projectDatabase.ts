// One IndexedDB database per project. Every schema change is a new version with an upgrade function,
// and test/renderer/db/upgrades.test.ts upgrades data written by each earlier version.
import Dexie, { type EntityTable } from 'dexie';
import type { CodeRecord, CoderRecord, CodingRecord, DocumentRecord, DocumentText, MemoRecord } from '../../shared/model';
import type { OperationRecord } from './operationRecord';

export const PROJECT_DB_PREFIX = 'framewise-project-';

export class ProjectDatabase extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  texts!: EntityTable<DocumentText, 'docId'>;
  codes!: EntityTable<CodeRecord, 'id'>;
  codings!: EntityTable<CodingRecord, 'id'>;
  memos!: EntityTable<MemoRecord, 'id'>;
  coders!: EntityTable<CoderRecord, 'id'>;
  operations!: EntityTable<OperationRecord, 'id'>;

  constructor(projectId: string, options?: ConstructorParameters<typeof Dexie>[1], upToVersion = Number.POSITIVE_INFINITY) {
    super(PROJECT_DB_PREFIX + projectId, options);
    declareVersions(this, upToVersion);
  }
}

/**
 * The schema's history. `upToVersion` exists for the upgrade tests, which write data with an old
 * version and reopen it with the current one.
 */
function declareVersions(db: Dexie, upToVersion: number): void {
  // Version 1: the coding loop. Indexes serve the hot queries: a document's codings in text order
  // ([docId+start]), a code's codings per document ([codeId+docId]), the operations touching a
  // document or a code (multi-entry docIds/codeIds) for the audit trail.
  db.version(1).stores({
    documents: 'id, &sha256, order',
    texts: 'docId',
    codes: 'id, parentId, order',
    codings: 'id, docId, codeId, coderId, [docId+start], [codeId+docId]',
    memos: 'id, [targetType+targetId], coderId',
    coders: 'id',
    operations: 'id, at, *docIds, *codeIds',
  });
  if (upToVersion <= 1) return;
}
