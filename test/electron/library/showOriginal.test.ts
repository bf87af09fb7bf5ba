import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { showOriginal } from '../../../electron/library/showOriginal';
import { UserFacingError } from '../../../electron/ipc';
import { tempDir } from '../fixtures';

const STORED = `${'a'.repeat(64)}.pdf`;
let work: Awaited<ReturnType<typeof tempDir>>;
let opened: string[];
beforeEach(async () => {
  work = await tempDir();
  opened = [];
  await mkdir(join(work.path, 'library'));
});
afterEach(() => work.remove());

const shellAnswering = (error: string) => ({
  openPath: async (path: string) => {
    opened.push(path);
    return error;
  },
});

describe('showing a stored original', () => {
  test('asks the system to open the file in the library folder', async () => {
    await writeFile(join(work.path, 'library', STORED), '%PDF-1.7');
    await showOriginal(join(work.path, 'library'), STORED, shellAnswering(''));
    expect(opened).toEqual([join(work.path, 'library', STORED)]);
  });

  test('a missing original is reported with what to do, and nothing is opened', async () => {
    const missing = showOriginal(join(work.path, 'library'), STORED, shellAnswering(''));
    await expect(missing).rejects.toBeInstanceOf(UserFacingError);
    await expect(missing).rejects.toThrow('The original file is missing from the library folder; import it again to restore it.');
    expect(opened).toEqual([]);
  });

  test('a folder in place of the original is not opened either', async () => {
    await mkdir(join(work.path, 'library', STORED));
    await expect(showOriginal(join(work.path, 'library'), STORED, shellAnswering(''))).rejects.toThrow(/missing from the library folder/);
    expect(opened).toEqual([]);
  });

  test("the system's own refusal is passed on", async () => {
    await writeFile(join(work.path, 'library', STORED), '%PDF-1.7');
    await expect(showOriginal(join(work.path, 'library'), STORED, shellAnswering('No application is registered for .pdf files'))).rejects.toThrow(
      'The system could not open the original: No application is registered for .pdf files',
    );
  });
});
