import { describe, expect, test } from 'vitest';
import { capturePassage, CONTEXT_LENGTH } from '../../../shared/text/passageContext';

describe('quote and context of a passage', () => {
  const text = 'a'.repeat(50) + 'QUOTE' + 'b'.repeat(50);

  test('keeps 32 units each side in the middle of a text', () => {
    const start = 50;
    const passage = capturePassage(text, start, start + 5);
    expect(passage.quote).toBe('QUOTE');
    expect(passage.prefix).toBe('a'.repeat(CONTEXT_LENGTH));
    expect(passage.suffix).toBe('b'.repeat(CONTEXT_LENGTH));
  });

  test('stops at the start and the end of the document', () => {
    expect(capturePassage('Hello world', 0, 5)).toEqual({ quote: 'Hello', prefix: '', suffix: ' world' });
    expect(capturePassage('Hello world', 6, 11)).toEqual({ quote: 'world', prefix: 'Hello ', suffix: '' });
    expect(capturePassage('Hi', 0, 2)).toEqual({ quote: 'Hi', prefix: '', suffix: '' });
  });

  test('never cuts an emoji in half at the edge of the context', () => {
    // The 32-unit window would start in the middle of the emoji's surrogate pair.
    const withEmoji = 'x😀' + 'y'.repeat(31) + 'QUOTE' + 'z'.repeat(31) + '😀x';
    const start = withEmoji.indexOf('QUOTE');
    const { prefix, suffix } = capturePassage(withEmoji, start, start + 5);
    expect(prefix).toBe('y'.repeat(31));
    expect(suffix).toBe('z'.repeat(31));
    expect(prefix + suffix).not.toMatch(/[\ud800-\udfff]/);
  });

  test('never cuts a character as a reader sees it at the edge of the context: a family, a flag, an accent', () => {
    // The 32-unit window starts right after the family's first person (👨 and a joiner: 3 units),
    // and ends between the flag's two letters (2 units each), or between a letter and its accent.
    const family = `👨‍👩‍👧${'y'.repeat(29)}QUOTE${'z'.repeat(30)}🇫🇷`;
    const inFamily = family.indexOf('QUOTE');
    expect(capturePassage(family, inFamily, inFamily + 5)).toEqual({ quote: 'QUOTE', prefix: 'y'.repeat(29), suffix: 'z'.repeat(30) });
    const accents = `e\u0301${'y'.repeat(31)}QUOTE${'z'.repeat(31)}e\u0301`;
    const inAccents = accents.indexOf('QUOTE');
    expect(capturePassage(accents, inAccents, inAccents + 5)).toEqual({ quote: 'QUOTE', prefix: 'y'.repeat(31), suffix: 'z'.repeat(31) });
    // A whole cluster inside the window is kept.
    const flagInside = `x🇫🇷${'y'.repeat(28)}QUOTE`;
    expect(capturePassage(flagInside, flagInside.length - 5, flagInside.length).prefix).toBe(`🇫🇷${'y'.repeat(28)}`);
  });

  test('refuses a passage outside the text', () => {
    expect(() => capturePassage('abc', 2, 5)).toThrow(RangeError);
    expect(() => capturePassage('abc', 2, 1)).toThrow(RangeError);
  });
});
