// The drag-select bug of issue 9 where it was found: the reference corpus's "Progressive magazine",
// a claim coded on "voters chose … margin", then a drag over "a nearly 18-point margin".
import { expect, test } from 'vitest';
import { dragOverTheClaimsEnd, type DragScenario } from './dragSelect';
import { seedPaths } from '../fixtures/referenceCorpus';

test('in the Progressive magazine piece, a drag over the end of a coded claim selects and codes just those words', async () => {
  const progressive: DragScenario = {
    path: seedPaths()[4]!,
    doc: '004_c26d35726d52cf95',
    claim: 'voters chose civil rights lawyer and reformist Larry Krasner by a nearly 18-point margin',
    figure: 'a nearly 18-point margin',
  };
  const { drawn, pageErrors } = await dragOverTheClaimsEnd(progressive);
  // Two codes, one passage each: the claim kept its extent (the handle under the pointer did not move
  // it), and the metric is on the figure.
  expect(drawn).toEqual([progressive.claim, progressive.figure].sort());
  expect(pageErrors).toEqual([]);
});
