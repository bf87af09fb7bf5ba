import { describe, expect, test } from 'vitest';
import { draggedExtent } from '../../../../renderer/features/coding/boundaryDrag';
import { passageRangeProblem } from '../../../../shared/text/offsets';

// Emoji at both ends of the coded words, and at the ends of the text.
const text = '😀 takes 👩🏽 office 😀';
const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);
const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

describe('dragging an end of a coding', () => {
  test('an end dropped inside an emoji takes the whole emoji in', () => {
    const coding = span('takes');
    const emoji = text.indexOf('👩');
    // 👩🏽 (a woman with a skin tone) is one character to a reader: taken in whole.
    expect(slice(draggedExtent(text, coding, 'end', emoji + 1))).toBe('takes 👩🏽');
    expect(slice(draggedExtent(text, coding, 'start', 1))).toBe('😀 takes');
    expect(slice(draggedExtent(text, span('office'), 'end', text.length - 1))).toBe('office 😀');
  });

  test('never leaves less than one whole character, even when that character is an emoji', () => {
    const emojiAtStart = { start: 0, end: 2 };
    // The start dragged past the end stops one whole character before it: not between the halves.
    expect(draggedExtent(text, emojiAtStart, 'start', 5)).toEqual({ start: 0, end: 2 });
    // The end dragged before the start stops one whole character after it.
    expect(draggedExtent(text, emojiAtStart, 'end', 0)).toEqual({ start: 0, end: 2 });
    const emojiAtEnd = { start: text.length - 2, end: text.length };
    expect(draggedExtent(text, emojiAtEnd, 'start', text.length)).toEqual(emojiAtEnd);
    expect(draggedExtent(text, emojiAtEnd, 'end', 0)).toEqual(emojiAtEnd);
  });

  test('every point of the text gives an extent that can be coded', () => {
    const coding = span('👩🏽 office');
    for (let offset = -1; offset <= text.length + 1; offset++) {
      for (const edge of ['start', 'end'] as const) {
        const extent = draggedExtent(text, coding, edge, offset);
        expect(passageRangeProblem(text, extent.start, extent.end), `${edge} at ${offset}`).toBeNull();
      }
    }
  });
});
