// The detector on the reference corpus: its questionnaire (a PDF's text, wrapped at 50 to 75
// characters) is hard-wrapped; the four web articles, whose paragraphs are one line each, are not.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, test } from 'vitest';
import { looksHardWrapped } from '../../../shared/text/hardWrap';
import { toCanonicalText } from '../../../shared/text/canonical';
import { seedPaths } from '../../fixtures/referenceCorpus';

test('of the reference corpus, only the questionnaire is shown reflowed by default', () => {
  const wrapped = seedPaths().map((path) => [basename(path), looksHardWrapped(toCanonicalText(readFileSync(path, 'utf8')))]);
  expect(wrapped).toEqual([
    ['000_8fa37899decf97f1.txt', true],
    ['001_7cf2908493edfbbd.txt', false],
    ['002_6f481a5a51487085.txt', false],
    ['003_3827fcb4d4eedffb.txt', false],
    ['004_c26d35726d52cf95.txt', false],
  ]);
});
