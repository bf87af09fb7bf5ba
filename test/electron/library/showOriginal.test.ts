import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { showOriginal } from '../../../electron/library/showOriginal';
import { UserFacingError } from '../../../electron/userFacingError';
import type { ShellService } from '../../../electron/services';
import { tempDir } from '../fixtures';

const stored = (extension: string) => `${'a'.repeat(64)}.${extension}`;
const STORED = stored('docx');
let work: Awaited<ReturnType<typeof tempDir>>;
let opened: string[];
let revealed: string[];
beforeEach(async () => {
  work = await tempDir();
  opened = [];
  revealed = [];
  await mkdir(join(work.path, 'library'));
});
afterEach(() => work.remove());

const shellAnswering = (error: string): ShellService => ({
  openPath: async (path: string) => {
    opened.push(path);
    return error;
  },
  showItemInFolder: (path: string) => {
    revealed.push(path);
  },
});

describe('showing a stored original', () => {
  test('asks the system to open a document file in the library folder', async () => {
    await writeFile(join(work.path, 'library', STORED), 'PK');
    expect(await showOriginal(join(work.path, 'library'), STORED, shellAnswering(''))).toEqual({ opened: true });
    expect(opened).toEqual([join(work.path, 'library', STORED)]);
    expect(revealed).toEqual([]);
  });

  test.each(['txt', 'md', 'docx', 'odt', 'rtf', 'csv', 'tsv', 'xlsx'])('a .%s original is opened with its program', async (extension) => {
    await writeFile(join(work.path, 'library', stored(extension)), 'content');
    await showOriginal(join(work.path, 'library'), stored(extension), shellAnswering(''));
    expect(opened).toEqual([join(work.path, 'library', stored(extension))]);
  });

  test.each(['html', 'htm', 'xhtml', 'svg', 'xml'])('a web page (.%s) is never opened, where a browser would run its scripts: it is shown in its folder, and why', async (extension) => {
    const name = stored(extension);
    await writeFile(join(work.path, 'library', name), '<p>Article</p><script>fetch("https://tracker.example")</script>');
    const shown = await showOriginal(join(work.path, 'library'), name, shellAnswering(''));
    expect(opened).toEqual([]);
    expect(revealed).toEqual([join(work.path, 'library', name)]);
    expect(shown).toEqual({
      opened: false,
      message: `The original is a web page (.${extension}): opening it would run any scripts it holds, so Framewise shows its file in the library folder instead of opening it. Open it with a text editor to read its source, or with a browser only if you trust it.`,
    });
  });

  test('a PDF, which may carry JavaScript for its reader, is shown in its folder, not opened', async () => {
    await writeFile(join(work.path, 'library', stored('pdf')), '%PDF-1.7');
    const shown = await showOriginal(join(work.path, 'library'), stored('pdf'), shellAnswering(''));
    expect(opened).toEqual([]);
    expect(revealed).toEqual([join(work.path, 'library', stored('pdf'))]);
    expect(shown).toMatchObject({ opened: false, message: expect.stringMatching(/^The original is a PDF, which can hold scripts .* Open it with the PDF reader of your choice\.$/) });
  });

  test('an extension not known to be safe (a stored name of any form the contract allows) is shown in its folder, not opened', async () => {
    await writeFile(join(work.path, 'library', stored('exe')), 'MZ');
    const shown = await showOriginal(join(work.path, 'library'), stored('exe'), shellAnswering(''));
    expect(opened).toEqual([]);
    expect(revealed).toHaveLength(1);
    expect(shown).toMatchObject({ opened: false, message: expect.stringContaining('.exe') });
  });

  test('a missing original is reported with what to do, and nothing is opened or shown', async () => {
    const missing = showOriginal(join(work.path, 'library'), STORED, shellAnswering(''));
    await expect(missing).rejects.toBeInstanceOf(UserFacingError);
    await expect(missing).rejects.toThrow('The original file is missing from the library folder; import it again to restore it.');
    await expect(showOriginal(join(work.path, 'library'), stored('html'), shellAnswering(''))).rejects.toThrow(/missing from the library folder/);
    expect(opened).toEqual([]);
    expect(revealed).toEqual([]);
  });

  test('a folder in place of the original is not opened either', async () => {
    await mkdir(join(work.path, 'library', STORED));
    await expect(showOriginal(join(work.path, 'library'), STORED, shellAnswering(''))).rejects.toThrow(/missing from the library folder/);
    expect(opened).toEqual([]);
  });

  test("the system's own refusal is passed on", async () => {
    await writeFile(join(work.path, 'library', STORED), 'PK');
    await expect(showOriginal(join(work.path, 'library'), STORED, shellAnswering('No application is registered for .docx files'))).rejects.toThrow(
      'The system could not open the original: No application is registered for .docx files',
    );
  });
});
