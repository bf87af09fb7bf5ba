// The import pipeline on the reference corpus: five real documents, as their sources published them.
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { inProcessExtractor } from '../../../electron/extract/extractor';
import { expectStoredAndExtracted, importCollecting } from './collectImport';
import { tempDir } from '../fixtures';
import { seedPaths } from '../../fixtures/referenceCorpus';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

test('imports the five seed documents, stores each original under its SHA-256, extracts canonical text', async () => {
  const libraryDir = join(work.path, 'library');
  const report = await importCollecting(
    { jobId: '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a01', paths: seedPaths(), knownSha256: [] },
    { libraryDir, extractor: inProcessExtractor, onProgress: () => {} },
  );
  expect(report.refused).toEqual([]);
  await expectStoredAndExtracted(report, libraryDir, 5);
});
