// A new attribute's name: one that only looks different from an attribute the project has (another
// case, an accent typed as a letter and a combining mark) is that attribute's name, and is refused.
import { describe, expect, test } from 'vitest';
import { attributeNameProblem } from '../../../renderer/db/attributes';

describe('which attribute names are refused', () => {
  test('an accent typed as a combining mark names the attribute with the accented letter', () => {
    expect(attributeNameProblem('Re\u0301gion', [{ name: 'R\u00e9gion', type: 'text' }])).toBe('The project already has an attribute “R\u00e9gion”.');
    expect(attributeNameProblem('R\u00c9GION', [{ name: 'Re\u0301gion', type: 'text' }])).not.toBeNull();
  });

  test('a name of only invisible characters is no name', () => {
    expect(attributeNameProblem('\u200b\u200d', [])).toBe('Give the attribute a name.');
  });

  test('emoji, CJK and right-to-left names are names', () => {
    for (const name of ['⭐ rating', '地域', 'منطقة']) expect(attributeNameProblem(name, []), name).toBeNull();
  });
});
