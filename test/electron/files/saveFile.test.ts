import { readdir, readFile, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveFile } from '../../../electron/files/saveFile';
import type { DialogService } from '../../../electron/services';
import { tempDir } from '../fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

let asked: Array<{ title: string; suggestedName: string; extensions: readonly string[] }>;
beforeEach(() => {
  asked = [];
});
const dialogAnswering = (path: string | null): DialogService => ({
  chooseFiles: async () => [],
  chooseFolder: async () => null,
  chooseSaveFile: async (options) => {
    asked.push(options);
    return path;
  },
});

describe('saving a file through the save dialog', () => {
  test('writes the content where the user chose, with a BOM when asked', async () => {
    const target = join(work.path, 'out.csv');
    const result = await saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'a,b\r\n', bom: true }, dialogAnswering(target));
    expect(result).toEqual({ path: target, fileName: 'out.csv', bytes: 8 });
    expect(await readFile(target)).toEqual(Buffer.from('\uFEFFa,b\r\n', 'utf8'));
  });

  test('replaces an existing file whole and leaves no temporary file behind', async () => {
    const target = join(work.path, 'out.csv');
    await writeFile(target, 'old content that is longer than the new one');
    await saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'new', bom: false }, dialogAnswering(target));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(work.path)).toEqual(['out.csv']);
  });

  test('a cancelled dialog writes nothing', async () => {
    expect(await saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'a', bom: false }, dialogAnswering(null))).toBeNull();
    expect(await readdir(work.path)).toEqual([]);
  });

  test('a folder that cannot be written says which file and what to do, and keeps the old file', async () => {
    const target = join(work.path, 'out.csv');
    await writeFile(target, 'old');
    await chmod(work.path, 0o500);
    try {
      const attempt = saveFile({ purpose: 'codedSegmentsCsv', suggestedName: 'x.csv', content: 'new', bom: false }, dialogAnswering(target));
      // root ignores permissions; the check only means something for other users.
      if (process.getuid?.() === 0) await attempt;
      else await expect(attempt).rejects.toThrow(/Could not write .*out\.csv.*Choose another folder/);
    } finally {
      await chmod(work.path, 0o700);
    }
    expect(await readFile(target, 'utf8')).toMatch(/old|new/);
  });

  test('writes bytes as they are (a PNG chart, a project file), in a dialog whose title and types the purpose sets', async () => {
    const target = join(work.path, 'chart.png');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]);
    expect(await saveFile({ purpose: 'chartPng', suggestedName: 'Codes by leaning.png', content: png }, dialogAnswering(target))).toEqual({ path: target, fileName: 'chart.png', bytes: 11 });
    expect(new Uint8Array(await readFile(target))).toEqual(png);
    expect(asked).toEqual([{ title: 'Save the chart as PNG', suggestedName: 'Codes by leaning.png', extensions: ['png'] }]);
  });

  test('each export asks with its own title and file type', async () => {
    await saveFile({ purpose: 'memosMarkdown', suggestedName: 'memos.md', content: '# Memos' }, dialogAnswering(null));
    await saveFile({ purpose: 'projectFile', suggestedName: 'Study.framewise', content: new Uint8Array(1) }, dialogAnswering(null));
    expect(asked.map(({ title, extensions }) => [title, extensions])).toEqual([
      ['Export memos (Markdown)', ['md']],
      ['Save a copy of the project', ['framewise']],
    ]);
  });
});
