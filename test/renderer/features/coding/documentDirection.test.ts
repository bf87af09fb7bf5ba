// @vitest-environment jsdom
// Right-to-left text in the document view. Lexical marks each section of 32 paragraphs dir="auto", so
// every paragraph took the direction of its section's first one: in a bilingual transcript, an English
// paragraph after a Hebrew one was right-aligned with its full stop drawn before it (".Hello world"),
// and an Arabic answer after an English question the other way round (seen in Chromium). Each
// paragraph's lines take their direction from their own text instead (`unicode-bidi: plaintext`,
// which applies to each line of a paragraph on its own). jsdom lays nothing out: this checks the
// style that Chromium reads, and that the text it holds is unchanged.
import { expect, test } from 'vitest';
import { TextDomIndex } from '../../../../renderer/features/coding/textDomIndex';
import { PARAGRAPH_CLASS } from '../../../../renderer/features/coding/documentNodes';
import { documentDom } from './documentDom';

const TEXT = 'שלום עולם, מה שלומך?\n\nHello world.\n\nInterviewer: how are you?\nمرحبا بالعالم.';

test('each paragraph of a bilingual document takes its lines’ direction from their own text', () => {
  const { root, paragraphs } = documentDom(TEXT);
  const elements = [...root.getElementsByClassName(PARAGRAPH_CLASS)] as HTMLElement[];
  expect(elements).toHaveLength(3);
  for (const element of elements) expect(element.style.unicodeBidi).toBe('plaintext');
  // Offsets map as before: the text is the same.
  expect(TextDomIndex.build(root, paragraphs)!.rangeOf(TEXT.indexOf('Hello'), TEXT.indexOf(' world'))!.toString()).toBe('Hello');
});
