// The reference corpus as the end-to-end tests use it, and generated corpora.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { toCanonicalText } from '../../shared/text/canonical';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const SEEDS_DIR = join(CORPUS_DIR, 'seeds');
export const seedPaths = (): string[] => readdirSync(SEEDS_DIR).sort().map((f) => join(SEEDS_DIR, f));

/** Writes `docs` generated .txt documents of about `words` words into `folder` (../shared/tools/make-corpus.mjs). */
export function makeCorpus(folder: string, docs: number, words: number): void {
  execFileSync('node', [join(import.meta.dirname, '..', '..', '..', 'shared', 'tools', 'make-corpus.mjs'), '--out', folder, '--docs', String(docs), '--words', String(words)]);
}

/** The canonical text a file should have in Framewise, read independently of the app. */
export function canonicalTextOf(path: string): string {
  return toCanonicalText(readFileSync(path, 'utf8'));
}

export function readCsv(path: string): Array<Record<string, string>> {
  const content = readFileSync(path, 'utf8');
  const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`CSV ${path} does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.data;
}

/** The reference definitions of the default codes (manifest.json), by code name. */
export function referenceDefinitions(): Record<string, string> {
  return (JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { codes: Record<string, string> }).codes;
}
