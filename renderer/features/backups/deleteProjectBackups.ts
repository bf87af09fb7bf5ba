// Deleting the backups of a project the researcher deleted: the one way to give back the disk space
// of a project deleted on purpose, and the end of any way back from a mistaken Delete, so the
// Backups place asks first (DeleteBackupsDialog). Only the backups the researcher was shown are
// deleted, each index before its backup (a backup without its index is never listed, so a deletion
// cut short between the two never shows a half-deleted backup), and the oldest first: cut short, it
// leaves the newest backups, the backup taken just before the project's deletion among them. The
// originals only these backups referred to are then the library cleanup's at the next start
// (shared/backup/originalsInUse.ts reads the backups that are left).
import type { ListedBackup } from '../../../shared/backup/backupIndex';
import { BACKUP_EXTENSION, INDEX_EXTENSION, newestBackupFirst } from '../../../shared/backup/backupName';
import { sizeInWords } from '../../../shared/backup/sizeInWords';
import { countOf } from '../../../shared/text/plural';
import { deletedProjectIds, type RegistryDatabase } from '../../db/registry';
import { failureReason } from '../../db/writeFailure';
import type { BackupFiles } from './backupFiles';

export interface BackupsDeletion {
  deleted: number;
  /** Backups still there because the deletion stopped at `failure`. */
  notDeleted: number;
  freedBytes: number;
  failure: unknown;
}

/**
 * Deletes `shown` (the backups listed to the researcher) from the folder of the deleted project
 * `projectId`. Throws, deleting nothing, when the project is not a deleted one (any more): a project
 * restored under its own id is listed again, and its backups are its own again.
 */
export async function deleteBackupsOfDeletedProject(
  env: { files: BackupFiles; registry: RegistryDatabase },
  projectId: string,
  shown: readonly ListedBackup[],
): Promise<BackupsDeletion> {
  const entry = await env.registry.projects.get(projectId);
  if (entry || !(await deletedProjectIds(env.registry)).has(projectId)) {
    throw new Error(`“${entry?.name ?? projectId}” is a project again (it was restored), so its backups were not deleted.`);
  }
  const oldestFirst = [...shown].sort(newestBackupFirst).reverse();
  const result: BackupsDeletion = { deleted: 0, notDeleted: 0, freedBytes: 0, failure: null };
  for (const [turn, backup] of oldestFirst.entries()) {
    try {
      await env.files.remove(projectId, backup.file.slice(0, -BACKUP_EXTENSION.length) + INDEX_EXTENSION);
      // False when it was gone already: nothing freed, nothing left.
      if (await env.files.remove(projectId, backup.file)) result.freedBytes += backup.bytes;
      result.deleted++;
    } catch (error) {
      result.failure = error;
      result.notDeleted = oldestFirst.length - turn;
      break;
    }
  }
  return result;
}

/** What the researcher is told once the deletion is over: all gone, or what is left and why. */
export function deletionInWords(name: string, shown: number, result: BackupsDeletion): string {
  const freed = sizeInWords(result.freedBytes);
  if (result.failure === null) {
    return `Deleted ${shown === 1 ? 'the backup' : `the ${countOf(shown, 'backup')}`} of “${name}” (${freed}). It can no longer be restored.`;
  }
  return (
    `Deleted ${result.deleted} of the ${countOf(shown, 'backup')} of “${name}” (${freed}); ${countOf(result.notDeleted, 'backup')} could not be deleted: ${failureReason(result.failure)}. ` +
    `“${name}” can still be restored from ${result.notDeleted === 1 ? 'it' : 'them'}; try again later.`
  );
}
