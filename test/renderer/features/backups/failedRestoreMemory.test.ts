// A project file or backup is read whole into the backup worker, which keeps its rows until they are
// written into a project. When opening or restoring it fails (no room left for its originals, say),
// the dialog is gone and the researcher starts again from the file: the rows must not stay behind
// in the worker, a whole project's worth for every attempt.
import Dexie from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { PROJECT_DB_PREFIX } from '../../../../renderer/db/projectDatabase';
import { openAsNewProject, readProject, replaceProject } from '../../../../renderer/features/backups/projectTransfer';
import { savedCopy } from '../../../shared/projectFile/editProjectFile';
import { backupHarness, type Harness } from './backupHarness';

let h: Harness;
beforeEach(async () => {
  h = await backupHarness();
});
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
});

const diskFull = async () => {
  throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
};

test('a file whose opening failed is not kept in the worker', async () => {
  const file = await readProject(h.transfer, savedCopy());
  if (!file.ok) throw new Error(file.problems.map((p) => p.message).join('\n'));
  await expect(openAsNewProject({ ...h.transfer, receiveOriginal: diskFull }, file)).rejects.toThrow(/ENOSPC/);
  await expect(h.transfer.runner.loadParsed(file.token, crypto.randomUUID(), false)).rejects.toThrow(/no longer in memory/);
});

test('a file whose restoring in place failed is not kept in the worker', async () => {
  const file = await readProject(h.transfer, savedCopy());
  if (!file.ok) throw new Error(file.problems.map((p) => p.message).join('\n'));
  await expect(replaceProject({ ...h.transfer, receiveOriginal: diskFull }, file, crypto.randomUUID())).rejects.toThrow(/ENOSPC/);
  await expect(h.transfer.runner.loadParsed(file.token, crypto.randomUUID(), false)).rejects.toThrow(/no longer in memory/);
});
