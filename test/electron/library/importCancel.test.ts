// Cancel during an import of large files: what is already being extracted finishes (its document kept,
// its original stored whole), and what was only waiting for its turn is neither read nor extracted, so
// the import stops after the files in hand rather than after every file the import had taken on.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { inProcessExtractor, type Extractor } from '../../../electron/extract/extractor';
import { importCollecting } from './collectImport';
import { listing, tempDir } from '../fixtures';

const JOB = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a06';
let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

test('Cancel pressed while a large file is extracted: the files waiting for room are not read or extracted after it', async () => {
  const paths = await Promise.all(
    Array.from({ length: 6 }, async (_, i) => {
      const path = join(work.path, `transcript-${i}.txt`);
      await writeFile(path, `Transcript ${i}. `.repeat(100));
      return path;
    }),
  );
  let cancelled = false;
  const extracted: string[] = [];
  // One worker: the researcher presses Cancel while it reads the first file.
  const extractor: Extractor = {
    parallelism: 1,
    extract: async (input, original) => {
      extracted.push(input.fileName);
      cancelled = true;
      return inProcessExtractor.extract(input, original);
    },
    readTable: inProcessExtractor.readTable,
  };
  const libraryDir = join(work.path, 'library');
  // Room for one file's bytes at a time, as for large files under the real budget.
  const report = await importCollecting(
    { jobId: JOB, paths, knownSha256: [] },
    { libraryDir, extractor, onProgress: () => {}, isCancelled: () => cancelled, bytesInFlight: 1900 },
  );
  expect(report.cancelled).toBe(true);
  expect(extracted).toEqual(['transcript-0.txt']);
  expect(report.imported.map((d) => d.fileName)).toEqual(['transcript-0.txt']);
  expect([report.refused, report.duplicates]).toEqual([[], []]);
  expect(await listing(libraryDir)).toEqual([report.imported[0]!.storedName]);
});
