// Main notes each import as it starts; the note stays until the window says the import's documents are
// written, so an import a crash cut short is found at the next start.
import { join } from 'node:path';
import { writeFile, mkdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ImportRecords } from '../../../electron/library/importRecords';
import { tempDir } from '../fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
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

  test('none before the first import', async () => {
    expect(await new ImportRecords(join(work.path, 'none')).list()).toEqual([]);
  });
});
