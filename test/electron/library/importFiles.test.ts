import { appendFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportContext } from '../../../electron/library/importFiles';
import { expectStoredAndExtracted, importCollecting } from './collectImport';
import { inProcessExtractor, type Extractor } from '../../../electron/extract/extractor';
import { sha256Hex } from '../../../electron/originals/originalStore';
import { countWords } from '../../../shared/text/words';
import { listing, tempDir } from '../fixtures';
import { pressPaths } from '../../fixtures/press';

const JOB = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a01';
let work: Awaited<ReturnType<typeof tempDir>>;
let libraryDir: string;
let context: Omit<ImportContext, 'onBatch'>;
let progress: Array<{ done: number; total: number; current: string }>;

beforeEach(async () => {
  work = await tempDir();
  libraryDir = join(work.path, 'library');
  progress = [];
  context = { libraryDir, extractor: inProcessExtractor, onProgress: (p) => progress.push(p) };
});
afterEach(() => work.remove());

const run = (paths: string[], knownSha256: string[] = [], overrides: Partial<ImportContext> = {}) =>
  importCollecting({ jobId: JOB, paths, knownSha256 }, { ...context, ...overrides });

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(work.path, name);
  await writeFile(path, content);
  return path;
}

/**
 * The researcher presses Cancel once `count` files are extracted. The files go one at a time (a byte
 * budget smaller than any of them), so which files were done by then is the same on any machine.
 */
function cancelledAfterExtracting(count: number): Partial<ImportContext> {
  let extracted = 0;
  const cancel = new AbortController();
  const extractor: Extractor = {
    ...inProcessExtractor,
    extract: async (...args) => {
      const result = await inProcessExtractor.extract(...args);
      if (++extracted === count) cancel.abort();
      return result;
    },
  };
  return { extractor, signal: cancel.signal, bytesInFlight: 1 };
}

describe('importing the press texts', () => {
  test('imports the five texts, stores each original under its SHA-256, extracts canonical text', async () => {
    const report = await run(pressPaths());
    expect(report.refused).toEqual([]);
    await expectStoredAndExtracted(report, libraryDir, 5);
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 });
  });

  test('a file already in the project is reported as a duplicate and not extracted again', async () => {
    const [first, ...rest] = pressPaths();
    const known = sha256Hex(await readFile(first!));
    const report = await run([first!, ...rest], [known]);
    expect(report.imported).toHaveLength(4);
    expect(report.duplicates).toEqual([{ fileName: expect.any(String), path: first, reason: 'its content is already in the project.' }]);
  });

  test('the same content twice in one batch is imported once; the copy is named as a duplicate of the first', async () => {
    const original = pressPaths()[1]!;
    const copy = await write('copy of news.txt', await readFile(original));
    const report = await run([original, copy]);
    expect(report.imported).toHaveLength(1);
    expect(report.duplicates[0]).toMatchObject({ fileName: 'copy of news.txt', reason: expect.stringContaining('01-station-news.txt') });
  });

  test('Windows line endings and a byte-order mark give the same canonical text', async () => {
    const path = await write('crlf.txt', '\uFEFFLine one\r\nLine two\r\n\r\nNext paragraph\r\n');
    const [doc] = (await run([path])).imported;
    expect(doc!.text).toBe('Line one\nLine two\n\nNext paragraph');
    expect(doc!.extraction.encoding).toBe('UTF-8 (with BOM)');
  });
});

describe('files that cannot be imported', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  // Valid UTF-8 ("café") followed by a byte that no UTF-8 text contains: a damaged file.
  const damagedUtf8 = Uint8Array.from([...new TextEncoder().encode('Le café est '), 0xff, 0x20, ...new TextEncoder().encode('fermé.')]);

  test.each([
    ['empty.txt', new Uint8Array(0), /empty/],
    ['photo.txt', png, /not a text file/],
    ['damaged.txt', damagedUtf8, /not valid UTF-8/],
    ['blank.txt', new TextEncoder().encode(' \n\n \t\n'), /no text/],
    ['notes.xyz', new TextEncoder().encode('text'), /does not read \.xyz files/],
  ])('%s is refused with its reason; the rest of the batch imports and the library is unchanged', async (name, bytes, reason) => {
    const good = pressPaths()[2]!;
    const first = await run([good]);
    const before = await listing(libraryDir);
    const bad = await write(name, bytes);
    const report = await run([bad, pressPaths()[3]!], [first.imported[0]!.sha256]);
    expect(report.refused).toEqual([{ fileName: name, path: bad, reason: expect.stringMatching(reason) }]);
    expect(report.imported.map((d) => d.fileName)).toEqual([pressPaths()[3]!.split('/').at(-1)]);
    expect(await listing(libraryDir)).toEqual([...before, `${report.imported[0]!.sha256}.txt`].sort());
  });

  test('a file that vanished before it was read is refused, not an error', async () => {
    const path = await write('gone.txt', 'here a moment ago');
    await rm(path);
    const report = await run([path]);
    expect(report.refused[0]!.reason).toMatch(/no longer there/);
  });

  test('a file over the size limit is refused without being read', async () => {
    const path = await write('big.txt', 'x'.repeat(2048));
    const report = await run([path], [], { maxFileBytes: 1024 });
    expect(report.refused[0]!.reason).toMatch(/over the limit of 0\.0 MB|over the limit/);
    expect(await listing(libraryDir)).toEqual([]);
  });

  test('a file that grows past the size limit after it was listed is refused with its new size, not imported whole', async () => {
    // Named on its own, so the walk has its size already; a recording still being written grows after.
    const path = await write('recording.txt', 'short at first');
    const report = await run([path], [], { maxFileBytes: 1024, onProgress: () => appendFileSync(path, 'x'.repeat(4096)) });
    expect(report.imported).toEqual([]);
    expect(report.refused).toEqual([{ fileName: 'recording.txt', path, reason: expect.stringMatching(/grew to 0\.0 MB while it was being imported, over the limit/) }]);
    expect(await listing(libraryDir)).toEqual([]);
  });

  test('cancelling keeps the documents finished before and says so', async () => {
    const report = await run(pressPaths(), [], cancelledAfterExtracting(2));
    expect(report.cancelled).toBe(true);
    expect(report.imported).toHaveLength(2);
  });
});

describe('documents sent in batches while the import runs', () => {
  test('batches are numbered and follow the order given; the report counts them; each document carries its word count', async () => {
    const paths = pressPaths();
    const report = await run(paths, [], { batchLimits: { documents: 2, chars: 10_000_000, waitMs: 10_000, tableRows: 2 } });
    expect(report.batchList.map((b) => [b.jobId, b.index, b.documents.length])).toEqual([
      [JOB, 0, 2],
      [JOB, 1, 2],
      [JOB, 2, 1],
    ]);
    expect(report.imported.map((d) => d.path)).toEqual(paths);
    expect([report.batches, report.documents]).toEqual([3, 5]);
    for (const doc of report.imported) expect(doc.words).toBe(countWords(doc.text));
  });

  test('a copy of a document sent in an earlier batch is a duplicate, not sent again', async () => {
    const [first, ...rest] = pressPaths();
    const copy = await write('copy of the first.txt', await readFile(first!));
    const report = await run([first!, ...rest, copy], [], { batchLimits: { documents: 2, chars: 10_000_000, waitMs: 10_000, tableRows: 2 } });
    expect(report.batchList[0]!.documents[0]!.path).toBe(first);
    expect(report.imported.map((d) => d.path)).toEqual([first, ...rest]);
    expect(report.duplicates).toEqual([{ fileName: 'copy of the first.txt', path: copy, reason: expect.stringContaining(first!.split('/').at(-1)!) }]);
  });

  test('a cancelled import sends every document finished before the cancel, and only those', async () => {
    const report = await run(pressPaths(), [], { ...cancelledAfterExtracting(3), batchLimits: { documents: 2, chars: 10_000_000, waitMs: 10_000, tableRows: 2 } });
    expect(report.cancelled).toBe(true);
    expect(report.imported.map((d) => d.path)).toEqual(pressPaths().slice(0, 3));
    expect([report.batches, report.documents]).toEqual([2, 3]);
    expect(await listing(libraryDir)).toEqual(report.imported.map((d) => d.storedName).sort());
  });
});
