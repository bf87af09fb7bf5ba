// The files the import probes (importMain.probe.ts, importTimeline.probe.ts) import: those of
// import.bench.ts, and a fresh parent for the data folders under the home folder, as the bench's.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../fixtures/corpusGenerator';

export function importProbeCorpus(docs: number): { paths: string[]; dataParent: string; remove(): void } {
  const corpus = mkdtempSync(join(tmpdir(), 'fw-probe-import-'));
  mkdirSync(join(homedir(), '.cache'), { recursive: true });
  const dataParent = mkdtempSync(join(homedir(), '.cache', 'framewise-probe-'));
  writeCorpus(corpus, { docs, words: 800, formats: ['txt', 'md', 'html'] });
  const paths = readdirSync(corpus)
    .filter((f) => f !== 'manifest.json')
    .sort()
    .map((f) => join(corpus, f));
  return {
    paths,
    dataParent,
    remove: () => {
      rmSync(corpus, { recursive: true, force: true });
      rmSync(dataParent, { recursive: true, force: true });
    },
  };
}
