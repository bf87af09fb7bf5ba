import { describe, expect, test } from 'vitest';
import { attributeNameKey, attributeReader } from '../../../shared/attributes/attributeReader';

describe('matching a manifest’s column to the project’s attribute', () => {
  test('a column spelled with a combining accent is the project’s attribute with the accented letter', () => {
    expect(attributeNameKey('Re\u0301gion')).toBe(attributeNameKey('R\u00e9gion'));
    const read = attributeReader(new Map([['R\u00e9gion', 'text' as const]]));
    expect(read({ 'RE\u0301GION': 'Nord' }).values).toEqual({ 'R\u00e9gion': 'Nord' });
  });
});
