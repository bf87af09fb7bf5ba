import { expect, test } from 'vitest';
import { codingsInWindow } from '../../../../renderer/features/coding/useVisibleTextWindow';

const codings = [
  { id: 'top', start: 0, end: 20 },
  { id: 'across', start: 90, end: 130 },
  { id: 'far', start: 5000, end: 5040 },
];

test('only the codings overlapping the part of the text near the screen are drawn', () => {
  expect(codingsInWindow(codings, { start: 100, end: 2000 }).map((c) => c.id)).toEqual(['across']);
  expect(codingsInWindow(codings, { start: 0, end: 100 }).map((c) => c.id)).toEqual(['top', 'across']);
  // A coding ending where the window starts does not overlap it.
  expect(codingsInWindow(codings, { start: 20, end: 50 })).toEqual([]);
});

test('before the visible part is known nothing is drawn, rather than every coding of the document', () => {
  expect(codingsInWindow(codings, null)).toEqual([]);
});
