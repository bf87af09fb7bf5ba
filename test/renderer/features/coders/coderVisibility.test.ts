import { describe, expect, test } from 'vitest';
import { coderFilterOf, EVERYONE_VISIBLE, isCoderVisible, parseVisibility, visibleRows } from '../../../../renderer/features/coders/coderVisibility';

const rows = [
  { id: 'a', coderId: 'kim' },
  { id: 'b', coderId: 'lee' },
  { id: 'c', coderId: 'ana' },
  { id: 'd', coderId: 'kim' },
];

describe('whose codings are shown', () => {
  test('everyone’s, by default (the same array, so screens do not redraw for nothing)', () => {
    expect(visibleRows(rows, 'kim', EVERYONE_VISIBLE)).toBe(rows);
  });

  test('a hidden coder’s codings are left out; the current coder’s never are', () => {
    expect(visibleRows(rows, 'kim', { blind: false, hidden: ['lee'] }).map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(visibleRows(rows, 'kim', { blind: false, hidden: ['kim'] }).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  test('blind mode leaves only the current coder’s, whatever is shown one by one', () => {
    expect(visibleRows(rows, 'lee', { blind: true, hidden: [] }).map((r) => r.id)).toEqual(['b']);
    expect(isCoderVisible('kim', 'lee', { blind: true, hidden: [] })).toBe(false);
    expect(isCoderVisible('lee', 'lee', { blind: true, hidden: ['lee'] })).toBe(true);
  });

  test('a stored setting that is missing or malformed shows everyone rather than failing', () => {
    expect(parseVisibility(undefined)).toEqual(EVERYONE_VISIBLE);
    expect(parseVisibility('blind')).toEqual(EVERYONE_VISIBLE);
    expect(parseVisibility({ blind: 'yes', hidden: ['lee', 3, null] })).toEqual({ blind: false, hidden: ['lee'] });
    expect(parseVisibility({ blind: true })).toEqual({ blind: true, hidden: [] });
  });
});

describe('whose codings counts include', () => {
  test('everyone, only the current coder under blind mode, or all but the hidden', () => {
    expect(coderFilterOf('kim', EVERYONE_VISIBLE)).toBeNull();
    expect(coderFilterOf('kim', { blind: true, hidden: ['lee'] })).toEqual({ only: 'kim' });
    expect(coderFilterOf('kim', { blind: false, hidden: ['lee', 'kim'] })).toEqual({ except: ['lee'] });
    expect(coderFilterOf('kim', { blind: false, hidden: ['kim'] })).toBeNull();
  });
});
