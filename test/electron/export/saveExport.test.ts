import { readdir, readFile, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveExport } from '../../../electron/export/saveExport';
import type { DialogService } from '../../../electron/services';
import { tempDir } from '../fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

const dialogAnswering = (path: string | null): DialogService => ({
  chooseFiles: async () => [],
  chooseFolder: async () => null,
  chooseSaveFile: async () => path,
});

describe('saving an export', () => {
  test('writes the content where the user chose, with a BOM when asked', async () => {
    const target = join(work.path, 'out.csv');
    const result = await saveExport({ suggestedName: 'x.csv', kind: 'csv', content: 'a,b\r\n', bom: true }, dialogAnswering(target));
    expect(result).toEqual({ path: target });
    expect(await readFile(target)).toEqual(Buffer.from('\uFEFFa,b\r\n', 'utf8'));
  });

  test('replaces an existing file whole and leaves no temporary file behind', async () => {
    const target = join(work.path, 'out.csv');
    await writeFile(target, 'old content that is longer than the new one');
    await saveExport({ suggestedName: 'x.csv', kind: 'csv', content: 'new', bom: false }, dialogAnswering(target));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(work.path)).toEqual(['out.csv']);
  });

  test('a cancelled dialog writes nothing', async () => {
    expect(await saveExport({ suggestedName: 'x.csv', kind: 'csv', content: 'a', bom: false }, dialogAnswering(null))).toBeNull();
    expect(await readdir(work.path)).toEqual([]);
  });

  test('a folder that cannot be written says which file and what to do, and keeps the old file', async () => {
    const target = join(work.path, 'out.csv');
    await writeFile(target, 'old');
    await chmod(work.path, 0o500);
    try {
      const attempt = saveExport({ suggestedName: 'x.csv', kind: 'csv', content: 'new', bom: false }, dialogAnswering(target));
      // root ignores permissions; the check only means something for other users.
      if (process.getuid?.() === 0) await attempt;
      else await expect(attempt).rejects.toThrow(/Could not write .*out\.csv.*Choose another folder/);
    } finally {
      await chmod(work.path, 0o700);
    }
    expect(await readFile(target, 'utf8')).toMatch(/old|new/);
  });
});
