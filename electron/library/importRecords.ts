// Imports that a crash or a closed window interrupted. Main notes each import as it starts, in
// `<userData>/imports/<job id>.json` (the granted paths, the spreadsheet choices and the manifest); the window
// forgets the note once it has written every document of the import, or has reported why it stopped.
// A note still there at the next start is an import that never finished: the window offers to resume
// it, and main grants its paths again (they were granted to it before, by the researcher). Resuming
// imports what is missing: the import skips the content the project has already (knownSha256).
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { importRequest, type InterruptedImport } from '../../shared/ipc';
import { writeFileAtomic } from '../fsAtomic';

const recordSchema = z.object({
  jobId: z.string().uuid(),
  projectId: z.string().nullable(),
  paths: importRequest.shape.paths,
  tables: importRequest.shape.tables,
  manifest: importRequest.shape.manifest,
  startedAt: z.string(),
});

export class ImportRecords {
  constructor(private readonly folder: string) {}

  async note(record: InterruptedImport): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(join(this.folder, `${record.jobId}.json`), JSON.stringify(record));
  }

  async forget(jobId: string): Promise<boolean> {
    if (!z.string().uuid().safeParse(jobId).success) return false;
    const path = join(this.folder, `${jobId}.json`);
    const existed = await readFile(path).then(() => true, () => false);
    await rm(path, { force: true });
    return existed;
  }

  /**
   * The notes left, oldest first. A note that does not parse is dropped; one that cannot be read now
   * (held open by another program) is left for the next time: it may be the only sign of an import
   * that stopped half-way.
   */
  async list(): Promise<InterruptedImport[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const records: InterruptedImport[] = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const text = await readFile(join(this.folder, name), 'utf8').catch(() => null);
      if (text === null) continue;
      const parsed = recordSchema.safeParse(parseJson(text));
      if (parsed.success) records.push(parsed.data);
      else await rm(join(this.folder, name), { force: true });
    }
    return records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
