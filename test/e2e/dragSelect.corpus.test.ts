// The drag-select bug of issue 9 where it was found: the reference corpus's "Progressive magazine",
// a claim coded on "voters chose … margin", then a drag over "a nearly 18-point margin".
import { test } from 'vitest';
import { dragOverTheClaimsEnd } from './dragSelect';
import { seedPaths } from '../fixtures/referenceCorpus';

test('in the Progressive magazine piece, a drag over the end of a coded claim selects and codes just those words', async () => {
  await dragOverTheClaimsEnd({
    path: seedPaths()[4]!,
    doc: '004_c26d35726d52cf95',
    claim: 'voters chose civil rights lawyer and reformist Larry Krasner by a nearly 18-point margin',
    figure: 'a nearly 18-point margin',
  });
});
