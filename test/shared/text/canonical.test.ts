import { describe, expect, test } from 'vitest';
import { isBlankText, normalizeLineEndings, toCanonicalText } from '../../../shared/text/canonical';

describe('canonical text', () => {
  test('Windows and old Mac line endings become \\n', () => {
    expect(normalizeLineEndings('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normalizeLineEndings('a\r\r\nb')).toBe('a\n\nb');
  });

  test('a byte-order mark at the start is dropped, one inside the text is kept', () => {
    expect(normalizeLineEndings('\uFEFFtext\uFEFF')).toBe('text\uFEFF');
  });

  test('trailing blank lines and spaces go; leading indentation and inner spacing stay', () => {
    expect(toCanonicalText('  Indented\r\n\r\n  Next  paragraph \r\n\r\n \r\n')).toBe('  Indented\n\n  Next  paragraph');
  });

  test('whitespace-only text is blank', () => {
    expect(isBlankText(' \n\t\u00a0')).toBe(true);
    expect(isBlankText(' x ')).toBe(false);
  });
});
