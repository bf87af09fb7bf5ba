import { expect, test } from 'vitest';
import { excerpt } from '../../../shared/text/excerpt';

test('a passage named in a sentence reads on one line, cut with an ellipsis when long', () => {
  expect(excerpt('We will\n\nbuild  homes.')).toBe('We will build homes.');
  expect(excerpt('Rents rose 31 percent in the city last year.', 20)).toBe('Rents rose 31 perce…');
  expect(excerpt('Rents rose 31 percent in the city last year.', 20)).toHaveLength(20);
});
