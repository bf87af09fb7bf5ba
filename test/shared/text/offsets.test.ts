import { describe, expect, test } from 'vitest';
import { codePointToUtf16, isCodePointBoundary, sliceByCodePoints, utf16ToCodePoint, utf16ToCodePoints } from '../../../shared/text/offsets';

// "Ein 😀 Test: café with e + combining acute, 𝕏 (astral), 👩🏽‍💻 (ZWJ sequence)."
const text = 'Ein 😀 Test: cafe\u0301, 𝕏 and 👩🏽\u200d💻 end';

describe('offsets between UTF-16 units and code points', () => {
  test('ASCII text has the same offsets in both units', () => {
    expect(utf16ToCodePoint('hello', 3)).toBe(3);
    expect(codePointToUtf16('hello', 5)).toBe(5);
  });

  test('an emoji counts two UTF-16 units but one code point', () => {
    const after = text.indexOf('Test');
    expect(after).toBe(7);
    expect(utf16ToCodePoint(text, after)).toBe(6);
    expect(codePointToUtf16(text, 6)).toBe(7);
  });

  test('combining marks are a code point of their own in both units', () => {
    const acute = text.indexOf('\u0301');
    expect(utf16ToCodePoint(text, acute + 1) - utf16ToCodePoint(text, acute)).toBe(1);
  });

  test('every code-point offset round-trips through UTF-16', () => {
    const codePointCount = [...text].length;
    for (let cp = 0; cp <= codePointCount; cp++) {
      expect(utf16ToCodePoint(text, codePointToUtf16(text, cp))).toBe(cp);
    }
  });

  test('slicing by code points gives what Python would: the same passage as slicing by UTF-16', () => {
    const start = text.indexOf('𝕏');
    const end = text.indexOf(' end');
    const passage = text.slice(start, end);
    expect(passage).toBe('𝕏 and 👩🏽\u200d💻');
    expect(sliceByCodePoints(text, utf16ToCodePoint(text, start), utf16ToCodePoint(text, end))).toBe(passage);
    // The same passage as Python's len() sees it: 𝕏, space, a, n, d, space, 👩, 🏽, ZWJ, 💻.
    expect(utf16ToCodePoint(text, end) - utf16ToCodePoint(text, start)).toBe(10);
  });

  test('converts many offsets in one pass, in any order', () => {
    const offsets = [text.length, 0, text.indexOf('𝕏'), text.indexOf('Test')];
    expect(utf16ToCodePoints(text, offsets)).toEqual(offsets.map((o) => utf16ToCodePoint(text, o)));
  });

  test('refuses an offset inside a surrogate pair or outside the text', () => {
    const emoji = text.indexOf('😀');
    expect(isCodePointBoundary(text, emoji + 1)).toBe(false);
    expect(() => utf16ToCodePoint(text, emoji + 1)).toThrow(/surrogate/);
    expect(() => utf16ToCodePoints(text, [emoji + 1])).toThrow(/surrogate/);
    expect(() => utf16ToCodePoint(text, text.length + 1)).toThrow(RangeError);
    expect(() => codePointToUtf16(text, [...text].length + 1)).toThrow(RangeError);
    expect(() => codePointToUtf16(text, -1)).toThrow(RangeError);
  });
});
