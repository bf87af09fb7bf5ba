import { describe, expect, test } from 'vitest';
import {
  createCodeChange,
  deleteCodeChange,
  dropPlacement,
  keyboardPlacement,
  moveCodeChange,
  updateCodeChange,
} from '../../../shared/codebook/codebookEdits';
import { codeTree } from '../../../shared/codebook/codeTree';
import { CodebookError } from '../../../shared/codebook/codeNames';
import type { CodeRecord } from '../../../shared/model';
import { inverseOf } from '../../../shared/changes/change';
import { code, coding, counter, memo, replay, sorted, type Rows } from './fixtures';

const tree = (codes: readonly CodeRecord[]) => codeTree(codes).map((e) => `${'  '.repeat(e.depth)}${e.code.name}`);

const codebook = () => [
  code('f', 'framing', null, 0),
  code('s', 'security', 'f', 0),
  code('e', 'economy', 'f', 1),
  code('j', 'jobs', 'e', 0),
  code('p', 'pledge', null, 1),
  code('m', 'metric', null, 2),
];
const rowsOf = (codes: CodeRecord[]): Rows => ({ codes, codings: [], memos: [] });

function move(codes: CodeRecord[], id: string, how: Parameters<typeof keyboardPlacement>[2]): CodeRecord[] {
  const to = keyboardPlacement(codes, id, how);
  if (!to) return codes;
  return replay(rowsOf(codes), moveCodeChange(codes, id, to.parentId, to.index)).codes;
}

describe('creating and editing codes', () => {
  test('a new code goes at the end of its siblings with the next unused colour', () => {
    const codes = codebook();
    const { change, code: created } = createCodeChange(codes, { name: '  housing   policy ', parentId: 'e' }, counter());
    expect(created).toMatchObject({ id: 'new1', name: 'housing policy', parentId: 'e', order: 1, createdAt: '2026-02-01T00:00:00.000Z' });
    expect(created.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(created.color).not.toBe('#2563eb');
    expect(change.changes).toEqual([{ table: 'codes', key: 'new1', before: null, after: created }]);
    expect(tree(replay(rowsOf(codes), change).codes)).toEqual(['framing', '  security', '  economy', '    jobs', '    housing policy', 'pledge', 'metric']);
  });

  test('a code placed between siblings renumbers the ones after it', () => {
    const codes = codebook();
    const { change } = createCodeChange(codes, { name: 'claim', parentId: null, index: 1 }, counter());
    const after = replay(rowsOf(codes), change).codes;
    expect(tree(after).filter((line) => !line.startsWith(' '))).toEqual(['framing', 'claim', 'pledge', 'metric']);
    expect(change.changes.map((c) => c.key).sort()).toEqual(['m', 'new1', 'p']);
  });

  test('two siblings cannot share a name, whatever the case; cousins can', () => {
    expect(() => createCodeChange(codebook(), { name: 'Pledge', parentId: null }, counter())).toThrow(CodebookError);
    expect(() => createCodeChange(codebook(), { name: 'pledge', parentId: 'f' }, counter())).not.toThrow();
    expect(() => updateCodeChange(codebook(), 'm', { name: 'PLEDGE ' })).toThrow('There is already a code “pledge” at the top level');
  });

  test('a name needs a character, and cannot hold the path separator', () => {
    expect(() => createCodeChange(codebook(), { name: '   ', parentId: null }, counter())).toThrow('A code needs a name.');
    expect(() => createCodeChange(codebook(), { name: 'a > b', parentId: null }, counter())).toThrow(CodebookError);
  });

  test('renaming changes one row, from its exact before to its after; an unchanged save changes none', () => {
    const codes = codebook();
    const change = updateCodeChange(codes, 'p', { name: 'promise', definition: 'A commitment' });
    expect(change.label).toBe('Code “pledge” renamed to “promise”');
    expect(change.changes).toEqual([{ table: 'codes', key: 'p', before: codes[4], after: { ...codes[4], name: 'promise', definition: 'A commitment' } }]);
    expect(updateCodeChange(codes, 'p', { name: 'pledge' }).changes).toEqual([]);
  });

  test('a colour is #rrggbb; #abc is widened and anything else refused', () => {
    expect(updateCodeChange(codebook(), 'p', { color: '#ABC' }).changes[0]!.after).toMatchObject({ color: '#aabbcc' });
    expect(() => updateCodeChange(codebook(), 'p', { color: 'blue' })).toThrow('“blue” is not a colour');
  });
});

describe('moving codes', () => {
  test('Alt+Up and Alt+Down swap a code with its neighbour among its siblings', () => {
    let codes = move(codebook(), 'e', 'up');
    expect(tree(codes)).toEqual(['framing', '  economy', '    jobs', '  security', 'pledge', 'metric']);
    codes = move(codes, 'p', 'down');
    expect(tree(codes)).toEqual(['framing', '  economy', '    jobs', '  security', 'metric', 'pledge']);
    expect(keyboardPlacement(codes, 'p', 'down')).toBeNull();
    expect(keyboardPlacement(codes, 'f', 'up')).toBeNull();
  });

  test('Alt+Right nests a code as the last subcode of the one above it; Alt+Left puts it back after its parent', () => {
    let codes = move(codebook(), 'm', 'in');
    expect(tree(codes)).toEqual(['framing', '  security', '  economy', '    jobs', 'pledge', '  metric']);
    expect(codes.find((c) => c.id === 'm')).toMatchObject({ parentId: 'p', order: 0 });
    codes = move(codes, 'j', 'out');
    expect(tree(codes)).toEqual(['framing', '  security', '  economy', '  jobs', 'pledge', '  metric']);
    expect(codes.find((c) => c.id === 'j')).toMatchObject({ parentId: 'f', order: 2 });
    expect(keyboardPlacement(codes, 'f', 'out')).toBeNull();
    expect(keyboardPlacement(codes, 'f', 'in')).toBeNull();
  });

  test('a code cannot be moved into itself or its own descendant', () => {
    const codes = codebook();
    expect(() => moveCodeChange(codes, 'f', 'j', 0)).toThrow('“framing” cannot go inside itself or one of its own subcodes.');
    expect(() => moveCodeChange(codes, 'f', 'f', 0)).toThrow(CodebookError);
    expect(() => dropPlacement(codes, 'f', 'f', 'into')).not.toThrow();
  });

  test('moving next to a namesake is refused: merge them instead', () => {
    const codes = [...codebook(), code('x', 'jobs', null, 3)];
    expect(() => moveCodeChange(codes, 'x', 'e', 0)).toThrow('There is already a code “jobs” under “economy”');
  });

  test('dropping before, after or into a code places the dragged one there', () => {
    const codes = codebook();
    const drop = (id: string, on: string, where: 'before' | 'after' | 'into') => {
      const to = dropPlacement(codes, id, on, where);
      return tree(replay(rowsOf(codes), moveCodeChange(codes, id, to.parentId, to.index)).codes);
    };
    expect(drop('m', 's', 'before')).toEqual(['framing', '  metric', '  security', '  economy', '    jobs', 'pledge']);
    expect(drop('m', 'j', 'after')).toEqual(['framing', '  security', '  economy', '    jobs', '    metric', 'pledge']);
    expect(drop('f', 'm', 'into')).toEqual(['pledge', 'metric', '  framing', '    security', '    economy', '      jobs']);
    expect(drop('f', 'p', 'after')).toEqual(['pledge', 'framing', '  security', '  economy', '    jobs', 'metric']);
  });
});

describe('deleting codes', () => {
  const rows = (): Rows => ({
    codes: codebook(),
    codings: [coding('c1', 'e', 'd1', 0, 5), coding('c2', 'j', 'd2', 3, 9), coding('c3', 'p', 'd1', 0, 5), coding('c4', 'j', 'd1', 1, 2, 'k2')],
    memos: [memo('m1', 'code', 'e', 'why economy'), memo('m2', 'coding', 'c2', 'jobs quote'), memo('m3', 'coding', 'c3', 'keep me'), memo('m4', 'document', 'd1', 'doc')],
  });

  test('deleting a code removes its subcodes, their codings and the memos on them, and nothing else', () => {
    const before = rows();
    const change = deleteCodeChange(before.codes, before.codings, before.memos, 'e');
    expect(change.label).toBe('Code “economy” and 1 subcode deleted');
    const after = replay(before, change);
    expect(after.codes.map((c) => c.id).sort()).toEqual(['f', 'm', 'p', 's']);
    expect(after.codings.map((c) => c.id)).toEqual(['c3']);
    expect(after.memos.map((m) => m.id).sort()).toEqual(['m3', 'm4']);
    expect(change.changes.every((c) => c.after === null)).toBe(true);
  });

  test('undoing a delete restores the codes, codings and memos exactly', () => {
    const before = rows();
    const change = deleteCodeChange(before.codes, before.codings, before.memos, 'f');
    const deleted = replay(before, change);
    expect(deleted.codes.map((c) => c.id).sort()).toEqual(['m', 'p']);
    const restored = replay(deleted, inverseOf(change));
    expect(sorted(restored.codes)).toEqual(sorted(before.codes));
    expect(sorted(restored.codings)).toEqual(sorted(before.codings));
    expect(sorted(restored.memos)).toEqual(sorted(before.memos));
  });
});
