// Memos are rich text: a serialized Lexical editor state. This builds the state for plain text, one
// paragraph per line, so that memos written before rich text (and memos imported from other tools)
// open in the editor. The JSON shape is Lexical's (version 1 nodes), written here without Lexical
// because shared/ must not depend on an editor.
//
// A memo's plain text (what exports and REFI-QDA files carry) has its paragraphs joined by a blank line,
// as Lexical's text content joins them: a blank line is one paragraph break, not a paragraph more, or
// each round trip through a .qdpx would add an empty paragraph between every two. Two blank lines are
// an empty paragraph the researcher left.

export function plainTextToMemoBody(text: string): string {
  const paragraphs = text.split(/\n\n?/u).map((line) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: line ? [{ type: 'text', version: 1, text: line, detail: 0, format: 0, mode: 'normal', style: '' }] : [],
  }));
  return JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs } });
}
