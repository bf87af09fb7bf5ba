// The reference corpus's own manifest (../shared/corpus/manifest.json), as a researcher would import it.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parseManifest } from '../../../shared/library/manifest';
import { CORPUS_MANIFEST } from '../../fixtures/referenceCorpus';

test('the reference corpus’s manifest.json: an object with a documents array, paths reduced to file names', () => {
  const manifest = parseManifest(readFileSync(CORPUS_MANIFEST, 'utf8'), 'manifest.json');
  expect(manifest.warnings).toEqual([]);
  expect(manifest.entries).toHaveLength(5);
  expect(manifest.entries[1]).toEqual({
    file: '001_7cf2908493edfbbd.txt',
    path: 'seeds/001_7cf2908493edfbbd.txt',
    title: 'TV station news: the DA-elect met other big-city progressive prosecutors',
    metadata: {},
    attributes: {
      genre: 'news',
      voice: 'mainstream local TV news',
      leaning: 'center',
      year: 2017,
      notes: 'Indented paragraphs, a caption block, quotes from a spokesman.',
    },
  });
});
