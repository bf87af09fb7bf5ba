import { describe, expect, test } from 'vitest';
import { characterIndex, charactersCovered, unitCharacterIndex } from '../../../shared/text/characterIndex';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

// A letter with a combining accent, a flag, an emoji with a skin tone, a family joined by ZWJs, a
// Devanagari syllable, Hebrew with points, a CJK Extension B ideograph, Hangul jamo, Thai with a
// vowel mark, CR LF, a mathematical letter, and plain letters.
const CLUSTERS = ['a', 'e\u0301', '🇫🇷', '🇩🇪', '👍🏽', '👨‍👩‍👧', 'क्षि', 'שָׁ', ' ', '𠀀', '\u1100\u1161\u11a8', 'กำ', '\r\n', '𝒳', 'z', '😀'];

/** Every offset converts as counting the segmenter's clusters of the whole text would. */
function expectAsSegmenter(text: string): void {
  const boundaries = [0];
  for (const { index, segment } of segmenter.segment(text)) boundaries.push(index + segment.length);
  const index = characterIndex(text);
  expect(index.length, JSON.stringify(text)).toBe(boundaries.length - 1);
  let k = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    while (boundaries[k + 1]! <= offset) k++;
    const on = boundaries[k] === offset;
    expect([index.floor(offset), index.ceil(offset)], `${JSON.stringify(text)} at ${offset}`).toEqual([k, on ? k : k + 1]);
  }
}

describe('character index', () => {
  test('counts clusters, and each cluster boundary converts to its place in the list', () => {
    const text = CLUSTERS.join('');
    expect(clusters(text)).toEqual(CLUSTERS);
    const index = characterIndex(text);
    expect(index.length).toBe(CLUSTERS.length);
    let offset = 0;
    CLUSTERS.forEach((cluster, i) => {
      expect([index.floor(offset), index.ceil(offset)]).toEqual([i, i]);
      // Inside a cluster: floor before it, ceil after it.
      for (let inside = offset + 1; inside < offset + cluster.length; inside++) expect([index.floor(inside), index.ceil(inside)]).toEqual([i, i + 1]);
      offset += cluster.length;
    });
    expect([index.floor(text.length), index.ceil(text.length)]).toEqual([CLUSTERS.length, CLUSTERS.length]);
  });

  test('plain text converts by identity', () => {
    const text = 'Plain Latin, with précis and naïve (precomposed), Ελληνικά, кириллица, 中文.\n\nEnd.';
    const index = characterIndex(text);
    expect(index.length).toBe(text.length);
    for (let i = 0; i <= text.length; i++) expect([index.floor(i), index.ceil(i)]).toEqual([i, i]);
    expect(unitCharacterIndex(5).ceil(3)).toBe(3);
  });

  test('offsets past the ends count as the ends; a fraction of a unit is refused', () => {
    const index = characterIndex('a😀b');
    expect([index.floor(-2), index.ceil(9)]).toEqual([0, 3]);
    expect(() => index.floor(1.5)).toThrow(RangeError);
  });

  test('long texts of joining characters, and a cluster longer than a slice, count as the segmenter does', () => {
    const emoji = Array.from({ length: 400 }, (_, i) => CLUSTERS[i % CLUSTERS.length]).join('');
    expect(characterIndex(emoji).length).toBe(400);
    const zalgo = `a${'\u0301'.repeat(2000)}b`;
    const index = characterIndex(zalgo);
    expect([index.length, index.ceil(1000), index.floor(2001)]).toEqual([2, 1, 1]);
    // Flags side by side pair off from the first: no slice edge may pair them differently.
    const flags = '🇫🇷'.repeat(300);
    expect(characterIndex(`x${flags}`).length).toBe(301);
  });

  test('every offset of a long mixed text converts as the segmenter counts, across slice edges', () => {
    // A fixed pseudo-random mix of clusters and plain letters, long enough for many slices.
    let seed = 7;
    const pick = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % (CLUSTERS.length + 4);
    expectAsSegmenter(Array.from({ length: 1500 }, () => CLUSTERS[pick()] ?? 'w').join(''));
  });

  test('a letter with one accent counts as the segmenter does, in every context that could join it further', () => {
    for (let c = 0x300; c <= 0x36f; c++) {
      const mark = String.fromCharCode(c);
      for (const text of [`a${mark}b`, `${mark}a`, `\n${mark}a`, `\u0915\u094d\u0915${mark} `, `😀a${mark}`, `a${mark}${mark}`, `\u200da${mark}`, `\u0600a${mark}`, `\u1100a${mark}`, `e${mark}\u0301e${mark}`]) {
        expectAsSegmenter(text);
      }
    }
  });

  test('between two BMP units that need no segmenting there is a boundary, for every BMP character', () => {
    // Probes each character after and before a letter and a Hangul syllable: a character that joined
    // a neighbour without being in the joining set would count one character too many.
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const probe = `a${ch}a\uac00${ch}\u0915${ch}`;
      if (characterIndex(probe).length !== clusters(probe).length) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test('characters covered by runs count a character two runs share once', () => {
    const text = 'cafe\u0301 😀 noir';
    const index = characterIndex(text);
    // "cafe" and the accent alone: one "café" of 4 characters.
    expect(charactersCovered(index, [{ start: 0, end: 4 }, { start: 4, end: 5 }])).toBe(4);
    // Half of the emoji twice, then "noir".
    expect(charactersCovered(index, [{ start: 6, end: 7 }, { start: 7, end: 8 }, { start: 9, end: 13 }])).toBe(5);
  });
});
