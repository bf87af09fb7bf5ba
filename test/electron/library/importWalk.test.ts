// What a folder import finds in the tree beyond the documents themselves: folders it cannot open, and
// the files and folders that operating systems leave in every tree.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ImportContext } from '../../../electron/library/importFiles';
import { inProcessExtractor } from '../../../electron/extract/extractor';
import { importCollecting } from './collectImport';
import { tempDir } from '../fixtures';
import { failures } from '../failingFs';

// Folders that fail to open: one without permission, one deleted between its parent's listing and its own.
vi.mock('node:fs/promises', async (load) => (await import('../failingFs')).failingFsPromises(await load()));

const JOB = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a05';
let work: Awaited<ReturnType<typeof tempDir>>;
let context: Omit<ImportContext, 'onBatch'>;

beforeEach(async () => {
  work = await tempDir();
  failures.clear();
  context = { libraryDir: join(work.path, 'library'), extractor: inProcessExtractor, onProgress: () => {} };
});
afterEach(() => work.remove());

const run = (paths: string[]) => importCollecting({ jobId: JOB, paths, knownSha256: [] }, context);

async function write(name: string, content: string): Promise<string> {
  const path = join(work.path, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe('folders the walk cannot open', () => {
  test('a subfolder that cannot be read is reported by name with the reason; the rest of the tree imports', async () => {
    await write('corpus/a.txt', 'A text');
    await write('corpus/locked/b.txt', 'B text');
    await write('corpus/open/c.txt', 'C text');
    const locked = join(work.path, 'corpus', 'locked');
    failures.set(locked, 'EACCES');
    const report = await run([join(work.path, 'corpus')]);
    expect(report.imported.map((d) => d.text)).toEqual(['A text', 'C text']);
    expect(report.refused).toEqual([{ fileName: 'locked', path: locked, reason: expect.stringMatching(/folder could not be opened \(EACCES\).*permission/) }]);
  });

  test('a chosen folder that cannot be read is reported, not taken for an empty one', async () => {
    await write('private/a.txt', 'A text');
    const folder = join(work.path, 'private');
    failures.set(folder, 'EACCES');
    const report = await run([folder]);
    expect(report.imported).toEqual([]);
    expect(report.refused).toEqual([{ fileName: 'private', path: folder, reason: expect.stringMatching(/folder could not be opened \(EACCES\)/) }]);
  });

  test('a subfolder deleted while the walk runs is simply not there: nothing to report', async () => {
    await write('corpus/a.txt', 'A text');
    await write('corpus/gone/b.txt', 'B text');
    const gone = join(work.path, 'corpus', 'gone');
    // Listed by its parent, gone by its own turn.
    failures.set(gone, 'ENOENT');
    const report = await run([join(work.path, 'corpus')]);
    expect(report.imported.map((d) => d.text)).toEqual(['A text']);
    expect(report.refused).toEqual([]);
  });
});

describe("what operating systems leave in a researcher's folders", () => {
  test('Windows thumbnails and folder settings, macOS icons and the Recycle Bin are neither imported nor counted as other formats', async () => {
    await write('drive/interview.txt', 'An interview');
    await write('drive/Thumbs.db', 'thumbnails');
    await write('drive/sub/desktop.ini', '[.ShellClassInfo]');
    await write('drive/sub/ehthumbs.db', 'thumbnails');
    await write('drive/Icon\r', '');
    await write('drive/$RECYCLE.BIN/S-1-5-21/$RABC123.txt', 'a file the researcher deleted');
    await write('drive/System Volume Information/tracking.log', 'system');
    await write('drive/__MACOSX/interview.txt', 'resource fork left by unzipping');
    const report = await run([join(work.path, 'drive')]);
    expect(report.imported.map((d) => d.text)).toEqual(['An interview']);
    expect(report.unsupported).toBe(0);
    expect(report.refused).toEqual([]);
  });

  test('a file the researcher names explicitly is imported whatever its name', async () => {
    const path = await write('desktop.txt', 'notes');
    const report = await run([path]);
    expect(report.imported.map((d) => d.text)).toEqual(['notes']);
  });
});
