// Colours a coder can take, with names: a colour is chosen from a list read out by name, which works
// from the keyboard and with a screen reader, unlike a colour picker.
import { CODER_COLORS } from '../projects/workspace';

const NAMES = ['Violet', 'Teal', 'Pink', 'Green', 'Orange', 'Slate'];

export interface CoderColor {
  name: string;
  color: string;
}

export const CODER_PALETTE: readonly CoderColor[] = CODER_COLORS.map((color, i) => ({ name: NAMES[i] ?? color, color }));

/** The first colour no coder of the project has yet (so two coders are told apart at a glance). */
export function unusedCoderColor(taken: readonly string[]): string {
  const used = new Set(taken.map((c) => c.toLowerCase()));
  return (CODER_PALETTE.find((c) => !used.has(c.color)) ?? CODER_PALETTE[taken.length % CODER_PALETTE.length]!).color;
}
