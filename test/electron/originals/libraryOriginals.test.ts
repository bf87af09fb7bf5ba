// Originals out of the library into a saved copy, and into it from an opened project file: each
// checked against its name, so a copy never carries a changed file and the library never stores one.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readOriginal, receiveOriginal } from '../../../electron/originals/libraryOriginals';
import { sha256Hex } from '../../../shared/hash/sha256';
import { requestSchemas } from '../../../shared/ipc';
import { tempDir } from '../fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
let library: string;
beforeEach(async () => {
  work = await tempDir();
  library = join(work.path, 'library');
});
afterEach(() => work.remove());

const bytes = new TextEncoder().encode('The council voted 7 to 2.\r\n');
const name = `${sha256Hex(bytes)}.txt`;

describe('originals going into a project file', () => {
  test('are read byte for byte by their library name', async () => {
    await mkdir(library);
    await writeFile(join(library, name), bytes);
    expect(await readOriginal(library, name)).toEqual(bytes);
  });

  test('one changed on disk since its import is refused, saying so', async () => {
    await mkdir(library);
    await writeFile(join(library, name), 'edited by hand');
    await expect(readOriginal(library, name)).rejects.toThrow(/has changed since it was imported/);
  });

  test('a missing one says which and what to do', async () => {
    await expect(readOriginal(library, name)).rejects.toThrow(`The original ${name} is missing from Framewise's library folder; import that document's file again to restore it.`);
  });

  test('only library names cross the contract', () => {
    expect(requestSchemas.readOriginal.safeParse(['../../etc/passwd']).success).toBe(false);
    expect(requestSchemas.readOriginal.safeParse([name]).success).toBe(true);
  });
});

describe('originals coming from a project file', () => {
  test('are stored under their name once, and a second time is recognised', async () => {
    expect(await receiveOriginal(library, name, bytes)).toBe(true);
    expect(new Uint8Array(await readFile(join(library, name)))).toEqual(bytes);
    expect(await receiveOriginal(library, name, bytes)).toBe(false);
    expect(await readdir(library)).toEqual([name]);
  });

  test('bytes that are not what the name says are refused and not stored', async () => {
    await expect(receiveOriginal(library, name, new TextEncoder().encode('something else'))).rejects.toThrow(/is not what its name says/);
    expect(await readdir(library).catch(() => [])).toEqual([]);
  });
});
