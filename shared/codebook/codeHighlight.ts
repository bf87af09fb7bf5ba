// How a code marks the text it codes, from its colour alone (the styles in
// renderer/features/coding/highlightStyles.ts follow this): a translucent tint behind the words, and
// an underline in the full colour on a rail of its own, so that where two codes overlap both still
// show. Tints blend where codings overlap (two 33% tints give a darker mix of both), which alone
// cannot say which codes are there; the underlines can: each code's line is drawn at its own
// distance below the text, or, when it shares that distance with another code, in another pattern
// whose gaps let the line beneath show through.

/**
 * The share of a code's colour in its highlight, over the white page. A third: black text stays
 * readable at WCAG AA (4.5:1) on any code's tint and on any two tints overlapping, with every colour
 * of the palette (test/shared/codebook/codeColors.test.ts checks both).
 */
export const HIGHLIGHT_TINT = 0.33;

/** Distances of the underline rails below the text's baseline, in CSS pixels (lines are 24 px apart). */
export const UNDERLINE_OFFSETS = [2, 5, 8] as const;
export const UNDERLINE_STYLES = ['solid', 'dashed', 'dotted', 'wavy'] as const;

export interface CodeUnderline {
  offset: number;
  style: (typeof UNDERLINE_STYLES)[number];
}

/**
 * The underline of the code at `position` in the codebook's order: rails in turn, then the next
 * pattern, so that the first twelve codes (the palette's twelve colours) all differ in rail or pattern.
 */
export function codeUnderline(position: number): CodeUnderline {
  const rails = UNDERLINE_OFFSETS.length;
  return {
    offset: UNDERLINE_OFFSETS[position % rails]!,
    style: UNDERLINE_STYLES[Math.floor(position / rails) % UNDERLINE_STYLES.length]!,
  };
}
