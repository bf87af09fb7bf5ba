// One IndexedDB database per project. Every schema change is a new version with an upgrade function,
// and test/renderer/db/upgrades.test.ts upgrades data written by each earlier version.
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { CodeRecord, DocumentRecord, MemoRecord } from '../../shared/model';
import type { TableRows } from '../../shared/changes/change';
import { inferAttributeType } from '../../shared/attributes/attributeTypes';
import { plainTextToMemoBody } from '../../shared/text/memoBody';
import type { OperationRecord } from './operationRecord';
import { rebuildCodingCounts, type CodingCountRow } from './codingCounts';

export const PROJECT_DB_PREFIX = 'framewise-project-';
export const LATEST_VERSION = 6;

export class ProjectDatabase extends Dexie {
  // The row types are the ones changes are typed by (shared/changes/change.ts).
  documents!: EntityTable<TableRows['documents'], 'id'>;
  texts!: EntityTable<TableRows['texts'], 'docId'>;
  codes!: EntityTable<TableRows['codes'], 'id'>;
  codings!: EntityTable<TableRows['codings'], 'id'>;
  memos!: EntityTable<TableRows['memos'], 'id'>;
  coders!: EntityTable<TableRows['coders'], 'id'>;
  operations!: EntityTable<OperationRecord, 'id'>;
  documentSets!: EntityTable<TableRows['documentSets'], 'id'>;
  attributeDefinitions!: EntityTable<TableRows['attributeDefinitions'], 'name'>;
  /** Derived from codings, written with them (codingCounts.ts); never in a project file. */
  codingCounts!: Table<CodingCountRow, [string, string, string]>;
  savedQueries!: EntityTable<TableRows['savedQueries'], 'id'>;

  private readonly deletedListeners = new Set<() => void>();

  constructor(projectId: string, options?: ConstructorParameters<typeof Dexie>[1], upToVersion = LATEST_VERSION) {
    super(PROJECT_DB_PREFIX + projectId, options);
    declareVersions(this, upToVersion);
    this.on('versionchange', (event) => {
      const answer = closeForGoodWhenDeleted(this, event);
      if (!event.newVersion) for (const listener of [...this.deletedListeners]) listener();
      return answer;
    });
  }

  /**
   * Hears that another connection (another window) deleted the project; this connection is closed for
   * good by then. Returns the unsubscribe.
   */
  onDeletedElsewhere(listener: () => void): () => void {
    this.deletedListeners.add(listener);
    return () => this.deletedListeners.delete(listener);
  }
}

/**
 * Another connection (another window, the backup worker) is deleting the project's database. Dexie's
 * own handler closes this connection and opens it again on its next read or write, which would create
 * an empty database under the project's name: a write would land in a project nobody lists, a backup
 * would read an empty project. Closed for good instead, so that each later write fails with
 * DatabaseClosedError and writes nothing. An upgrade (a newer version) keeps Dexie's handling: the
 * next use reopens the upgraded database.
 */
export function closeForGoodWhenDeleted(db: Dexie, event: IDBVersionChangeEvent): false | undefined {
  if (event.newVersion) return undefined;
  db.close({ disableAutoOpen: true });
  // Stops Dexie's own handler, which would allow the reopening.
  return false;
}

/**
 * The newest schema version whose upgrade changes rows a project file holds (versions 4 to 6 only add
 * or drop indexes, the derived counts and a new table). A file written at this version or later needs
 * no upgrade of its rows (features/backups/schemaUpgrade.ts). Raise it with any upgrade that does.
 */
export const LAST_ROW_CHANGING_VERSION = 3;

/**
 * The schema's history. `upToVersion` exists for the upgrade tests, which write data with an old
 * version and reopen it with the current one. Never edit a released version: add one.
 */
function declareVersions(db: Dexie, upToVersion: number): void {
  // 1. The coding loop. Indexes serve the hot queries: a document's codings in text order
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
  if (upToVersion < 2) return;

  // 2. The library: bibliographic fields on every document, typed attributes (REFI-QDA's variable
  // types), document sets (multi-entry docIds: the sets a document is in).
  db.version(2)
    .stores({
      documents: 'id, &sha256, order, title',
      documentSets: 'id, name, *docIds',
      attributeDefinitions: 'name',
    })
    .upgrade(upgradeToLibrary);
  if (upToVersion < 3) return;

  // 3. The coding workspace: codebook entries with inclusion and exclusion criteria and an example;
  // memos as rich text (a Lexical editor state) beside their plain text.
  db.version(3)
    .stores({
      codes: 'id, parentId, order, name',
      memos: 'id, [targetType+targetId], coderId, updatedAt',
    })
    .upgrade(upgradeToWorkspace);
  if (upToVersion < 4) return;

  // 4. Counts that stay cheap with thousands of codings: a document's or a code's codings per coder
  // are counted by index (count() and unique keys) rather than by walking every coding, and a live
  // query on one document or code re-runs only when that document's or code's codings change.
  db.version(4).stores({
    codings: 'id, docId, codeId, coderId, [docId+start], [codeId+docId], [docId+coderId], [codeId+coderId+docId]',
  });
  if (upToVersion < 5) return;

  // 5. Counts that stay cheap at 100,000 codings: a table of counts per code, document and coder,
  // written in the same transaction as the codings (codingCounts.ts), built here from the codings
  // stored. Indexes every coding write maintains, kept only where a query needs them: `docId` and
  // `codeId` are served by the prefixes of [docId+start] and [codeId+docId], and
  // [codeId+coderId+docId] only served the counts this table now holds (writing 20,000 codings took
  // 2.66x as long with version 4's seven indexes as with none).
  db.version(5)
    .stores({
      codings: 'id, coderId, [docId+start], [codeId+docId], [docId+coderId]',
      codingCounts: '[codeId+docId+coderId]',
    })
    .upgrade((tx) => rebuildCodingCounts(tx.table('codingCounts'), tx.table('codings')));
  if (upToVersion < 6) return;

  // 6. Analysis: named Retrieve queries, reused in Retrieve and as rows of the Compare table. A new
  // table only: nothing earlier changes, so no upgrade function.
  db.version(6).stores({
    savedQueries: 'id, name',
  });
}

async function upgradeToLibrary(tx: Transaction): Promise<void> {
  const types = new Map<string, Array<unknown>>();
  await tx
    .table('documents')
    .toCollection()
    .modify((doc: Partial<DocumentRecord>) => {
      doc.author ??= '';
      doc.date ??= '';
      doc.source ??= '';
      doc.url ??= '';
      doc.attributes ??= {};
      for (const [name, value] of Object.entries(doc.attributes)) {
        const values = types.get(name) ?? [];
        values.push(value);
        types.set(name, values);
      }
    });
  // Declare the attributes version 1 documents already carried, with the type their values show.
  await tx.table('attributeDefinitions').bulkPut([...types].map(([name, values]) => ({ name, type: inferAttributeType(values) })));
}

async function upgradeToWorkspace(tx: Transaction): Promise<void> {
  await tx
    .table('codes')
    .toCollection()
    .modify((code: Partial<CodeRecord>) => {
      code.definition ??= '';
      code.inclusion ??= '';
      code.exclusion ??= '';
      code.example ??= '';
    });
  await tx
    .table('memos')
    .toCollection()
    .modify((memo: Partial<MemoRecord>) => {
      memo.body ??= plainTextToMemoBody(memo.text ?? '');
    });
}
