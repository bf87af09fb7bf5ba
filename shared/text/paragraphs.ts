// The document view shows canonical text as paragraphs: blank lines separate them, a single newline
// is a line break inside one. Each paragraph remembers where it starts so that a position on screen
// maps back to an offset in the canonical text.

export interface Paragraph {
  /** UTF-16 offset of the paragraph's first character in the canonical text. */
  start: number;
  text: string;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    if (match.index > start) paragraphs.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ start, text: text.slice(start) });
  return paragraphs;
}

/** Trims whitespace at both ends of `[start, end)`: a selection dragged past a word's end is common. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
