// Dragging an end of a coding with the mouse over characters made of several code points: the end
// lands beside what a reader sees as one character, and a coding of one such character keeps it whole.
import { expect, test } from 'vitest';
import { draggedExtent } from '../../../../renderer/features/coding/boundaryDrag';

const text = 'Reacted 🇫🇷 and 👍🏽, cafe\u0301.';
const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

test('a coding of one flag, its start dragged past its end, keeps the whole flag', () => {
  const flag = span('🇫🇷');
  expect(slice(draggedExtent(text, flag, 'start', flag.end + 3))).toBe('🇫🇷');
  expect(slice(draggedExtent(text, flag, 'end', 0))).toBe('🇫🇷');
  const thumb = span('👍🏽');
  expect(slice(draggedExtent(text, thumb, 'start', text.length))).toBe('👍🏽');
});

test('an end dropped inside a character takes the whole character in', () => {
  expect(slice(draggedExtent(text, span('and'), 'end', text.indexOf('🏽')))).toBe('and 👍🏽');
  expect(slice(draggedExtent(text, span('and'), 'start', text.indexOf('🇷')))).toBe('🇫🇷 and');
  expect(slice(draggedExtent(text, span(', '), 'end', text.indexOf('\u0301')))).toBe(', cafe\u0301');
});
