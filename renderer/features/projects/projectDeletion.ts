// Deleting a project: what the confirmation says it holds, which project opens in its place, and the
// removal itself once that other project is open (ProjectContext runs the steps in order). The
// project's backups are not deleted with it: they are how a deleted project comes back (Backups
// restores one as a new project) and stay until the researcher deletes them there, asked first
// (backups/deleteProjectBackups.ts); the originals they refer to stay in the library as long as they
// are kept (shared/backup/originalsInUse.ts reads every backup in the data folder).
import Dexie from 'dexie';
import type { HeldCounts } from '../../../shared/backup/heldCounts';
import { PROJECT_DB_PREFIX, type ProjectDatabase } from '../../db/projectDatabase';
import type { ProjectEntry, RegistryDatabase } from '../../db/registry';

export async function projectHoldings(db: ProjectDatabase): Promise<HeldCounts> {
  const [documents, codings, memos] = await Promise.all([db.documents.count(), db.codings.count(), db.memos.count()]);
  return { documents, codings, memos };
}

/** The project to open instead of the one deleted: the other opened most recently; null when it was the last. */
export async function projectToOpenInstead(registry: RegistryDatabase, deletedId: string): Promise<ProjectEntry | null> {
  const others = (await registry.projects.toArray()).filter((p) => p.id !== deletedId);
  return others.sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0] ?? null;
}

/**
 * Deletes the project's database. The window closes its own connection first (a closed Dexie does not
 * reopen itself), so that no screen still showing the project reads it into being again, empty.
 */
export async function deleteProjectDatabase(projectId: string): Promise<void> {
  await Dexie.delete(PROJECT_DB_PREFIX + projectId);
}
