// A researcher's text written into a Markdown file (the memos export) is text, never markup: names,
// quotes and memo bodies are escaped so that a Markdown viewer shows `<script>`, `*stars*` or a
// leading `#` as typed, and never renders HTML from them. Backslash escapes are CommonMark's own
// (section 2.4: any ASCII punctuation may be escaped), so the file stays readable as plain text.

/**
 * What Markdown reads as block markup only at the start of a line: a heading, block quote or list
 * marker (`1.` and `1)` too), a thematic break, a setext heading underline (`---` or `===` under a
 * line). Group 1 is the indent, group 2 the marker, whose last character is what to escape.
 */
export const LINE_START_MARKUP = /(?<=^|[\n\r])([ \t]*)([#>+=-]|\d+[.)](?=\s|$))/gu;

/** Escapes the characters Markdown acts on in running text; line starts are checked line by line. */
export function escapeMarkdownText(text: string): string {
  return (
    text
      // `~` is GFM's strikethrough, and three of them open a code block.
      .replace(/[\\`*[\]<&|~]/gu, (c) => `\\${c}`)
      // An underscore inside a word ("001_news") is no emphasis in CommonMark: left as it is.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(LINE_START_MARKUP, (_, space: string, marker: string) => `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`)
  );
}
