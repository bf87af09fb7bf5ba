// Cancel during an import: what waits for its turn is neither read nor extracted; what is being read
// is given up on at once (no waiting for a long PDF to end, no original stored for it); what was read
// already is kept, its original stored whole. The report says cancelled and lists what came before.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { inProcessExtractor, type Extractor } from '../../../electron/extract/extractor';
import { ImportJobs } from '../../../electron/library/importJobs';
import type { ImportBatch } from '../../../shared/ipc';
import { importCollecting } from './collectImport';
import { listing, tempDir } from '../fixtures';

const JOB = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a06';
let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

test('Cancel pressed as a large file is read: the files waiting for room are not read or extracted after it', async () => {
  const paths = await Promise.all(
    Array.from({ length: 6 }, async (_, i) => {
      const path = join(work.path, `transcript-${i}.txt`);
      await writeFile(path, `Transcript ${i}. `.repeat(100));
      return path;
    }),
  );
  const cancel = new AbortController();
  const extracted: string[] = [];
  // One worker: the researcher presses Cancel just as it has read the first file, which is kept.
  const extractor: Extractor = {
    parallelism: 1,
    extract: async (input, original) => {
      extracted.push(input.fileName);
      const read = await inProcessExtractor.extract(input, original);
      cancel.abort();
      return read;
    },
    readTable: inProcessExtractor.readTable,
  };
  const libraryDir = join(work.path, 'library');
  // Room for one file's bytes at a time, as for large files under the real budget.
  const report = await importCollecting(
    { jobId: JOB, paths, knownSha256: [] },
    { libraryDir, extractor, onProgress: () => {}, signal: cancel.signal, bytesInFlight: 1900 },
  );
  expect(report.cancelled).toBe(true);
  expect(extracted).toEqual(['transcript-0.txt']);
  expect(report.imported.map((d) => d.fileName)).toEqual(['transcript-0.txt']);
  expect([report.refused, report.duplicates]).toEqual([[], []]);
  expect(await listing(libraryDir)).toEqual([report.imported[0]!.storedName]);
});

/**
 * An extractor whose `long-*` files are read until the import is cancelled, as a 150 MB PDF would be
 * for a minute; the others are read at once, in this thread.
 */
function longFileExtractor() {
  const started: string[] = [];
  let longStarted!: () => void;
  const reading = new Promise<void>((resolve) => (longStarted = resolve));
  const extractor: Extractor = {
    parallelism: 1,
    extract: (input, original, signal) => {
      started.push(input.fileName);
      if (!input.fileName.startsWith('long-')) return inProcessExtractor.extract(input, original, signal);
      longStarted();
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    },
    readTable: inProcessExtractor.readTable,
  };
  return { extractor, started, reading };
}

async function writeTexts(names: string[]): Promise<string[]> {
  return Promise.all(
    names.map(async (name) => {
      const path = join(work.path, name);
      await writeFile(path, `The text of ${name}.`);
      return path;
    }),
  );
}

test('Cancel pressed while a long file is being extracted: the import ends without waiting for it, says cancelled and lists what came before', async () => {
  const paths = await writeTexts(['first.txt', 'long-report.txt', 'after.txt']);
  const { extractor, started, reading } = longFileExtractor();
  const jobs = new ImportJobs();
  const batches: ImportBatch[] = [];
  const libraryDir = join(work.path, 'library');
  const running = jobs.run({ jobId: JOB, paths, knownSha256: [] }, { libraryDir, extractor, onProgress: () => {}, onBatch: (b) => batches.push(b), bytesInFlight: 1 });
  await reading;
  expect(jobs.cancel(JOB)).toBe(true);
  const report = await running;
  expect(report.cancelled).toBe(true);
  expect(batches.flatMap((b) => b.documents.map((d) => d.fileName))).toEqual(['first.txt']);
  expect([report.refused, report.duplicates]).toEqual([[], []]);
  expect(started).toEqual(['first.txt', 'long-report.txt']);
  // Only the original of the document imported is in the library: none of the file cut short.
  expect(await listing(libraryDir)).toEqual(batches.flatMap((b) => b.documents.map((d) => d.storedName)));
  expect(jobs.isRunning(JOB)).toBe(false);
}, 10_000);

test('cancelling one import leaves another running at the same time (a second window) to finish', async () => {
  const other = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a07';
  const mine = await writeTexts(['long-interview.txt', 'mine-after.txt']);
  const theirs = await writeTexts(['theirs-1.txt', 'theirs-2.txt']);
  const { extractor, reading } = longFileExtractor();
  const jobs = new ImportJobs();
  const context = { libraryDir: join(work.path, 'library'), extractor, onProgress: () => {}, onBatch: () => {} };
  const cancelledOne = jobs.run({ jobId: JOB, paths: mine, knownSha256: [] }, context);
  await reading;
  const otherOne = jobs.run({ jobId: other, paths: theirs, knownSha256: [] }, context);
  expect(jobs.cancel(JOB)).toBe(true);
  const [cancelledReport, otherReport] = await Promise.all([cancelledOne, otherOne]);
  expect([cancelledReport.cancelled, cancelledReport.documents]).toEqual([true, 0]);
  expect([otherReport.cancelled, otherReport.documents, otherReport.refused]).toEqual([false, 2, []]);
}, 10_000);

test('the in-process extractor honours a cancel: an extraction cancelled is refused with the reason and stores no original', async () => {
  const libraryDir = join(work.path, 'library');
  const place = { libraryDir, sha256: 'a'.repeat(64), extension: 'txt' };
  const input = () => ({ fileName: 'a.txt', format: 'txt' as const, bytes: new TextEncoder().encode('Some text.') });
  const before = new AbortController();
  before.abort(new Error('cancelled before'));
  await expect(inProcessExtractor.extract(input(), place, before.signal)).rejects.toThrow('cancelled before');
  await expect(inProcessExtractor.readTable({ ...input(), fileName: 'a.csv', format: 'csv' }, before.signal)).rejects.toThrow('cancelled before');
  const during = new AbortController();
  const extracting = inProcessExtractor.extract(input(), place, during.signal);
  during.abort(new Error('cancelled while reading'));
  await expect(extracting).rejects.toThrow('cancelled while reading');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await listing(libraryDir)).toEqual([]);
});
