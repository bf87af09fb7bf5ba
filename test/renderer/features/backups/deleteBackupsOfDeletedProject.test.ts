// Deleting the backups of a project the researcher deleted gives its disk space back: every backup
// and its index go, the originals only they referred to become the library cleanup's to delete, and
// nothing else is touched. A project that is listed again (restored under its own id) keeps them; a
// deletion cut short keeps the newest backups, the ones that restore the project as it was last.
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanUpLibrary } from '../../../../electron/originals/libraryCleanup';
import { receiveOriginal } from '../../../../electron/originals/libraryOriginals';
import { loadProject } from '../../../../renderer/db/loadProject';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addProject, removeProjectEntry } from '../../../../renderer/db/registry';
import { setBackupPreferences } from '../../../../renderer/features/backups/backupPreferences';
import type { BackupFiles } from '../../../../renderer/features/backups/backupFiles';
import type { BackedUpProject } from '../../../../renderer/features/backups/backupService';
import { deleteBackupsOfDeletedProject, deletionInWords } from '../../../../renderer/features/backups/deleteProjectBackups';
import { everyKindOfRow, PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { backupHarness, type Harness } from './backupHarness';

const HOUSING: BackedUpProject = { id: PROJECT_ID, name: 'Housing pledges', writtenBy: null };
const OTHER: BackedUpProject = { id: '0b7e0a52-93a4-4c57-8d0e-7d0c2f6a1e11', name: 'Interviews', writtenBy: null };

let h: Harness;
/** Removals the test makes fail, by their turn (1 for the first). */
let failingRemoval: number | null;

async function makeAndDeleteHousing(): Promise<void> {
  const fixture = everyKindOfRow();
  const db = new ProjectDatabase(PROJECT_ID);
  await db.open();
  await loadProject(db, fixture.tables, { replace: false });
  db.close();
  for (const [name, bytes] of fixture.originals) await receiveOriginal(join(h.dataPath, 'library'), name, bytes);
  await h.registry.projects.add({ id: HOUSING.id, name: HOUSING.name, createdAt: '', openedAt: '' });
  await h.service.take(HOUSING, 'on-open');
  h.clock.advance(15);
  await h.service.take(HOUSING, 'interval');
  h.clock.advance(15);
  await h.service.before(HOUSING, { kind: 'delete-project' });
  await removeProjectEntry(h.registry, HOUSING.id);
  await Dexie.delete(PROJECT_DB_PREFIX + HOUSING.id);
}

beforeEach(async () => {
  failingRemoval = null;
  let removals = 0;
  h = await backupHarness({
    files: (plain): BackupFiles => ({
      ...plain,
      remove: async (projectId, name) => {
        if (++removals === failingRemoval) throw new Error('EBUSY: the file is held open by another program');
        return plain.remove(projectId, name);
      },
    }),
  });
  await makeAndDeleteHousing();
});

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
});

describe('deleting the backups of a deleted project', () => {
  test('deletes every backup and its index, and says how many and how much space they took', async () => {
    const shown = await h.service.list(HOUSING.id);
    expect(shown).toHaveLength(3);
    const result = await deleteBackupsOfDeletedProject({ files: h.files, registry: h.registry }, HOUSING.id, shown);
    expect(result).toEqual({ deleted: 3, notDeleted: 0, freedBytes: shown.reduce((sum, b) => sum + b.bytes, 0), failure: null });
    expect(await h.files.list(HOUSING.id)).toEqual([]);
    expect(await h.service.list(HOUSING.id)).toEqual([]);
  });

  test('leaves other projects’ backups alone', async () => {
    const other = new ProjectDatabase(OTHER.id);
    await other.open();
    // Its rows without the project memo, which names the fixture's project.
    const { tables } = everyKindOfRow();
    await loadProject(other, { ...tables, memos: tables.memos.filter((m) => m.targetType !== 'project') }, { replace: false });
    other.close();
    await h.service.take(OTHER, 'on-request');
    const before = await h.files.list(OTHER.id);
    expect(before).toHaveLength(2);
    await deleteBackupsOfDeletedProject({ files: h.files, registry: h.registry }, HOUSING.id, await h.service.list(HOUSING.id));
    expect(await h.files.list(OTHER.id)).toEqual(before);
  });

  test('refuses, deleting nothing, when the project is listed again (restored under its own id)', async () => {
    const shown = await h.service.list(HOUSING.id);
    await addProject(h.registry, 'Housing pledges', HOUSING.id);
    await expect(deleteBackupsOfDeletedProject({ files: h.files, registry: h.registry }, HOUSING.id, shown)).rejects.toThrow(/is a project again/);
    expect(await h.service.list(HOUSING.id)).toHaveLength(3);
  });

  test('cut short, it has deleted the oldest first: the backup taken before the deletion is still there to restore', async () => {
    const shown = await h.service.list(HOUSING.id);
    // The oldest backup's index and file go, then the next one's index cannot be removed.
    failingRemoval = 3;
    const result = await deleteBackupsOfDeletedProject({ files: h.files, registry: h.registry }, HOUSING.id, shown);
    expect(result.deleted).toBe(1);
    expect(result.notDeleted).toBe(2);
    expect(String(result.failure)).toMatch(/EBUSY/);
    const left = await h.service.list(HOUSING.id);
    expect(left.map((b) => b.reason)).toEqual(['before-deleting-the-project', 'interval']);
    // Told what is left, why, and that the project can still come back.
    const said = deletionInWords(HOUSING.name, shown.length, result);
    expect(said).toMatch(/^Deleted 1 of the 3 backups of “Housing pledges” \(\d+ KB\); 2 backups could not be deleted: EBUSY: the file is held open by another program\. /);
    expect(said).toContain('“Housing pledges” can still be restored from them');
  });

  test('afterwards the library cleanup deletes the originals only those backups referred to', async () => {
    const library = join(h.dataPath, 'library');
    const backups = join(h.dataPath, 'backups');
    // While the backups are kept, so are the originals they need.
    expect((await cleanUpLibrary(library, backups, [])).deleted).toBe(0);
    await deleteBackupsOfDeletedProject({ files: h.files, registry: h.registry }, HOUSING.id, await h.service.list(HOUSING.id));
    const cleanup = await cleanUpLibrary(library, backups, []);
    expect(cleanup.deleted).toBe(everyKindOfRow().originals.size);
    expect(cleanup.kept).toBe(0);
  });

  test('until then, rotation never takes away the backup taken just before the deletion, however old and however few are kept', async () => {
    await setBackupPreferences(h.registry, { intervalMinutes: 10, rotation: { keepLast: 1, keepDaily: 1, keepWeekly: 1 } });
    h.clock.advance(365 * 24 * 60);
    const kept = await h.service.list(HOUSING.id);
    // The older of the two everyday backups went; the one before the deletion is the newest, kept always.
    expect(kept.map((b) => b.reason)).toEqual(['before-deleting-the-project', 'interval']);
  });
});
