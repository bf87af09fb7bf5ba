// Moving a coding's end by a character across a paragraph break: the blank line between two
// paragraphs is no character a reader sees, so one press takes the boundary over it, to the previous
// paragraph's last character or the next paragraph's first, and no stored quote begins or ends with
// the break.
import { describe, expect, test } from 'vitest';
import { nudgedRange } from '../../../../renderer/features/coding/boundaryNudge';

const TEXT = 'Rents rose.\n\nWages did not.\n  \n\tThe council waited.';
const passage = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });
const quote = (r: { start: number; end: number } | null) => (r ? TEXT.slice(r.start, r.end) : null);

describe('a start moved by a character across a paragraph break', () => {
  test('back: one press takes in the previous paragraph’s last character', () => {
    expect(quote(nudgedRange(TEXT, passage('Wages'), 'start', -1, 'character'))).toBe('.\n\nWages');
  });

  test('forward: one press gives back the last character and the break, to the next paragraph’s first', () => {
    expect(quote(nudgedRange(TEXT, passage('.\n\nWages'), 'start', 1, 'character'))).toBe('Wages');
  });

  test('a break of blank lines with spaces and a tab is stepped over the same way', () => {
    expect(quote(nudgedRange(TEXT, passage('The council'), 'start', -1, 'character'))).toBe('.\n  \n\tThe council');
    expect(quote(nudgedRange(TEXT, passage('.\n  \n\tThe'), 'start', 1, 'character'))).toBe('The');
  });

  test('a start left in the break by an earlier version comes out of it in the direction pressed', () => {
    const inBreak = { start: TEXT.indexOf('\n\nWages') + 1, end: TEXT.indexOf('Wages') + 5 };
    expect(quote(nudgedRange(TEXT, inBreak, 'start', 1, 'character'))).toBe('Wages');
    expect(quote(nudgedRange(TEXT, inBreak, 'start', -1, 'character'))).toBe('.\n\nWages');
  });
});

describe('an end moved by a character across a paragraph break', () => {
  test('forward: one press takes in the next paragraph’s first character', () => {
    expect(quote(nudgedRange(TEXT, passage('Rents rose.'), 'end', 1, 'character'))).toBe('Rents rose.\n\nW');
  });

  test('back: one press gives back the first character and the break, to the previous paragraph’s last', () => {
    expect(quote(nudgedRange(TEXT, passage('rose.\n\nW'), 'end', -1, 'character'))).toBe('rose.');
    expect(quote(nudgedRange(TEXT, passage('not.\n  \n\tT'), 'end', -1, 'character'))).toBe('not.');
  });
});

describe('where there is no paragraph beyond the break', () => {
  const padded = '\n\nRents rose.\n\n';
  test('the boundary stays where it is', () => {
    const rents = { start: 2, end: 13 };
    expect(nudgedRange(padded, rents, 'start', -1, 'character')).toBeNull();
    expect(nudgedRange(padded, rents, 'end', 1, 'character')).toBeNull();
  });
});

describe('a line break inside a paragraph is a character like any other', () => {
  test('one press takes in the line break alone', () => {
    const lines = 'Rents rose,\nwages did not.';
    expect(nudgedRange(lines, { start: 12, end: 17 }, 'start', -1, 'character')).toEqual({ start: 11, end: 17 });
  });
});
