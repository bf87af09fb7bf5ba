// A project's rows as REFI-QDA export, import and merge take them (shared/interop/projectRows.ts),
// read in one transaction so that an export never holds a coding whose document came later; and the
// writing of a merge plan (shared/changes/mergeChanges.ts) in one transaction, so that a merge lands
// whole or not at all.
import type { ProjectRows } from '../../shared/interop/projectRows';
import type { MergeChanges } from '../../shared/changes/mergeChanges';
import type { ProjectDatabase } from './projectDatabase';
import { readProjectTables } from './projectSnapshot';
import { commitChange } from './changes';

export async function readProjectRows(db: ProjectDatabase): Promise<ProjectRows> {
  const { operations: _log, ...rows } = await readProjectTables(db);
  return rows;
}

/** Writes the documents (unlogged, as imports are) and the rest as one undoable step, all or nothing. */
export async function commitMerge(db: ProjectDatabase, changes: MergeChanges, coderId: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    if (changes.documents) await commitChange(db, changes.documents, { log: false });
    if (changes.work) await commitChange(db, changes.work, { coderId });
  });
}
