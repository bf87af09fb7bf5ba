// Main notes each import as it starts; the note stays until the window says the import's documents are
// written, so an import a crash cut short is found at the next start.
import { join } from 'node:path';
import { writeFile, mkdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ImportRecords } from '../../../electron/library/importRecords';
import { tempDir } from '../fixtures';
import { failures } from '../failingFs';

// A note that cannot be read just now, as one another program holds open on Windows.
vi.mock('node:fs/promises', async (load) => (await import('../failingFs')).failingFsPromises(await load()));

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
  failures.clear();
});
afterEach(() => work.remove());

const record = (jobId: string, startedAt: string) => ({ jobId, projectId: 'p1', paths: ['/home/ana/interviews'], startedAt });

describe('notes of running imports', () => {
  test('are listed oldest first until forgotten', async () => {
    const records = new ImportRecords(join(work.path, 'imports'));
    await records.note(record('00000000-0000-4000-8000-000000000002', '2026-03-05T10:00:00.000Z'));
    await records.note(record('00000000-0000-4000-8000-000000000001', '2026-03-05T09:00:00.000Z'));
    expect((await records.list()).map((r) => r.jobId)).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']);
    expect(await records.forget('00000000-0000-4000-8000-000000000001')).toBe(true);
    expect(await records.forget('00000000-0000-4000-8000-000000000001')).toBe(false);
    expect((await records.list()).map((r) => r.jobId)).toEqual(['00000000-0000-4000-8000-000000000002']);
  });

  test('a damaged note is dropped, not offered', async () => {
    const folder = join(work.path, 'imports');
    await mkdir(folder);
    await writeFile(join(folder, 'broken.json'), '{"jobId": 3');
    expect(await new ImportRecords(folder).list()).toEqual([]);
  });

  test('a note that cannot be read just now is kept for the next time, not dropped as damaged', async () => {
    const folder = join(work.path, 'imports');
    const records = new ImportRecords(folder);
    const jobId = '00000000-0000-4000-8000-000000000003';
    await records.note(record(jobId, '2026-03-05T09:00:00.000Z'));
    failures.set(join(folder, `${jobId}.json`), 'EBUSY');
    expect(await records.list()).toEqual([]);
    failures.clear();
    expect((await records.list()).map((r) => r.jobId)).toEqual([jobId]);
  });

  test('none before the first import', async () => {
    expect(await new ImportRecords(join(work.path, 'none')).list()).toEqual([]);
  });
});
