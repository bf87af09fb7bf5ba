import { describe, expect, test } from 'vitest';
import { mergeCodesChange } from '../../../shared/codebook/codeMerge';
import { codeTree } from '../../../shared/codebook/codeTree';
import { inverseOf } from '../../../shared/changes/change';
import { code, coding, counter, memo, replay, sorted, type Rows } from './fixtures';

const now = counter();

const rows = (): Rows => ({
  codes: [code('a', 'assertion', null, 0), code('a1', 'economy', 'a', 0), code('a2', 'crime', 'a', 1), code('c', 'claim', null, 1), code('c1', 'economy', 'c', 0)],
  codings: [
    coding('x1', 'a', 'd1', 0, 10), // the target codes the same passage for the same coder: collapses
    coding('t1', 'c', 'd1', 0, 10),
    coding('x2', 'a', 'd1', 0, 10, 'k2'), // same passage, another coder: moves
    coding('x3', 'a', 'd2', 5, 8), // moves
    coding('y1', 'a1', 'd3', 1, 4), // subcode "economy" merges into the target's "economy"
    coding('t2', 'c1', 'd3', 1, 4),
    coding('y2', 'a2', 'd3', 6, 9), // subcode "crime" moves under the target with its coding
  ],
  memos: [
    memo('mx1', 'coding', 'x1', 'note on duplicate'),
    memo('mt1', 'coding', 't1', 'note on target'),
    memo('my1', 'coding', 'y1', 'second coder on the duplicate', 'k2'),
    memo('ma', 'code', 'a', 'about assertion'),
  ],
});

describe('merging codes', () => {
  test('codings move to the target, and those the target already has collapse into one', () => {
    const before = rows();
    const result = mergeCodesChange(before.codes, before.codings, before.memos, 'a', 'c', now);
    expect(result).toMatchObject({ moved: 2, collapsed: 2 });
    expect(result.change.label).toBe('Code “assertion” merged into “claim”');
    const after = replay(before, result.change);
    expect(after.codings.map((c) => [c.id, c.codeId]).sort()).toEqual([
      ['t1', 'c'],
      ['t2', 'c1'],
      ['x2', 'c'],
      ['x3', 'c'],
      ['y2', 'a2'],
    ]);
    // One coding per (document, passage, coder, code): no duplicate survives the merge.
    const keys = after.codings.map((c) => `${c.docId}/${c.start}/${c.end}/${c.coderId}/${c.codeId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("the source's subcodes move under the target, a namesake merging into the target's own", () => {
    const before = rows();
    const after = replay(before, mergeCodesChange(before.codes, before.codings, before.memos, 'a', 'c', now).change);
    expect(codeTree(after.codes).map((e) => `${'  '.repeat(e.depth)}${e.code.name}`)).toEqual(['claim', '  economy', '  crime']);
    expect(after.codes.find((c) => c.id === 'a2')).toMatchObject({ parentId: 'c', order: 1 });
  });

  test('memos are kept: a memo of a collapsed coding joins the same coder’s memo there, others move', () => {
    const before = rows();
    const after = replay(before, mergeCodesChange(before.codes, before.codings, before.memos, 'a', 'c', now).change);
    expect(after.memos.map((m) => [m.id, m.targetType, m.targetId, m.coderId]).sort()).toEqual([
      ['ma', 'code', 'c', 'k1'],
      ['mt1', 'coding', 't1', 'k1'],
      ['my1', 'coding', 't2', 'k2'],
    ]);
    const joined = after.memos.find((m) => m.id === 'mt1')!;
    expect(joined.text).toBe('note on target\n\nnote on duplicate');
    expect(JSON.parse(joined.body).root.children).toHaveLength(2);
  });

  test('undoing a merge brings back both codes, every coding and every memo exactly', () => {
    const before = rows();
    const { change } = mergeCodesChange(before.codes, before.codings, before.memos, 'a', 'c', now);
    const restored = replay(replay(before, change), inverseOf(change));
    expect(sorted(restored.codes)).toEqual(sorted(before.codes));
    expect(sorted(restored.codings)).toEqual(sorted(before.codings));
    expect(sorted(restored.memos)).toEqual(sorted(before.memos));
  });

  test('a code cannot merge into itself or into one of its subcodes', () => {
    const { codes, codings, memos } = rows();
    expect(() => mergeCodesChange(codes, codings, memos, 'a', 'a', now)).toThrow('Choose another code');
    expect(() => mergeCodesChange(codes, codings, memos, 'a', 'a1', now)).toThrow('cannot merge into its own subcode “economy”');
  });

  test('a subcode can merge into its parent', () => {
    const before = rows();
    const after = replay(before, mergeCodesChange(before.codes, before.codings, before.memos, 'a2', 'a', now).change);
    expect(after.codings.find((c) => c.id === 'y2')!.codeId).toBe('a');
    expect(after.codes.some((c) => c.id === 'a2')).toBe(false);
  });

  test('a subcode merged into its parent takes its own namesake subcode up with it, every coding on a code that exists', () => {
    // T › x › x: the outer x, merged into T, is itself the child of T named like its own child.
    const before: Rows = {
      codes: [code('t', 'topic', null, 0), code('x', 'x', 't', 0), code('xx', 'x', 'x', 0)],
      codings: [coding('k', 'xx', 'd1', 0, 5), coding('j', 'x', 'd1', 6, 9)],
      memos: [memo('mxx', 'code', 'xx', 'about the inner x')],
    };
    const after = replay(before, mergeCodesChange(before.codes, before.codings, before.memos, 'x', 't', now).change);
    const ids = new Set(after.codes.map((c) => c.id));
    expect(after.codings.filter((c) => !ids.has(c.codeId))).toEqual([]);
    expect(after.memos.filter((m) => m.targetType === 'code' && !ids.has(m.targetId))).toEqual([]);
    expect(codeTree(after.codes).map((e) => `${'  '.repeat(e.depth)}${e.code.name}`)).toEqual(['topic', '  x']);
    expect(after.codings.map((c) => [c.id, c.codeId]).sort()).toEqual([['j', 't'], ['k', 'xx']]);
  });
});
