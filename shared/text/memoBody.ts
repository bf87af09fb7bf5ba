// Memos are rich text: a serialized Lexical editor state. This builds the state for plain text, one
// paragraph per line, so that memos written before rich text (and memos imported from other tools)
// open in the editor. The JSON shape is Lexical's (version 1 nodes), written here without Lexical
// because shared/ must not depend on an editor.

export function plainTextToMemoBody(text: string): string {
  const paragraphs = text.split('\n').map((line) => ({
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
