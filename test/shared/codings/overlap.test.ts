import { describe, expect, test } from 'vitest';
import { codingsAt, overlaps } from '../../../shared/codings/overlap';

const codings = [
  { id: 'a', start: 0, end: 10 },
  { id: 'b', start: 5, end: 15 },
  { id: 'c', start: 10, end: 20 },
];
const ids = (range: { start: number; end: number } | null) => codingsAt(codings, range).map((c) => c.id);

describe('the codings at a place in the text', () => {
  test('a caret is inside the codings that start at or before it and end after it', () => {
    expect(ids({ start: 10, end: 10 })).toEqual(['b', 'c']);
    expect(ids({ start: 0, end: 0 })).toEqual(['a']);
    expect(ids({ start: 20, end: 20 })).toEqual([]);
  });

  test('a selection finds the codings it overlaps, not those that only touch it', () => {
    expect(ids({ start: 9, end: 11 })).toEqual(['a', 'b', 'c']);
    expect(ids({ start: 15, end: 25 })).toEqual(['c']);
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 12 })).toBe(false);
    expect(ids(null)).toEqual([]);
  });
});
