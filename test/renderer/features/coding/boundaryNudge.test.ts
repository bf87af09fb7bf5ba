import { describe, expect, test } from 'vitest';
import { nudgedRange, nudgeTarget } from '../../../../renderer/features/coding/boundaryNudge';
import type { CodingRecord } from '../../../../shared/model';
import { isCodePointBoundary } from '../../../../shared/text/offsets';

const text = 'Krasner faces numerous challenges, when he takes 😀 office.';
const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
const coding = (id: string, phrase: string): CodingRecord => ({
  id,
  docId: 'd',
  codeId: 'c',
  ...at(phrase),
  quote: phrase,
  prefix: '',
  suffix: '',
  coderId: 'k',
  createdAt: '',
});
const slice = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

describe('moving a boundary', () => {
  const c = coding('a', 'numerous challenges');
  test('by a word: the end takes in the next word (past punctuation) or gives back the last', () => {
    expect(slice(nudgedRange(text, c, 'end', 1, 'word'))).toBe('numerous challenges, when');
    expect(slice(nudgedRange(text, c, 'end', -1, 'word'))).toBe('numerous');
    expect(slice(nudgedRange(text, coding('b', 'numerous challenges, when'), 'end', -1, 'word'))).toBe('numerous challenges');
  });

  test('by a word: the start takes in the word before, or drops its first word', () => {
    expect(slice(nudgedRange(text, c, 'start', -1, 'word'))).toBe('faces numerous challenges');
    expect(slice(nudgedRange(text, c, 'start', 1, 'word'))).toBe('challenges');
  });

  test('by a character, never splitting an emoji', () => {
    expect(slice(nudgedRange(text, c, 'end', 1, 'character'))).toBe('numerous challenges,');
    expect(slice(nudgedRange(text, c, 'start', 1, 'character'))).toBe('umerous challenges');
    const before = coding('e', 'takes ');
    expect(slice(nudgedRange(text, before, 'end', 1, 'character'))).toBe('takes 😀');
    expect(slice(nudgedRange(text, coding('f', 'takes 😀'), 'end', -1, 'character'))).toBe('takes ');
  });

  test('never leaves an empty coding, and stops at the edges of the text', () => {
    const one = coding('g', 'K');
    expect(nudgedRange(text, one, 'end', -1, 'character')).toBeNull();
    expect(nudgedRange(text, one, 'start', -1, 'word')).toBeNull();
    expect(nudgedRange(text, coding('h', 'numerous'), 'start', 1, 'word')).toBeNull();
    expect(nudgedRange(text, coding('i', 'office.'), 'end', 1, 'word')).toBeNull();
  });
});

describe('which coding and which end', () => {
  const a = coding('a', 'numerous challenges');
  const b = coding('b', 'challenges, when he');
  test('a caret moves the nearer end of the coding it is in', () => {
    const near = text.indexOf('numerous') + 2;
    expect(nudgeTarget([a], { start: near, end: near, focus: near })).toEqual({ coding: a, edge: 'start' });
    expect(nudgeTarget([a], { start: a.end, end: a.end, focus: a.end })).toEqual({ coding: a, edge: 'end' });
    expect(nudgeTarget([a], { start: 0, end: 0, focus: 0 })).toBeNull();
  });

  test('a selection that is exactly a coding moves the end its focus is on', () => {
    expect(nudgeTarget([a, b], { ...at('challenges, when he'), focus: b.start })).toEqual({ coding: b, edge: 'start' });
    expect(nudgeTarget([a, b], { ...at('challenges, when he'), focus: b.end })).toEqual({ coding: b, edge: 'end' });
    expect(nudgeTarget([a, b], { ...at('numerous challenges, when'), focus: 0 })).toBeNull();
  });

  test('where codings overlap, the one chosen in a list wins', () => {
    const inBoth = text.indexOf('challenges') + 3;
    expect(nudgeTarget([a, b], { start: inBoth, end: inBoth, focus: inBoth }, ['b'])!.coding).toBe(b);
    expect(nudgeTarget([a, b], { start: inBoth, end: inBoth, focus: inBoth }, ['a'])!.coding).toBe(a);
  });
});

describe('emoji at the ends of the text and of a coding', () => {
  const edges = '😀 takes office 👩🏽';
  const codingOf = (start: number, end: number): CodingRecord => ({ ...coding('z', 'K'), start, end });
  const cut = (r: { start: number; end: number } | null) => (r ? edges.slice(r.start, r.end) : null);
  const words = codingOf(edges.indexOf('takes'), edges.indexOf('office') + 'office'.length);

  test('a character at a time, an end takes in or gives back a whole emoji', () => {
    const withFirst = codingOf(0, words.end);
    expect(cut(nudgedRange(edges, withFirst, 'start', 1, 'character'))).toBe(' takes office');
    expect(cut(nudgedRange(edges, codingOf(1, words.end), 'start', -1, 'character'))).toBe('😀 takes office');
    const toEnd = codingOf(words.start, edges.length);
    // 👩🏽 is one character to a reader (a woman with a skin tone): given back whole, not its tone alone.
    expect(cut(nudgedRange(edges, toEnd, 'end', -1, 'character'))).toBe('takes office ');
    expect(cut(nudgedRange(edges, codingOf(words.start, edges.length - 2), 'end', 1, 'character'))).toBe('takes office 👩🏽');
  });

  test('a coding of one emoji cannot lose its only character, or grow past the text', () => {
    expect(nudgedRange(edges, codingOf(0, 2), 'end', -1, 'character')).toBeNull();
    expect(nudgedRange(edges, codingOf(0, 2), 'start', 1, 'character')).toBeNull();
    expect(nudgedRange(edges, codingOf(edges.length - 2, edges.length), 'end', 1, 'character')).toBeNull();
  });

  test('by a word, the ends stop beside the words, never inside an emoji', () => {
    for (const [edge, direction] of [['start', -1], ['start', 1], ['end', -1], ['end', 1]] as const) {
      const moved = nudgedRange(edges, words, edge, direction, 'word');
      if (!moved) continue;
      expect(isCodePointBoundary(edges, moved.start) && isCodePointBoundary(edges, moved.end), `${edge} ${direction}`).toBe(true);
    }
    expect(cut(nudgedRange(edges, words, 'start', -1, 'word'))).toBe('😀 takes office');
  });
});
