// Files for the end-to-end tests beside the press texts (../fixtures/press.ts): generated corpora, and
// what a test reads back of an export.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { toCanonicalText } from '../../shared/text/canonical';
import { writeCorpus } from '../fixtures/corpusGenerator';

/** Writes `docs` generated .txt documents of about `words` words into `folder` (`doc-1.txt`, `doc-2.txt`…). */
export function makeCorpus(folder: string, docs: number, words: number): void {
  writeCorpus(folder, { docs, words });
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
