import { describe, expect, test } from 'vitest';
import {
  codePointCeil,
  codePointFloor,
  codePointToUtf16,
  isCodePointBoundary,
  nextCodePoint,
  passageRangeProblem,
  previousCodePoint,
  sliceByCodePoints,
  utf16ToCodePoint,
  utf16ToCodePoints,
  wholeCodePoints,
} from '../../../shared/text/offsets';

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

describe('whole characters', () => {
  const s = '😀ab😀';
  test('floor and ceiling step out of a surrogate pair, and leave a boundary alone', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => codePointFloor(s, o))).toEqual([0, 0, 2, 3, 4, 4, 6]);
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => codePointCeil(s, o))).toEqual([0, 2, 2, 3, 4, 6, 6]);
  });

  test('one character before or after an offset is a whole emoji at either end of the text', () => {
    expect(nextCodePoint(s, 0)).toBe(2);
    expect(nextCodePoint(s, 4)).toBe(6);
    expect(nextCodePoint(s, 6)).toBe(6);
    expect(previousCodePoint(s, 6)).toBe(4);
    expect(previousCodePoint(s, 2)).toBe(0);
    expect(previousCodePoint(s, 0)).toBe(0);
  });

  test('a range is widened to whole characters', () => {
    expect(wholeCodePoints(s, 1, 5)).toEqual({ start: 0, end: 6 });
    expect(wholeCodePoints(s, 2, 4)).toEqual({ start: 2, end: 4 });
  });

  test('a passage must lie in the text, hold a character, and not split one', () => {
    expect(passageRangeProblem(s, 0, 6)).toBeNull();
    expect(passageRangeProblem(s, 0, 1)).toBe('splits-character');
    expect(passageRangeProblem(s, 5, 6)).toBe('splits-character');
    expect(passageRangeProblem(s, 3, 3)).toBe('empty');
    expect(passageRangeProblem(s, 4, 7)).toBe('outside');
    expect(passageRangeProblem(s, -1, 2)).toBe('outside');
    expect(passageRangeProblem(s, 2.5, 4)).toBe('outside');
  });
});
