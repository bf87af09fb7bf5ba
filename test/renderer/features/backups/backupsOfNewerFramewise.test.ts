// Backups a newer Framewise took, found by an older one (the researcher went back to the previous
// version): a reason this version does not know, a format it cannot read. They are not this
// version's to list, and even less to delete: going forward again must find them.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readBackupFolder } from '../../../../shared/backup/backupIndex';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { editFile } from '../../../shared/projectFile/editProjectFile';
import { PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { disposeProject, projectWithEveryKindOfRow, type Harness } from './backupHarness';

let h: Harness;
let db: ProjectDatabase;
const project = { id: PROJECT_ID, name: 'Housing pledges', writtenBy: null };

beforeEach(async () => {
  ({ h, db } = await projectWithEveryKindOfRow());
});

afterEach(() => disposeProject({ h, db }));

const folder = () => join(h.dataPath, 'backups', PROJECT_ID);

test('a backup and its index named for a reason this version does not know are set aside, not deleted', () => {
  const newer = '2026-03-06T09-00-00-000Z_before-splitting-a-code';
  const read = readBackupFolder(
    [
      { name: `${newer}.framewise`, bytes: 100 },
      { name: `${newer}.json`, bytes: 10 },
    ],
    new Map([[`${newer}.json`, '{"format":"framewise-backup-index","reason":"before-splitting-a-code"}']]),
  );
  expect(read.backups).toEqual([]);
  expect(read.unchecked).toEqual([]);
  expect(read.strays).toEqual([]);
});

test('listing the backups keeps a newer Framewise’s backups on the disk, indexed or not', async () => {
  const ours = await h.service.take(project, 'interval');
  const bytes = await h.files.read(PROJECT_ID, ours.file);
  const index = await h.files.readText(PROJECT_ID, ours.file.replace('.framewise', '.json'));
  // Taken for a reason added later, with its index.
  const newReason = '2026-03-06T09-00-00-000Z_before-splitting-a-code';
  await writeFile(join(folder(), `${newReason}.framewise`), bytes);
  await writeFile(join(folder(), `${newReason}.json`), index.replace(/"interval"/g, '"before-splitting-a-code"').replace(ours.file, `${newReason}.framewise`));
  // Of a newer format, its index never written (that Framewise was closed between the two).
  const newFormat = '2026-03-07T09-00-00-000Z_interval.framewise';
  await writeFile(join(folder(), newFormat), editFile(bytes, (_, manifest) => void (manifest.formatVersion = 99), { consistent: false }));

  const listed = await h.service.list(PROJECT_ID);
  expect(listed.map((b) => b.file)).toEqual([ours.file]);
  expect((await readdir(folder())).sort()).toEqual([ours.file, ours.file.replace('.framewise', '.json'), `${newReason}.framewise`, `${newReason}.json`, newFormat].sort());
});
