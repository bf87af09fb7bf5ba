// An atomic write that survives a power cut: the file's bytes reach the disk before it is renamed
// into place (else the final name could hold an empty file), and the folder is synced after the
// rename (else the rename itself, so the finished backup or saved file, could be lost). Windows
// cannot open a folder to sync it; that is no error there, nor on a file system that refuses it.
import { chmod, open, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isTemporaryOf, temporaryName, writeFileAtomic, type AtomicWriteSystem } from '../../electron/fsAtomic';
import { tempDir } from './fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

/** The real file system, with every call written down (temporary names as `<temp>`), and a way to refuse opening or syncing the folder. */
function watchedSystem(platform: NodeJS.Platform, refuse?: { code: string; at: 'open' | 'sync' }) {
  const calls: string[] = [];
  const named = (path: string) => (basename(path).endsWith('.tmp') ? '<temp>' : path === work.path ? '<folder>' : basename(path));
  const system: AtomicWriteSystem = {
    platform,
    open: async (path, flags, mode) => {
      calls.push(`open ${named(path)} ${flags}`);
      const refused = (at: 'open' | 'sync') => {
        if (refuse?.at === at && path === work.path) throw Object.assign(new Error(`${refuse.code}: refused, ${at} '${path}'`), { code: refuse.code });
      };
      refused('open');
      const handle = await open(path, flags, mode);
      return {
        writeFile: async (data) => {
          calls.push(`write ${named(path)}`);
          await handle.writeFile(data);
        },
        sync: async () => {
          calls.push(`sync ${named(path)}`);
          refused('sync');
          await handle.sync();
        },
        close: async () => {
          calls.push(`close ${named(path)}`);
          await handle.close();
        },
      };
    },
    rename: async (from, to) => {
      calls.push(`rename ${named(from)} ${named(to)}`);
      await rename(from, to);
    },
    rm: async (path, options) => {
      calls.push(`rm ${named(path)}`);
      await rm(path, options);
    },
    stat: (path) => stat(path),
  };
  return { system, calls };
}

describe('an atomic write is durable', () => {
  test('on Linux and macOS the file is synced before its rename, and its folder after it', async () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const target = join(work.path, `backup-${platform}.framewise`);
      const { system, calls } = watchedSystem(platform);
      await writeFileAtomic(target, 'the project', system);
      expect(calls).toEqual([
        'open <temp> wx',
        'write <temp>',
        'sync <temp>',
        'close <temp>',
        `rename <temp> ${basename(target)}`,
        'open <folder> r',
        'sync <folder>',
        'close <folder>',
      ]);
      expect(await readFile(target, 'utf8')).toBe('the project');
    }
  });

  test('on Windows the folder is not opened, and the write succeeds', async () => {
    const target = join(work.path, 'export.csv');
    const { system, calls } = watchedSystem('win32', { code: 'EISDIR', at: 'open' });
    await writeFileAtomic(target, 'a,b\r\n', system);
    expect(calls.filter((call) => call.includes('<folder>'))).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('a,b\r\n');
    expect(await readdir(dirname(target))).toEqual(['export.csv']);
  });

  test('a file system that refuses to open or sync a folder does not make a finished write an error', async () => {
    const refusals = [
      { code: 'EISDIR', at: 'open' },
      { code: 'EPERM', at: 'open' },
      { code: 'EACCES', at: 'open' },
      { code: 'EINVAL', at: 'sync' },
      { code: 'ENOTSUP', at: 'sync' },
    ] as const;
    for (const refuse of refusals) {
      const target = join(work.path, `saved-${refuse.code}.framewise`);
      const { system, calls } = watchedSystem('linux', refuse);
      await writeFileAtomic(target, refuse.code, system);
      expect(calls).toContain(`${refuse.at} <folder>${refuse.at === 'open' ? ' r' : ''}`);
      expect(await readFile(target, 'utf8')).toBe(refuse.code);
    }
    expect((await readdir(work.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('with the real file system, the file is in place whole and no temporary file is left', async () => {
    const target = join(work.path, 'chart.png');
    await writeFileAtomic(target, Uint8Array.from([1, 2, 3]));
    expect(new Uint8Array(await readFile(target))).toEqual(Uint8Array.from([1, 2, 3]));
    expect(await readdir(work.path)).toEqual(['chart.png']);
  });
});

describe('an atomic write of any name the system allows', () => {
  // 80 CJK characters (3 bytes each in UTF-8) and a suffix: 253 bytes, under ext4's and APFS's 255.
  const longName = `${'研'.repeat(80)} codebook.csv`;

  test('a name near the 255-byte limit is written: the temporary file’s longer name is cut short, not refused', async () => {
    expect(Buffer.byteLength(longName)).toBe(253);
    const target = join(work.path, longName);
    await writeFileAtomic(target, 'code,description\n');
    expect(await readFile(target, 'utf8')).toBe('code,description\n');
    expect(await readdir(work.path)).toEqual([longName]);
  });

  test('the temporary file’s name stays within 255 bytes and never splits a character', () => {
    for (const name of [longName, `${'😀'.repeat(63)}.md`, 'a'.repeat(255), 'x.csv']) {
      const temp = temporaryName(name);
      expect(Buffer.byteLength(temp), name).toBeLessThanOrEqual(255);
      expect(temp).toMatch(/^\..+\.[0-9a-f]{12}\.tmp$/u);
      // No half of a UTF-16 pair left alone by the cut.
      expect(temp).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
      expect(isTemporaryOf(temp, name)).toBe(true);
    }
    expect(temporaryName('x.csv')).toMatch(/^\.x\.csv\.[0-9a-f]{12}\.tmp$/u);
    expect(isTemporaryOf(temporaryName('x.csv'), 'x.csv.bak')).toBe(false);
  });

  test('a temporary file that cannot be removed after a failed write does not hide why the write failed', async () => {
    const { system } = watchedSystem('win32');
    const full: AtomicWriteSystem = {
      ...system,
      open: async (path, flags) => {
        const handle = await system.open(path, flags);
        return { ...handle, writeFile: async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })) };
      },
      // Windows: an antivirus scanner holds the new file open for a moment.
      rm: async () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted, unlink'), { code: 'EPERM' })),
    };
    await expect(writeFileAtomic(join(work.path, 'export.csv'), 'a,b', full)).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});

describe('an atomic write that replaces a file', () => {
  test('keeps who may read it: a file only its owner could read stays so', async () => {
    if (process.platform === 'win32') return;
    const target = join(work.path, 'interviews coded segments.csv');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  test('a new file gets the usual permissions', async () => {
    if (process.platform === 'win32') return;
    const target = join(work.path, 'new.csv');
    await writeFileAtomic(target, 'x');
    await writeFile(join(work.path, 'plain.csv'), 'x');
    expect((await stat(target)).mode & 0o777).toBe((await stat(join(work.path, 'plain.csv'))).mode & 0o777);
  });
});
