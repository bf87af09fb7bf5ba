// Which codings are at a place in the text: the rule "Codes here", the active coding and the window
// of drawn highlights share. Offsets are UTF-16 units of the canonical text, ranges `[start, end)`.

export interface OffsetRange {
  start: number;
  end: number;
}

/** Whether two non-empty ranges share at least one character (touching ends do not). */
export function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The codings at a caret (an empty range: the codings it is inside, its start included, its end not)
 * or a selection (the codings it overlaps). None for no selection.
 */
export function codingsAt<T extends OffsetRange>(codings: readonly T[], selection: OffsetRange | null): T[] {
  if (!selection) return [];
  const { start, end } = selection;
  return codings.filter((c) => (start === end ? c.start <= start && start < c.end : overlaps(c, selection)));
}
