import { describe, expect, test } from 'vitest';
import { graphemeCeil, graphemeFloor, nextGrapheme, previousGrapheme } from '../../../shared/text/graphemes';

// A letter with a combining accent, a flag, an emoji with a skin tone, a family joined by ZWJs, a
// Devanagari syllable, Hebrew with points, and plain letters.
const CLUSTERS = ['a', 'e\u0301', '🇫🇷', '🇩🇪', '👍🏽', '👨‍👩‍👧', 'क्षि', 'שָׁ', ' ', '𝒳', 'z'];
const TEXT = CLUSTERS.join('');
const BOUNDARIES = CLUSTERS.reduce<number[]>((at, cluster) => [...at, at.at(-1)! + cluster.length], [0]);

describe('characters as a reader sees them', () => {
  test('stepping forward and back visits exactly the cluster boundaries', () => {
    const forward = [0];
    while (forward.at(-1)! < TEXT.length) forward.push(nextGrapheme(TEXT, forward.at(-1)!));
    expect(forward).toEqual(BOUNDARIES);
    const back = [TEXT.length];
    while (back.at(-1)! > 0) back.push(previousGrapheme(TEXT, back.at(-1)!));
    expect(back.reverse()).toEqual(BOUNDARIES);
  });

  test('an offset inside a cluster rounds to its edges; a boundary stays where it is', () => {
    for (let i = 0; i < CLUSTERS.length; i++) {
      const [start, end] = [BOUNDARIES[i]!, BOUNDARIES[i + 1]!];
      for (let at = start + 1; at < end; at++) {
        expect([graphemeFloor(TEXT, at), graphemeCeil(TEXT, at), nextGrapheme(TEXT, at), previousGrapheme(TEXT, at)]).toEqual([start, end, end, start]);
      }
      expect([graphemeFloor(TEXT, start), graphemeCeil(TEXT, start)]).toEqual([start, start]);
    }
  });

  test('the ends of the text, and offsets past them, are their own bounds', () => {
    expect([nextGrapheme(TEXT, TEXT.length), previousGrapheme(TEXT, 0), graphemeFloor(TEXT, -1), graphemeCeil(TEXT, TEXT.length + 4)]).toEqual([TEXT.length, 0, 0, TEXT.length]);
    expect([nextGrapheme('', 0), previousGrapheme('', 0)]).toEqual([0, 0]);
  });

  test('a cluster longer than the slice first read around the offset is still one character', () => {
    const stacked = `x${'a' + '\u0301'.repeat(300)}y`;
    expect(nextGrapheme(stacked, 1)).toBe(stacked.length - 1);
    expect(previousGrapheme(stacked, stacked.length - 1)).toBe(1);
    expect(graphemeFloor(stacked, 150)).toBe(1);
  });
});
