// Temporary folders and the reference corpus, for main-process tests.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const SEEDS_DIR = join(CORPUS_DIR, 'seeds');
export const seedPaths = (): string[] => readdirSync(SEEDS_DIR).sort().map((f) => join(SEEDS_DIR, f));

export async function tempDir(prefix = 'fw-test-'): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** The library folder's file names, for checking that a refused import left it as it was. */
export async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort();
}
