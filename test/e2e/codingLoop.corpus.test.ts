// The coding loop (codingLoop.ts) on the reference corpus: five real documents with the quirks of
// real sources (indented captions, U+25CF bullets, blank runs inside sentences, no-break spaces).
import { expect, test } from 'vitest';
import { codeReopenAndExport } from './codingLoop';
import { seedPaths } from '../fixtures/referenceCorpus';

test('import the reference corpus, code passages with each code, reopen, export CSV that slices back', async () => {
  const { exported, coded, pageErrors } = await codeReopenAndExport({
    paths: seedPaths(),
    passages: [
      { doc: '000_8fa37899decf97f1', code: 'pledge', text: 'In my next term, we will expand these programs' },
      { doc: '001_7cf2908493edfbbd', code: 'claim', text: 'Krasner faces numerous challenges when he takes office in January' },
      { doc: '002_6f481a5a51487085', code: 'criticism', text: 'looking for a wider array of excuses to NOT prosecute actual criminals' },
      { doc: '002_6f481a5a51487085', code: 'metric', text: 'Philadelphia set a new record for homicides in 2021, with 562 in total' },
      // Overlaps the metric passage above: one passage, two codes.
      { doc: '002_6f481a5a51487085', code: 'claim', text: 'a new record for homicides' },
      { doc: '003_3827fcb4d4eedffb', code: 'metric', text: 'In 2017, the Philadelphia Police Department launched a diversion program' },
    ],
    overlap: '002_6f481a5a51487085',
    inBoth: 'new record for',
  });
  // Every passage coded is exported once, in document order, with its code and exact text.
  expect(exported).toEqual(coded);
  expect(pageErrors).toEqual([]);
});
