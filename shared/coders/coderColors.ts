// Colours a coder can take, with names: a colour is chosen from a list read out by name, which works
// from the keyboard and with a screen reader, unlike a colour picker. The first is the first coder's.
// Chosen apart from the code colours (shared/codebook/codeColors.ts) that highlights use.

export interface NamedColor {
  name: string;
  /** `#rrggbb`, lower case. */
  color: string;
}

export const CODER_PALETTE: readonly NamedColor[] = [
  { name: 'Violet', color: '#7c3aed' },
  { name: 'Teal', color: '#0891b2' },
  { name: 'Pink', color: '#db2777' },
  { name: 'Green', color: '#65a30d' },
  { name: 'Orange', color: '#ea580c' },
  { name: 'Slate', color: '#475569' },
];

export const CODER_COLORS: readonly string[] = CODER_PALETTE.map((c) => c.color);

/** The first colour no coder of the project has yet (so two coders are told apart at a glance). */
export function unusedCoderColor(taken: readonly string[]): string {
  const used = new Set(taken.map((c) => c.toLowerCase()));
  return (CODER_PALETTE.find((c) => !used.has(c.color)) ?? CODER_PALETTE[taken.length % CODER_PALETTE.length]!).color;
}
