// The scale benchmark's code, run at a tiny scale as a test (not timed: nothing here depends on the
// machine's speed), so that it cannot rot between benchmark runs. Each of its measurements waits for
// what the screen must show (every code's count, the opened document's 10 codings listed and
// highlighted, every drawn Library row with its document's count, each applied code painted), so a
// run that ends has seen them right, in a project of 400 codings and in one of 12.
import { expect, test } from 'vitest';
import { measureScale } from '../bench/scale.bench';

test('the scale benchmark builds both projects and measures every figure, at a tiny scale', async () => {
  const { sparse, dense } = await measureScale({ docs: 4, words: 300, dense: 400, sparse: 12, ofOpened: 10, runs: 1, applications: 3 }, () => {});
  for (const project of [sparse, dense]) {
    expect(project.codebookFinal).toHaveLength(1);
    expect(project.codebookAfterCodes[0]).toBeGreaterThanOrEqual(0);
    expect(project.opens).toHaveLength(1);
    expect(project.library).toHaveLength(1);
    expect(project.applications).toHaveLength(3);
    // One application reads back the count row it wrote, not the project's count rows (the write's
    // own bulkGet of that row is the other one).
    const counts = project.oneApplication.reads.find((r) => r.source === 'codingCounts');
    expect(counts?.rows).toBeLessThanOrEqual(2);
    // And it reads back the one coding it wrote, not the open document's codings.
    const codingsRead = project.oneApplication.reads.filter((r) => r.source === 'codings' || r.source.startsWith('codings['));
    expect(codingsRead.reduce((sum, r) => sum + r.rows, 0)).toBe(1);
    // Opening a document reads its own 10 codings, not the project's.
    const openingRead = project.openReads.reads.filter((r) => r.source === 'codings' || r.source.startsWith('codings['));
    expect(openingRead.reduce((sum, r) => sum + r.rows, 0)).toBe(10);
    expect(project.pageErrors).toEqual([]);
  }
  expect([sparse.codings, dense.codings]).toEqual([12, 400]);
});
