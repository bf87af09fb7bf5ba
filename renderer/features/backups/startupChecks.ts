// What the window checks once at start, in the background:
// - projects whose data is gone from this profile (an empty or missing database: a lost or reset
//   profile, a changed origin) but whose backups are in the data folder, to offer their restore. A
//   project this installation emptied itself (every document deleted: its registry counted those
//   changes) is not offered: its database is empty on purpose; nor is a project the researcher deleted
//   (the registry records its id), whose backups stay for Backups to restore as a new project;
// - the library's cleanup: main deletes the originals neither a project here nor a kept backup
//   refers to (electron/originals/libraryCleanup.ts). The window sends what its projects refer to,
//   read from every project database of this profile; if any cannot be read, it sends nothing and
//   nothing is deleted.
import Dexie from 'dexie';
import { ofAnotherProject, type ListedBackup } from '../../../shared/backup/backupIndex';
import { STORED_NAME } from '../../../shared/projectFile/entryNames';
import { PROJECT_DB_PREFIX } from '../../db/projectDatabase';
import { holdsWork } from '../../db/projectSnapshot';
import { deletedProjectIds, type RegistryDatabase } from '../../db/registry';
import { failureReason } from '../../db/writeFailure';
import type { BackupFiles } from './backupFiles';
import type { BackupService } from './backupService';
import { everChanged, readChangeMark } from './changeMark';

export interface LostProject {
  projectId: string;
  name: string;
  /** Whether the registry still lists it (its database is empty or gone) or not (the profile was lost). */
  inRegistry: boolean;
  /** The newest backup that holds work. */
  newest: ListedBackup;
  /** The project's change counter (changeMark.ts) when it was found lost: a raise since is work done in it. */
  changesWhenFound: number;
}

const holdsAnything = (b: ListedBackup) => b.index.counts.documents + b.index.counts.codings + b.index.counts.memos > 0;

export async function findLostProjects(service: BackupService, files: BackupFiles, registry: RegistryDatabase): Promise<LostProject[]> {
  const lost: LostProject[] = [];
  const deleted = await deletedProjectIds(registry);
  for (const projectId of await files.projects()) {
    if (deleted.has(projectId)) continue;
    // Its own backups only: another project's, copied into its folder by hand, would restore that
    // project's work under this one's name.
    const newest = (await service.list(projectId)).find((b) => holdsAnything(b) && !ofAnotherProject(b, projectId));
    if (!newest) continue;
    const database = await databaseState(projectId);
    if (database === 'holds-work' || (database === 'empty' && (await everChanged(registry, projectId)))) continue;
    const entry = await registry.projects.get(projectId);
    const { counter = 0 } = await readChangeMark(registry, projectId);
    lost.push({ projectId, name: entry?.name ?? newest.index.project.name, inRegistry: entry !== undefined, newest, changesWhenFound: counter });
  }
  return lost;
}

/**
 * Whether a project found lost at start holds work now: the offer stays on the screen while the
 * researcher works, perhaps in that very project (importing documents into it, coding), and
 * restoring the backup in its place would then replace that work with nothing to bring it back.
 */
export async function workedOnSinceFound(registry: RegistryDatabase, lost: LostProject): Promise<boolean> {
  const { counter = 0 } = await readChangeMark(registry, lost.projectId);
  return counter !== lost.changesWhenFound || (await databaseState(lost.projectId)) === 'holds-work';
}

/** What the researcher is told when the look for lost projects failed: no restore could be offered. */
export function lostProjectsCheckFailed(error: unknown): string {
  return `Framewise could not look for projects whose data is missing from its storage, so it could not offer to restore them: ${failureReason(error)}. Your projects and backups are untouched; Framewise looks again when it next starts.`;
}

async function databaseState(projectId: string): Promise<'missing' | 'empty' | 'holds-work'> {
  const name = PROJECT_DB_PREFIX + projectId;
  if (!(await Dexie.exists(name))) return 'missing';
  const db = new Dexie(name);
  try {
    await db.open();
    return (await holdsWork(db)) ? 'holds-work' : 'empty';
  } finally {
    db.close();
  }
}

/** Every original the project databases of this profile refer to; throws when one cannot be read. */
export async function originalsInProjects(): Promise<string[]> {
  const inUse = new Set<string>();
  for (const name of await Dexie.getDatabaseNames()) {
    if (!name.startsWith(PROJECT_DB_PREFIX)) continue;
    const db = new Dexie(name);
    try {
      await db.open();
      if (!db.tables.some((t) => t.name === 'documents')) continue;
      await db.table('documents').each((doc: { storedName?: unknown }) => {
        if (typeof doc.storedName === 'string' && STORED_NAME.test(doc.storedName)) inUse.add(doc.storedName);
      });
    } finally {
      db.close();
    }
  }
  return [...inUse];
}
