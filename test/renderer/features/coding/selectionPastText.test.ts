// @vitest-environment jsdom
// A selection dragged from the text past its top or its end (over the document's title, the margin
// below the last line) covers the text from where it began to the text's edge, as drawn: that part is
// the passage, not nothing ("Select a passage first").
import { expect, test } from 'vitest';
import { TextDomIndex } from '../../../../renderer/features/coding/textDomIndex';
import { currentSelection } from '../../../../renderer/features/coding/SelectionPlugin';
import { documentDom, textNode } from './documentDom';

const TEXT = 'The council met.\n\nA pledge: more buses.';

function page() {
  const { root, paragraphs } = documentDom(TEXT);
  const title = document.createElement('h2');
  title.textContent = 'Council minutes';
  const after = document.createElement('p');
  after.textContent = 'pledge · metric';
  root.before(title);
  root.after(after);
  root.tabIndex = 0;
  root.focus();
  return { root, title: title.firstChild as Text, after: after.firstChild as Text, index: TextDomIndex.build(root, paragraphs)! };
}

test('dragged up past the text’s start, the passage runs from the text’s start', () => {
  const { root, title, index } = page();
  document.getSelection()!.setBaseAndExtent(textNode(root, 1), 'A pledge'.length, title, 3);
  expect(currentSelection(index)).toEqual({ start: 0, end: TEXT.indexOf(': more') });
});

test('dragged down past the text’s end, the passage runs to the text’s end', () => {
  const { root, after, index } = page();
  document.getSelection()!.setBaseAndExtent(textNode(root, 0), 'The '.length, after, 4);
  expect(currentSelection(index)).toEqual({ start: 'The '.length, end: TEXT.length });
});

test('a selection wholly outside the text is no passage of it', () => {
  const { title, after, index } = page();
  document.getSelection()!.setBaseAndExtent(title, 1, after, 2);
  expect(currentSelection(index)).toBeUndefined();
});
