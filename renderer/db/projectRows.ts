// A project's rows as REFI-QDA export, import and merge take them (shared/interop/projectRows.ts),
// read in one transaction so that an export never holds a coding whose document came later; and the
// writing of a merge plan (shared/changes/mergeChanges.ts) in one transaction, so that a merge lands
// whole or not at all.
import type { ProjectRows } from '../../shared/interop/projectRows';
import type { Change } from '../../shared/changes/change';
import type { ProjectDatabase } from './projectDatabase';
import { readProjectTables } from './projectSnapshot';
import { commitChange } from './changes';

export async function readProjectRows(db: ProjectDatabase): Promise<ProjectRows> {
  const { operations: _log, ...rows } = await readProjectTables(db);
  return rows;
}

/**
 * Writes a merge as one undoable step, all or nothing (nothing when it changes nothing). The change
 * was built from the rows its preview read; the project may have moved on since (typing while it was
 * backed up, another window), so it is refused (ChangeConflictError, nothing written) unless every
 * row it writes over is still as the preview read it: writing the preview's copies would silently
 * undo those edits.
 */
export async function commitMerge(db: ProjectDatabase, change: Change | null, coderId: string): Promise<void> {
  if (change) await commitChange(db, change, { coderId, expectCurrent: true });
}
