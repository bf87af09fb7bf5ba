// The pipeline as the app runs it: extraction in the bundled worker pool.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importCollecting } from './collectImport';
import { ExtractorPool } from '../../../electron/extract/workerPool';
import { ImportJobs } from '../../../electron/library/importJobs';
import { previewTable } from '../../../electron/library/previewTable';
import { listing, tempDir } from '../fixtures';
import { buildWorker } from '../extract/workerBuild';
import { ManualFileClock } from '../extract/manualFileClock';
import { docxFile, w, xlsxFile } from '../extract/fixtureFiles';

let worker: Awaited<ReturnType<typeof buildWorker>>;
let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  worker = await buildWorker();
  work = await tempDir();
}, 120_000);
afterAll(async () => {
  await work?.remove();
  await worker?.remove();
});

test('a slow file in a batch hits the time limit and is refused; the files around it import', async () => {
  // The test, not the machine's speed, decides which file is too slow: a real .docx took longer than
  // 200 ms on a loaded machine and was refused too.
  const time = new ManualFileClock();
  void time.expire('huge.html');
  const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1, timeLimitMs: 200, clock: time.clock });
  try {
    const paths = [join(work.path, 'before.docx'), join(work.path, 'huge.html'), join(work.path, 'after.txt')];
    await writeFile(paths[0]!, docxFile(w.p(w.r('Before the slow file.'))));
    await writeFile(paths[1]!, `<html><body>${'<p>A paragraph of an enormous page, <b>bold</b>.</p>\n'.repeat(200_000)}</body></html>`);
    await writeFile(paths[2]!, 'After the slow file.');
    const libraryDir = join(work.path, 'library');
    const report = await importCollecting(
      { jobId: '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a03', paths, knownSha256: [] },
      { libraryDir, extractor: pool, onProgress: () => {} },
    );
    expect(report.imported.map((d) => d.text)).toEqual(['Before the slow file.', 'After the slow file.']);
    expect(report.refused).toEqual([{ fileName: 'huge.html', path: paths[1], reason: 'it took longer than 0.2 s to read; it may be damaged.' }]);
    expect(await listing(libraryDir)).toEqual(report.imported.map((d) => d.storedName).sort());
  } finally {
    await pool.close();
  }
}, 60_000);

test('Cancel pressed while the pool reads a long page: the import ends without waiting for it, says cancelled, keeps the file before, and stores nothing of the page', async () => {
  let reading!: () => void;
  const pageStarted = new Promise<void>((resolve) => (reading = resolve));
  // A clock that never runs out: the page is read until the cancel, however long that takes.
  const pool = new ExtractorPool({
    workerPath: worker.workerPath,
    size: 1,
    clock: ({ fileName }) => {
      if (fileName === 'long.html') reading();
      return () => {};
    },
  });
  try {
    const paths = [join(work.path, 'before-cancel.txt'), join(work.path, 'long.html'), join(work.path, 'not-reached.txt')];
    await writeFile(paths[0]!, 'Read before the cancel.');
    await writeFile(paths[1]!, `<html><body>${'<p>A paragraph of a page that takes long to read, <b>bold</b>.</p>\n'.repeat(400_000)}</body></html>`);
    await writeFile(paths[2]!, 'Never reached.');
    const libraryDir = join(work.path, 'cancelled-library');
    const jobs = new ImportJobs();
    const jobId = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a08';
    const imported: string[] = [];
    const running = jobs.run(
      { jobId, paths, knownSha256: [] },
      { libraryDir, extractor: pool, onProgress: () => {}, onBatch: (batch) => imported.push(...batch.documents.map((d) => d.storedName)) },
    );
    await pageStarted;
    jobs.cancel(jobId);
    // A file of another import, sent after the cancel: the import ends before the pool could read it.
    const probe = pool.extract({ fileName: 'probe.html', format: 'html', bytes: new TextEncoder().encode('<p>after</p>') });
    const report = await Promise.race([running, probe.then(() => 'the pool read a file before the import ended')]);
    expect(report).toMatchObject({ cancelled: true, documents: 1, refused: [], duplicates: [] });
    expect(await listing(libraryDir)).toEqual(imported);
    expect((await probe).value.text).toBe('after');
  } finally {
    await pool.close();
  }
}, 60_000);

test('previewTable reads the columns and first rows of a spreadsheet in the pool', async () => {
  const pool = new ExtractorPool({ workerPath: worker.workerPath, size: 1 });
  try {
    const path = join(work.path, 'survey.xlsx');
    await writeFile(path, xlsxFile([['id', 'answer'], ...Array.from({ length: 8 }, (_, i) => [i + 1, `Answer ${i + 1}`])]));
    expect(await previewTable(path, pool)).toEqual({
      fileName: 'survey.xlsx',
      columns: ['id', 'answer'],
      rows: [1, 2, 3, 4, 5].map((i) => [String(i), `Answer ${i}`]),
      rowCount: 8,
    });
  } finally {
    await pool.close();
  }
}, 30_000);
