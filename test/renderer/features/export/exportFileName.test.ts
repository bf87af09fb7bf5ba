import { expect, test } from 'vitest';
import { safeFileName } from '../../../../renderer/features/export/exportFileName';

test('a project name becomes a file name every system accepts: reserved characters replaced, kept short, never empty', () => {
  expect(safeFileName('Mayoral race: 2017/2021 "final"')).toBe('Mayoral race- 2017-2021 -final-');
  expect(safeFileName('Tabs\tand\nlines')).toBe('Tabs-and-lines');
  expect(safeFileName('x'.repeat(300))).toHaveLength(120);
  expect(safeFileName('')).toBe('Framewise');
});
