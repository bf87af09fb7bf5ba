// Memory during an import is bounded by bytes, not by the number of files: however many lanes read
// files at once, the bytes of the files held (read, hashed, being extracted) stay within the budget;
// a file larger than the whole budget still goes, alone; a file larger than Node can read is refused
// with a reason.
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inProcessExtractor, type Extractor } from '../../../electron/extract/extractor';
import { ByteBudget } from '../../../electron/library/byteBudget';
import { importCollecting } from './collectImport';
import { tempDir } from '../fixtures';

const MB = 1024 * 1024;
const JOB = '0b0e7f0c-5a4e-4a55-9a43-1d1f8d9e6a01';
let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

/**
 * An extractor of 8 workers that records how many bytes and which files it holds at once. It keeps
 * each file until the import has handed it as many files as it may hold at once (`full`, which the
 * test knows from its budget and file sizes) or every file it will extract (`files`): an event, not a
 * pause, so the peak it records is the budget's doing whatever the speed of the machine.
 */
function recordingExtractor(files: number, full: (held: ReadonlyMap<string, number>) => boolean) {
  const held = new Map<string, number>();
  const record = { peakBytes: 0, peakFiles: 0, alongside: new Map<string, string[]>() };
  let arrived = 0;
  let release: Array<() => void> = [];
  const extractor: Extractor = {
    parallelism: 8,
    extract: async (input, original) => {
      arrived++;
      held.set(input.fileName, input.bytes.byteLength);
      const bytes = [...held.values()].reduce((a, b) => a + b, 0);
      record.peakBytes = Math.max(record.peakBytes, bytes);
      record.peakFiles = Math.max(record.peakFiles, held.size);
      record.alongside.set(input.fileName, [...held.keys()].filter((name) => name !== input.fileName));
      const released = new Promise<void>((resolve) => release.push(resolve));
      if (full(held) || arrived === files) {
        for (const go of release) go();
        release = [];
      }
      await released;
      try {
        return await inProcessExtractor.extract(input, original);
      } finally {
        held.delete(input.fileName);
      }
    },
    readTable: inProcessExtractor.readTable,
  };
  return { extractor, record };
}

async function textFile(name: string, megabytes: number, seed: string): Promise<string> {
  const path = join(work.path, name);
  const line = `${seed}: a line of an interview transcript.\n`;
  await writeFile(path, line.repeat(Math.ceil((megabytes * MB) / line.length)));
  return path;
}

// Each test writes and imports tens of megabytes: on a loaded two-core machine that outlasts vitest's 5 s.
describe('the bytes an import holds at once', { timeout: 120_000 }, () => {
  test('stay within the budget however many lanes there are; every file still imports, in order', async () => {
    const paths = await Promise.all(Array.from({ length: 24 }, (_, i) => textFile(`transcript-${String(i).padStart(2, '0')}.txt`, 3, `T${i}`)));
    // 3 files of 3 MB fit in the budget of 10 MB.
    const { extractor, record } = recordingExtractor(paths.length, (held) => held.size === 3);
    const report = await importCollecting(
      { jobId: JOB, paths, knownSha256: [] },
      { libraryDir: join(work.path, 'library'), extractor, onProgress: () => {}, bytesInFlight: 10 * MB },
    );
    expect(report.refused).toEqual([]);
    expect(report.imported.map((d) => d.path)).toEqual(paths);
    // 3 files of 3 MB fit in 10 MB; a fourth would not. Without the budget, 36 lanes held all 24 (72 MB).
    expect(record.peakBytes).toBeLessThanOrEqual(10 * MB);
    expect(record.peakFiles).toBe(3);
  });

  test('a file larger than the whole budget is imported alone, then the others go on; duplicates are still found', async () => {
    const small = await Promise.all(['a', 'b', 'c', 'd'].map((name) => textFile(`${name}.txt`, 2, name)));
    const big = await textFile('big.txt', 12, 'big');
    const copy = await textFile('copy of a.txt', 2, 'a');
    // Two small files fit in the budget of 5 MB; the big one is alone. The copy is not extracted.
    const { extractor, record } = recordingExtractor(5, (held) => held.size === 2 || held.has('big.txt'));
    const report = await importCollecting(
      { jobId: JOB, paths: [small[0]!, small[1]!, big, small[2]!, copy, small[3]!], knownSha256: [] },
      { libraryDir: join(work.path, 'library'), extractor, onProgress: () => {}, bytesInFlight: 5 * MB },
    );
    expect(report.imported.map((d) => d.fileName)).toEqual(['a.txt', 'b.txt', 'big.txt', 'c.txt', 'd.txt']);
    expect(report.duplicates.map((d) => d.fileName)).toEqual(['copy of a.txt']);
    expect(record.alongside.get('big.txt')).toEqual([]);
    expect(record.peakBytes).toBeLessThanOrEqual(12 * MB + 1 * MB);
  });

  test('a file larger than Node reads in one piece (2 GiB) is refused with what to do, not a JavaScript error', async () => {
    const path = join(work.path, 'archive.txt');
    await writeFile(path, '');
    await truncate(path, 2 ** 31); // sparse: takes no disk space
    const report = await importCollecting(
      { jobId: JOB, paths: [path], knownSha256: [], maxFileBytes: 2 * 1024 * MB },
      { libraryDir: join(work.path, 'library'), extractor: inProcessExtractor, onProgress: () => {} },
    );
    expect(report.refused).toEqual([
      {
        fileName: 'archive.txt',
        path,
        reason: 'it is 2048 MB, more than Framewise can read of one file (just under 2 GB). Split it into smaller files (a PDF by chapters, a spreadsheet by waves) and import those.',
      },
    ]);
  });
});

describe('ByteBudget', () => {
  test('grants turns in order: a later small file never overtakes an earlier one waiting for room', async () => {
    const budget = new ByteBudget(10);
    const granted: number[] = [];
    const releaseFirst = await budget.acquire(0, 8);
    const second = budget.acquire(1, 5).then((release) => (granted.push(1), release));
    const third = budget.acquire(2, 1).then((release) => (granted.push(2), release));
    // A grant takes its bytes at once (held counts them before its promise settles): neither waiting
    // turn has been granted.
    expect(budget.held).toBe(8);
    expect(granted).toEqual([]);
    releaseFirst();
    (await second)();
    (await third)();
    expect(granted).toEqual([1, 2]);
    expect(budget.held).toBe(0);
  });

  test('a skipped turn lets the next one through; a release counts once', async () => {
    const budget = new ByteBudget(10);
    const later = budget.acquire(1, 4);
    budget.skip(0);
    const release = await later;
    expect(budget.held).toBe(4);
    release();
    release();
    expect(budget.held).toBe(0);
  });
});
