// Automatic backups, end to end under Node: the project's rows read from IndexedDB, zipped, written
// by main's data-folder code into a temporary folder, read back and checked, indexed, rotated; and
// restored into a new project, row for row.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { compareProjects } from '../../../../shared/backup/compareProjects';
import { ProjectDatabase, PROJECT_DB_PREFIX } from '../../../../renderer/db/projectDatabase';
import { readProjectTables } from '../../../../renderer/db/projectSnapshot';
import { commitChange } from '../../../../renderer/db/changes';
import { BackupFailedError } from '../../../../renderer/features/backups/backupService';
import { noteChange, trackChanges } from '../../../../renderer/features/backups/changeMark';
import { findLostProjects } from '../../../../renderer/features/backups/startupChecks';
import { setBackupPreferences, DEFAULT_BACKUP_PREFERENCES } from '../../../../renderer/features/backups/backupPreferences';
import { openAsNewProject, readProject } from '../../../../renderer/features/backups/projectTransfer';
import { everyKindOfRow, PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { backupHarness, disposeProject, projectWithEveryKindOfRow, type Harness } from './backupHarness';
import { BACKUP_MEASURE, BACKUP_READS_MEASURE, BACKUP_SNAPSHOT_MEASURE } from '../../../../renderer/features/backups/backupTiming';

let h: Harness;
let db: ProjectDatabase;
const project = { id: PROJECT_ID, name: 'Housing pledges', writtenBy: { coderId: 'c0de0000-0000-4000-8000-00000000a0a0', name: 'Ana Ruiz' } };

beforeEach(async () => {
  ({ h, db } = await projectWithEveryKindOfRow());
});

afterEach(() => disposeProject({ h, db }));

const backupFolder = () => join(h.dataPath, 'backups', PROJECT_ID);

describe('an automatic backup', () => {
  test('is written into backups/<project id>, checked, indexed and listed with its counts', async () => {
    const listed = await h.service.take(project, 'interval');
    expect(listed).toMatchObject({ reason: 'interval', takenAt: '2026-03-05T09:00:00.000Z' });
    expect(listed.index.counts).toMatchObject({ documents: 8, codings: 11, memos: 6 });
    expect((await readdir(backupFolder())).sort()).toEqual(['2026-03-05T09-00-00-000Z_interval.framewise', '2026-03-05T09-00-00-000Z_interval.json']);
    expect((await h.service.list(PROJECT_ID)).map((b) => b.file)).toEqual(['2026-03-05T09-00-00-000Z_interval.framewise']);
  });

  test('leaves its phases in the timeline, its reads inside its snapshot', async () => {
    performance.clearMeasures();
    await h.service.take(project, 'interval');
    const [snapshot] = performance.getEntriesByName(BACKUP_SNAPSHOT_MEASURE);
    const [reads] = performance.getEntriesByName(BACKUP_READS_MEASURE);
    expect(reads!.startTime).toBe(snapshot!.startTime);
    expect(reads!.duration).toBeGreaterThan(0);
    expect(reads!.duration).toBeLessThanOrEqual(snapshot!.duration);
    expect(performance.getEntriesByName(BACKUP_MEASURE)).toHaveLength(1);
  });

  test('restores as a new project beside its own, every table equal row for row', async () => {
    const listed = await h.service.take(project, 'interval');
    const file = await readProject(h.transfer, await h.files.read(PROJECT_ID, listed.file));
    if (!file.ok) throw new Error(file.problems.map((p) => p.message).join('\n'));
    await h.registry.projects.add({ id: PROJECT_ID, name: 'Housing pledges', createdAt: '', openedAt: '' });
    const opened = await openAsNewProject(h.transfer, file, 'Restored');
    // The project of that id is open here: the restored one gets a new id, its rows keep theirs.
    expect(opened.newProjectId).toBe(true);
    const restored = new ProjectDatabase(opened.project.id);
    const tables = await readProjectTables(restored);
    restored.close();
    const expected = everyKindOfRow().tables;
    const comparison = compareProjects({ ...expected, memos: expected.memos.map((m) => (m.targetType === 'project' ? { ...m, targetId: opened.project.id } : m)) }, tables);
    expect(comparison.differences).toEqual([]);
  });

  test('that fails its check after writing is deleted, said, and the project is untouched', async () => {
    const broken = await backupHarness({
      // The disk stores something other than what was sent: one byte flipped on its way.
      files: (files) => ({
        ...files,
        write: async (id, name, content) => {
          if (typeof content === 'string' || !name.endsWith('.framewise')) return files.write(id, name, content);
          const stored = content.slice();
          stored[stored.length - 30] = stored[stored.length - 30]! ^ 0xff;
          return files.write(id, name, stored);
        },
      }),
    });
    try {
      const attempt = broken.service.take(project, 'interval');
      await expect(attempt).rejects.toBeInstanceOf(BackupFailedError);
      await expect(attempt).rejects.toThrow(/failed its check after writing \(what is on the disk is not what was written\) and was deleted\. The project itself is untouched/);
      expect(await readdir(join(broken.dataPath, 'backups', PROJECT_ID))).toEqual([]);
      expect(broken.service.getStatus().failure).toMatch(/failed its check/);
      expect(compareProjects(everyKindOfRow().tables, await readProjectTables(db)).same).toBe(true);
    } finally {
      await broken.dispose();
    }
  });

  test('on a full disk says so, leaves no file, and the next one succeeds once there is room', async () => {
    let full = true;
    const disk = await backupHarness({
      writeAtomic: async (path, data) => {
        if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        const { writeFileAtomic } = await import('../../../../electron/fsAtomic');
        await writeFileAtomic(path, data);
      },
    });
    try {
      await expect(disk.service.take(project, 'interval')).rejects.toThrow(/the disk is full\. Free some space on it.* The project itself is untouched\./);
      expect(await readdir(join(disk.dataPath, 'backups', PROJECT_ID))).toEqual([]);
      full = false;
      await disk.service.take(project, 'interval');
      expect((await disk.service.list(PROJECT_ID)).length).toBe(1);
      expect(disk.service.getStatus().failure).toBeNull();
    } finally {
      await disk.dispose();
    }
  });
});

describe('the backups folder after a crash', () => {
  test('a backup written but never indexed is checked: indexed when good, deleted when cut short; temporary files go', async () => {
    const good = await h.service.take(project, 'interval');
    h.clock.advance(20);
    const second = await h.service.take(project, 'interval');
    // The crash: indexes never written, one backup cut short, a temporary file of an unfinished write.
    await Promise.all([good, second].map((b) => h.files.remove(PROJECT_ID, b.file.replace('.framewise', '.json'))));
    const bytes = await h.files.read(PROJECT_ID, second.file);
    await writeFile(join(backupFolder(), second.file), bytes.subarray(0, bytes.length >> 1));
    await writeFile(join(backupFolder(), `.${second.file}.0123456789ab.tmp`), 'half');
    const listed = await h.service.list(PROJECT_ID);
    expect(listed.map((b) => b.file)).toEqual([good.file]);
    expect((await readdir(backupFolder())).sort()).toEqual([good.file, good.file.replace('.framewise', '.json')]);
  });
});

describe('rotation after each backup', () => {
  test('keeps the last N backups of the day and every backup taken before a destructive operation', async () => {
    await setBackupPreferences(h.registry, { ...DEFAULT_BACKUP_PREFERENCES, rotation: { keepLast: 2, keepDaily: 1, keepWeekly: 1 } });
    const before = await h.service.before(project, { kind: 'delete-documents', documents: 3 });
    for (let i = 0; i < 4; i++) {
      h.clock.advance(10);
      await h.service.take(project, 'interval');
    }
    const kept = await h.service.list(PROJECT_ID);
    expect(kept.map((b) => b.reason)).toEqual(['interval', 'interval', 'before-deleting-documents']);
    expect(kept.at(-1)!.file).toBe(before!.file);
  });
});

describe('when a backup is due', () => {
  test('on open only when the project changed since its last backup, counting imports and edits', async () => {
    const stop = trackChanges(h.registry, PROJECT_ID);
    try {
      expect(await h.service.onOpen(project, db)).not.toBeNull();
      expect(await h.service.onOpen(project, db)).toBeNull();
      await commitChange(db, { label: 'Coder renamed', changes: [{ table: 'coders', key: 'x', before: null, after: { id: 'x', name: 'X', color: '#000000' } }] }, { log: false });
      h.clock.advance(1);
      expect(await h.service.onOpen(project, db)).not.toBeNull();
    } finally {
      stop();
    }
  });

  test('on the timer once the interval has passed, and before destroying work, not before harmless operations', async () => {
    const stop = trackChanges(h.registry, PROJECT_ID);
    try {
      await h.service.take(project, 'on-open');
      await commitChange(db, { label: 'x', changes: [{ table: 'coders', key: 'y', before: null, after: { id: 'y', name: 'Y', color: '#000000' } }] }, { log: false });
      h.clock.advance(5);
      expect(await h.service.onTimer(project, db)).toBeNull();
      h.clock.advance(5);
      expect((await h.service.onTimer(project, db))?.reason).toBe('interval');
      expect(await h.service.before(project, { kind: 'delete-code', codings: 0, memos: 0 })).toBeNull();
      expect((await h.service.before(project, { kind: 'merge-codes' }))?.reason).toBe('before-merging-codes');
    } finally {
      stop();
    }
  });

  test('a timer that fires while the opening’s backup is written takes none of its own', async () => {
    const [opened, timed] = await Promise.all([h.service.onOpen(project, db), h.service.onTimer(project, db)]);
    expect(opened?.reason).toBe('on-open');
    expect(timed).toBeNull();
    expect(await h.service.list(PROJECT_ID)).toHaveLength(1);
  });

  test('a project that holds no work yet is not backed up automatically', async () => {
    const empty = new ProjectDatabase(crypto.randomUUID());
    await empty.open();
    try {
      expect(await h.service.onOpen({ ...project, id: empty.name.slice(PROJECT_DB_PREFIX.length) }, empty)).toBeNull();
    } finally {
      empty.close();
    }
  });
});

describe('projects offered back at start', () => {
  test('a project whose database is gone, with backups, is offered; one that holds its work is not', async () => {
    await h.service.take(project, 'interval');
    expect(await findLostProjects(h.service, h.files, h.registry)).toEqual([]);
    db.close();
    await Dexie.delete(PROJECT_DB_PREFIX + PROJECT_ID);
    const [lost] = await findLostProjects(h.service, h.files, h.registry);
    expect(lost).toMatchObject({ projectId: PROJECT_ID, name: 'Housing pledges', inRegistry: false, newest: { reason: 'interval' } });
    db = new ProjectDatabase(PROJECT_ID);
  });

  test('a project this installation emptied itself is not offered, though its backups hold work', async () => {
    await h.service.take(project, 'interval');
    db.close();
    await Dexie.delete(PROJECT_DB_PREFIX + PROJECT_ID);
    db = new ProjectDatabase(PROJECT_ID);
    await db.open();
    // An empty database, never changed here: a lost profile's, offered.
    expect(await findLostProjects(h.service, h.files, h.registry)).toHaveLength(1);
    await noteChange(h.registry, PROJECT_ID);
    expect(await findLostProjects(h.service, h.files, h.registry)).toEqual([]);
  });
});
