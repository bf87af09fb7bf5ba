// The library's cleanup deletes only originals that neither a project nor a kept backup refers to,
// and the temporary files of stores a crash interrupted.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanUpLibrary } from '../../../electron/originals/libraryCleanup';
import { wasImported } from '../../../electron/originals/importedOriginals';
import { storeOriginal } from '../../../electron/originals/originalStore';
import { backupIndexFor, serializeBackupIndex } from '../../../shared/backup/backupIndex';
import { backupBaseName } from '../../../shared/backup/backupName';
import { sha256Hex } from '../../../shared/hash/sha256';
import { writeProjectFile } from '../../../shared/projectFile/writeProjectFile';
import { everyKindOfRow, everyKindOfRowHeader } from '../../fixtures/projectFile/everyKindOfRow';
import { tempDir } from '../fixtures';
import { failures } from '../failingFs';

// Backups that cannot be read just now, as one another program holds open on Windows.
vi.mock('node:fs/promises', async (load) => (await import('../failingFs')).failingFsPromises(await load()));

let work: Awaited<ReturnType<typeof tempDir>>;
let library: string;
let backups: string;
beforeEach(async () => {
  work = await tempDir();
  library = join(work.path, 'library');
  backups = join(work.path, 'backups');
  await mkdir(library);
  failures.clear();
});
afterEach(() => work.remove());

const original = (text: string) => `${sha256Hex(text)}.txt`;

async function stock(...texts: string[]): Promise<void> {
  for (const text of texts) await writeFile(join(library, original(text)), text);
}

/** A backup of the every-kind-of-row project, with or without its index. */
async function backup(indexed: boolean): Promise<string[]> {
  return (await backupAt(indexed)).referenced;
}

async function backupAt(indexed: boolean): Promise<{ path: string; referenced: string[] }> {
  const { tables } = everyKindOfRow();
  const { bytes, manifest } = writeProjectFile({ header: { ...everyKindOfRowHeader(), backupReason: 'interval' }, tables });
  const base = backupBaseName('2026-03-05T17:42:10.500Z', 'interval');
  const folder = join(backups, manifest.project.id);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, `${base}.framewise`), bytes);
  if (indexed) await writeFile(join(folder, `${base}.json`), serializeBackupIndex(backupIndexFor(`${base}.framewise`, bytes.length, manifest)));
  for (const name of manifest.originals.referenced) await writeFile(join(library, name), 'kept for the backup');
  return { path: join(folder, `${base}.framewise`), referenced: manifest.originals.referenced };
}

describe('cleaning up the library of originals', () => {
  test('deletes what no project refers to, keeps what one does', async () => {
    await stock('in a project', 'left by an unfinished import');
    const result = await cleanUpLibrary(library, backups, [original('in a project')]);
    expect(await readdir(library)).toEqual([original('in a project')]);
    expect(result).toMatchObject({ deleted: 1, kept: 1 });
    expect(result.freedBytes).toBe('left by an unfinished import'.length);
  });

  test.each([
    ['a kept backup (its index)', true],
    ['a backup a crash left without its index', false],
  ])('keeps every original %s refers to, though no project does any more', async (_what, indexed) => {
    const needed = await backup(indexed);
    await stock('unused');
    await cleanUpLibrary(library, backups, []);
    expect((await readdir(library)).sort()).toEqual([...needed].sort());
  });

  test('a backup without its index that cannot be read just now keeps every original: nothing is deleted, and the cleanup says why', async () => {
    const { path, referenced } = await backupAt(false);
    await stock('unused');
    failures.set(path, 'EBUSY');
    await expect(cleanUpLibrary(library, backups, [])).rejects.toThrow(/backup .* could not be read \(EBUSY\)/);
    expect((await readdir(library)).sort()).toEqual([...referenced, original('unused')].sort());
  });

  test('a backup without its index that is damaged (not a zip) refers to nothing, and does not stop the cleanup', async () => {
    const { path } = await backupAt(false);
    await writeFile(path, 'not a zip');
    await stock('unused');
    const result = await cleanUpLibrary(library, backups, []);
    expect(result.kept).toBe(0);
  });

  test('deletes the temporary file of an original whose storing was cut short', async () => {
    await stock('kept');
    await writeFile(join(library, `.${original('half')}.0123456789ab.tmp`), 'hal');
    await cleanUpLibrary(library, backups, [original('kept')]);
    expect(await readdir(library)).toEqual([original('kept')]);
  });

  test('an imported original it deletes is forgotten as imported, so the same name received later from a project file is not opened', async () => {
    const bytes = new TextEncoder().encode('unused now');
    const kept = new TextEncoder().encode('kept');
    await storeOriginal(library, sha256Hex(bytes), 'txt', bytes);
    await storeOriginal(library, sha256Hex(kept), 'txt', kept);
    await cleanUpLibrary(library, backups, [original('kept')]);
    expect(await wasImported(library, original('unused now'))).toBe(false);
    expect(await wasImported(library, original('kept'))).toBe(true);
  });

  test('a library not made yet has nothing to clean', async () => {
    expect(await cleanUpLibrary(join(work.path, 'none'), backups, [])).toEqual({ deleted: 0, kept: 0, freedBytes: 0 });
  });
});
