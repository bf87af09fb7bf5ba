// Files kept in named folders of the data folder (automatic backups first): written whole, listed with
// their sizes and times, read back, deleted for rotation; never anywhere else, links not followed.
import { mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { temporaryName } from '../../../electron/fsAtomic';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DataFolders, type AtomicWrite } from '../../../electron/files/dataFolders';
import { UserFacingError } from '../../../electron/userFacingError';
import type { DataFolder } from '../../../shared/ipc';
import { requestSchemas } from '../../../shared/ipc';
import { tempDir } from '../fixtures';
import { sha256Hex } from '../../../shared/hash/sha256';

let work: Awaited<ReturnType<typeof tempDir>>;
let data: string;
let folders: DataFolders;
beforeEach(async () => {
  work = await tempDir();
  data = join(work.path, 'userData');
  await mkdir(data);
  folders = new DataFolders(data);
});
afterEach(() => work.remove());

const PROJECT = '5f0c9b1e-2c1d-4c39-9f7e-0d8f6c2b9a11';
const backups: DataFolder = { area: 'backups', subfolders: [PROJECT] };
const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 255, 128, 10, 13]);

describe('files in a folder of the data folder', () => {
  test('a backup is written into <userData>/backups/<project>, listed with its size and time, read back byte for byte', async () => {
    const written = await folders.write({ folder: backups, name: '2026-05-03T14-00-00Z.framewise', content: zip });
    expect(written).toEqual({ name: '2026-05-03T14-00-00Z.framewise', size: 9, modifiedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), sha256: sha256Hex(zip) });
    expect(new Uint8Array(await readFile(join(data, 'backups', PROJECT, '2026-05-03T14-00-00Z.framewise')))).toEqual(zip);
    await folders.write({ folder: backups, name: '2026-05-02T09-30-00Z.framewise', content: 'older' });
    expect((await folders.list(backups)).map(({ name, size }) => [name, size])).toEqual([
      ['2026-05-02T09-30-00Z.framewise', 5],
      ['2026-05-03T14-00-00Z.framewise', 9],
    ]);
    const read = await folders.read({ folder: backups, name: '2026-05-03T14-00-00Z.framewise', as: 'bytes' });
    expect(read.as === 'bytes' && new Uint8Array(read.bytes)).toEqual(zip);
    expect(await folders.read({ folder: backups, name: '2026-05-02T09-30-00Z.framewise', as: 'text' })).toMatchObject({ as: 'text', text: 'older', size: 5 });
  });

  test('writing again replaces the file whole and leaves no temporary file; deleting rotates it out', async () => {
    const name = 'latest.framewise';
    await folders.write({ folder: backups, name, content: 'a longer first version' });
    await folders.write({ folder: backups, name, content: 'second' });
    expect(await readdir(join(data, 'backups', PROJECT))).toEqual([name]);
    expect(await folders.read({ folder: backups, name, as: 'text' })).toMatchObject({ text: 'second' });
    expect(await folders.remove({ folder: backups, name })).toBe(true);
    expect(await folders.remove({ folder: backups, name })).toBe(false);
    expect(await folders.list(backups)).toEqual([]);
  });

  test('a folder not made yet lists nothing; reading a file that is not there says which', async () => {
    expect(await folders.list({ area: 'backups', subfolders: ['never-written'] })).toEqual([]);
    await expect(folders.read({ folder: backups, name: 'gone.framewise', as: 'bytes' })).rejects.toThrow(`“gone.framewise” is not in Framewise's backups/${PROJECT} folder.`);
  });

  test('subfolders, hidden and temporary files are not listed', async () => {
    await folders.write({ folder: backups, name: 'kept.framewise', content: zip });
    const place = join(data, 'backups', PROJECT);
    await mkdir(join(place, 'nested'));
    await writeFile(join(place, '.kept.framewise.0a1b2c.tmp'), 'half written');
    expect((await folders.list(backups)).map((f) => f.name)).toEqual(['kept.framewise']);
  });

  test.each([
    ['a parent reference', '..'],
    ['a path', '../../outside.txt'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Windows\\win.ini'],
    ['a hidden name', '.bashrc'],
  ])('refuses %s as a name, in main as in the contract', async (_what, name) => {
    await expect(folders.write({ folder: backups, name, content: 'x' })).rejects.toBeInstanceOf(UserFacingError);
    await expect(folders.read({ folder: backups, name, as: 'text' })).rejects.toThrow(/cannot name a file in Framewise's data folder/);
    await expect(folders.write({ folder: { area: 'backups', subfolders: [name] }, name: 'x.json', content: 'x' })).rejects.toThrow(/cannot name a file/);
    expect(requestSchemas.writeDataFile.safeParse([{ folder: backups, name, content: 'x' }]).success).toBe(false);
    expect(requestSchemas.listDataFiles.safeParse([{ area: 'backups', subfolders: [name] }]).success).toBe(false);
    expect(await readdir(work.path)).toEqual(['userData']);
  });

  test('the contract names the areas: no other folder of the data folder can be reached', () => {
    expect(requestSchemas.listDataFiles.safeParse([{ area: 'library', subfolders: [] }]).success).toBe(false);
    expect(requestSchemas.listDataFiles.safeParse([{ area: 'backups', subfolders: [PROJECT] }]).success).toBe(true);
    expect(requestSchemas.deleteDataFile.safeParse([{ folder: { area: 'backups', subfolders: ['a', 'b', 'c', 'd'] }, name: 'x' }]).success).toBe(false);
  });

  test('a link planted in the data folder is not followed out of it', async () => {
    const outside = join(work.path, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'secret.txt'), 'not Framewise’s');
    await mkdir(join(data, 'backups'), { recursive: true });
    await symlink(outside, join(data, 'backups', PROJECT), 'dir');
    await expect(folders.list(backups)).rejects.toThrow(`Framewise's backups/${PROJECT} folder is a link to a place outside its data folder; it was not used.`);
    await expect(folders.write({ folder: backups, name: 'x.framewise', content: zip })).rejects.toBeInstanceOf(UserFacingError);
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });

  test('a write makes no folder outside the data folder through a link planted above the project’s folder', async () => {
    const outside = join(work.path, 'outside');
    await mkdir(outside);
    await symlink(outside, join(data, 'backups'), 'dir');
    await expect(folders.write({ folder: backups, name: 'x.framewise', content: zip })).rejects.toThrow(`Framewise's backups/${PROJECT} folder is a link to a place outside its data folder; it was not used.`);
    expect(await readdir(outside)).toEqual([]);
  });

  test('a folder that cannot be made says which, in plain words', async () => {
    // A file where the project's folder should be: the system refuses to make the folder.
    await mkdir(join(data, 'backups'));
    await writeFile(join(data, 'backups', PROJECT), 'not a folder');
    await expect(folders.write({ folder: backups, name: 'x.framewise', content: zip })).rejects.toThrow(
      `Could not write “x.framewise” in Framewise's backups/${PROJECT} folder: EEXIST; check that Framewise may write to its data folder. Nothing was written.`,
    );
  });

  test('a file that is a link is not listed, read or deleted', async () => {
    const outside = join(work.path, 'secret.txt');
    await writeFile(outside, 'not Framewise’s');
    await folders.write({ folder: backups, name: 'real.framewise', content: zip });
    await symlink(outside, join(data, 'backups', PROJECT, 'link.framewise'));
    expect((await folders.list(backups)).map((f) => f.name)).toEqual(['real.framewise']);
    await expect(folders.read({ folder: backups, name: 'link.framewise', as: 'text' })).rejects.toThrow('“link.framewise” is a link; Framewise does not follow links in its data folder.');
    await expect(folders.remove({ folder: backups, name: 'link.framewise' })).rejects.toThrow('is a link');
    expect(await readFile(outside, 'utf8')).toBe('not Framewise’s');
  });
});

describe('a write the disk has no room for', () => {
  const diskFull: AtomicWrite = async () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };

  test('says so in plain words, and the earlier file is left as it was', async () => {
    await folders.write({ folder: backups, name: 'earlier.framewise', content: zip });
    const full = new DataFolders(data, diskFull);
    await expect(full.write({ folder: backups, name: 'next.framewise', content: zip })).rejects.toThrow(
      `Could not write “next.framewise” in Framewise's backups/${PROJECT} folder: the disk is full. Free some space on it, and Framewise will write it again. Nothing was written.`,
    );
    expect(await readdir(join(data, 'backups', PROJECT))).toEqual(['earlier.framewise']);
  });

  test('a temporary file a crash left behind is deleted when the folder is next listed', async () => {
    await folders.write({ folder: backups, name: 'kept.framewise', content: zip });
    await writeFile(join(data, 'backups', PROJECT, '.cut-short.framewise.0123456789ab.tmp'), 'half');
    expect((await folders.list(backups)).map((f) => f.name)).toEqual(['kept.framewise']);
    expect(await readdir(join(data, 'backups', PROJECT))).toEqual(['kept.framewise']);
  });

  test('a listing while a write of a long name is under way keeps that write’s temporary file', async () => {
    // 78 CJK characters and a suffix: 251 bytes, so fsAtomic.ts cuts the temporary file's name short.
    const name = `${'研'.repeat(78)} backup.framewise`;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const writing = new Promise<void>((resolve) => (started = resolve));
    // fsAtomic.ts's steps, with a pause between the temporary file and its rename.
    const pausedWrite: AtomicWrite = async (path, data) => {
      const temp = join(dirname(path), temporaryName(basename(path)));
      await writeFile(temp, data);
      started();
      await released;
      await rename(temp, path);
    };
    const slow = new DataFolders(data, pausedWrite);
    const written = slow.write({ folder: backups, name, content: zip });
    await writing;
    expect(await slow.list(backups)).toEqual([]);
    release();
    await written;
    expect((await slow.list(backups)).map((f) => f.name)).toEqual([name]);
  });

  test('the backups folder lists one subfolder per project', async () => {
    await folders.write({ folder: backups, name: 'kept.framewise', content: zip });
    await folders.write({ folder: { area: 'backups', subfolders: ['other-project'] }, name: 'x.framewise', content: zip });
    expect(await folders.listFolders({ area: 'backups', subfolders: [] })).toEqual(['other-project', PROJECT].sort());
  });
});
