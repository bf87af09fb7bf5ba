// A memo's plain text back into the editor's paragraphs: what a REFI-QDA file or an older project
// carries. Paragraphs joined by a blank line (as the editor's text joins them) come back as those
// paragraphs, not with an empty one between each two; another tool's single line breaks are
// paragraphs too.
import { expect, test } from 'vitest';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';

const paragraphsOf = (text: string) =>
  (JSON.parse(plainTextToMemoBody(text)) as { root: { children: { children: { text: string }[] }[] } }).root.children.map((p) => p.children.map((c) => c.text).join(''));

test.each([
  ['One paragraph.', ['One paragraph.']],
  ['First.\n\nSecond.', ['First.', 'Second.']], // as Framewise exports a memo of two paragraphs
  ['First.\nSecond.', ['First.', 'Second.']], // as other tools write lines
  ['First.\n\n\n\nThird.', ['First.', '', 'Third.']], // an empty paragraph the researcher left
  ['', ['']],
])('%j reads as the paragraphs %j', (text, paragraphs) => {
  expect(paragraphsOf(text)).toEqual(paragraphs);
});
