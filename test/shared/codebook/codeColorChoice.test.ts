// Which colour a new code takes once every palette colour is in use: the one fewest codes have, so
// that no colour ends up on three codes while others are on one.
import { describe, expect, test } from 'vitest';
import { CODE_COLORS, nextCodeColor } from '../../../shared/codebook/codeColors';

describe('the colour of a new code when the palette is used up', () => {
  test('goes to the palette colour fewest codes have', () => {
    // Every colour once, and cyan a second time (a researcher picked it for a code of their own).
    const used = [...CODE_COLORS, '#88ccee'];
    const next = nextCodeColor(used);
    expect(next).not.toBe('#88ccee');
    expect(used.filter((color) => color === next)).toHaveLength(1);
  });

  test('in palette order among the colours used as often', () => {
    expect(nextCodeColor([...CODE_COLORS])).toBe(CODE_COLORS[0]);
    expect(nextCodeColor([...CODE_COLORS, CODE_COLORS[0]!])).toBe(CODE_COLORS[1]);
    expect(nextCodeColor([...CODE_COLORS, ...CODE_COLORS, CODE_COLORS[0]!.toUpperCase()])).toBe(CODE_COLORS[1]);
  });
});
