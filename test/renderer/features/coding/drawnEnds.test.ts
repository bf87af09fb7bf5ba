// @vitest-environment jsdom
// Where the margin's stripe and the drag handles of a coding are placed: at the first and the last
// character of its passage that the text draws. A passage may begin or end on what is not drawn: the
// blank lines between paragraphs (where a character nudge once left a start moved back from a
// paragraph's first letter, and codings kept from then still begin), or a line's break. Measured
// there, its stripe and its handles had no box, and vanished.
import { describe, expect, test } from 'vitest';
import { TextDomIndex } from '../../../../renderer/features/coding/textDomIndex';
import { documentDom } from './documentDom';

const TEXT = 'The council met.\n\nA 😀 pledge:\n- more buses\n- fewer fares.';
const at = (phrase: string) => TEXT.indexOf(phrase);

function indexed(text = TEXT) {
  const { root, paragraphs } = documentDom(text);
  return TextDomIndex.build(root, paragraphs)!;
}
const characters = (ends: { first: { start: number; end: number }; last: { start: number; end: number } } | null) =>
  ends && [TEXT.slice(ends.first.start, ends.first.end), TEXT.slice(ends.last.start, ends.last.end)];

describe('the characters a coding’s stripe and handles are measured on', () => {
  test('a passage whose start is in the blank lines before a paragraph is measured on its first drawn letter', () => {
    const index = indexed();
    const moved = { start: at('A 😀') - 1, end: at(' 😀') };
    expect(TEXT.slice(moved.start, moved.end)).toBe('\nA');
    const ends = index.drawnEndsOf(moved.start, moved.end)!;
    expect(characters(ends)).toEqual(['A', 'A']);
    // Each is a range the index can draw, so it has a box on screen.
    expect(index.rangeOf(ends.first.start, ends.first.end)!.toString()).toBe('A');
  });

  test('a passage ending in the blank lines, or on a line break, is measured on the last letter before them', () => {
    const index = indexed();
    expect(characters(index.drawnEndsOf(at('met.'), at('met.') + 'met.\n'.length))).toEqual(['m', '.']);
    expect(characters(index.drawnEndsOf(at('pledge'), at('- more')))).toEqual(['p', ':']);
  });

  test('an emoji at either end is measured whole', () => {
    const index = indexed();
    expect(characters(index.drawnEndsOf(at('😀'), at(' pledge')))).toEqual(['😀', '😀']);
  });

  test('a passage of nothing drawn has no ends; every other passage has both, inside it', () => {
    const index = indexed();
    const gap = at('\n\n');
    expect(index.drawnEndsOf(gap, gap + 2)).toBeNull();
    for (let start = 0; start < TEXT.length; start++) {
      for (let end = start + 1; end <= TEXT.length; end++) {
        const drawn = /[^\n]/u.test(TEXT.slice(start, end)) && !(start >= gap && end <= gap + 2);
        const ends = index.drawnEndsOf(start, end);
        if (!drawn) continue;
        expect(ends, `[${start}, ${end})`).not.toBeNull();
        expect(ends!.first.start >= start && ends!.last.end <= end && ends!.first.start < ends!.first.end).toBe(true);
      }
    }
  });
});
