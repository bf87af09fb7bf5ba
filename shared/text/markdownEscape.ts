// A researcher's text written into a Markdown file (the memos export) is text, never markup: names,
// quotes and memo bodies are escaped so that a Markdown viewer shows `<script>`, `*stars*` or a
// leading `#` as typed, and never renders HTML from them. Backslash escapes are CommonMark's own
// (section 2.4: any ASCII punctuation may be escaped), so the file stays readable as plain text.

/** Escapes the characters Markdown acts on in running text; line starts are checked line by line. */
export function escapeMarkdownText(text: string): string {
  return (
    text
      .replace(/[\\`*[\]<&|]/gu, (c) => `\\${c}`)
      // An underscore inside a word ("001_news") is no emphasis in CommonMark: left as it is.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      // Headings, block quotes and list markers act only at the start of a line.
      .replace(/^(\s*)([#>])/gmu, '$1\\$2')
      .replace(/^(\s*)([-+]|\d+\.)(\s)/gmu, '$1\\$2$3')
  );
}
