// @vitest-environment jsdom
// Offsets in the canonical text (UTF-16 units) to positions in the document view's DOM and back: what a
// selection is coded as, and where a coding's highlight is drawn.
import { describe, expect, test } from 'vitest';
import { TextDomIndex } from '../../../../renderer/features/coding/textDomIndex';
import { SECTION_PARAGRAPHS } from '../../../../renderer/features/coding/documentNodes';
import { documentDom, paragraphElement, softBreak, textNode } from './documentDom';

// Two paragraphs, the second of two lines, with an astral character (two UTF-16 units) before "pledge".
const TEXT = 'The council met.\n\nA 𝒳 pledge: more buses.\nAnd fewer fares.';
const at = (phrase: string) => TEXT.indexOf(phrase);

function indexed(text = TEXT) {
  const { root, paragraphs } = documentDom(text);
  const index = TextDomIndex.build(root, paragraphs);
  if (!index) throw new Error('the DOM should spell the paragraphs');
  return { root, index };
}

describe('from the DOM to offsets', () => {
  test('a point in a text node is its offset in the canonical text, in UTF-16 units, a line break counting as its one “\\n”', () => {
    const { root, index } = indexed();
    expect(index.offsetOf(textNode(root, 0), 4)).toBe(at('council'));
    expect(index.offsetOf(textNode(root, 1, 0), 'A 𝒳 '.length)).toBe(at('pledge'));
    expect(index.offsetOf(textNode(root, 1, 1), 0)).toBe(at('And fewer'));
    expect(TEXT[at('And fewer') - 1]).toBe('\n');
  });

  test('a point on an element (before a child, at a paragraph’s end) and one between paragraphs map to the text nearby', () => {
    const { root, index } = indexed();
    const second = paragraphElement(root, 1);
    // Before the line break's element: the end of the first line.
    expect(index.offsetOf(second, 1)).toBe(at('\nAnd fewer'));
    // After the paragraph's last child: the paragraph's end.
    expect(index.offsetOf(second, second.childNodes.length)).toBe(TEXT.length);
    // On their section between the two paragraphs: the start of the second.
    expect(index.offsetOf(second.parentNode!, 1)).toBe(at('A 𝒳'));
    // On the root, before and after the sections: the text's start and end.
    expect(index.offsetOf(root, 0)).toBe(0);
    expect(index.offsetOf(root, root.children.length)).toBe(TEXT.length);
  });

  test('a range selected backwards gives ordered offsets; a point outside the document gives none', () => {
    const { root, index } = indexed();
    const range = document.createRange();
    range.setStart(textNode(root, 1, 1), 3);
    range.setEnd(textNode(root, 1, 1), 3);
    range.setStart(textNode(root, 0), 4);
    expect(index.offsetsOf(range)).toEqual({ start: at('council'), end: at(' fewer') });
    const outside = document.createElement('aside');
    document.body.append(outside);
    expect(index.offsetOf(outside, 0)).toBeNull();
    expect(index.contains(outside)).toBe(false);
  });
});

describe('from offsets to the DOM', () => {
  test('a range of offsets covers exactly those characters, inside a line and across a line break', () => {
    const { index } = indexed();
    expect(index.rangeOf(at('𝒳 pledge'), at(': more'))!.toString()).toBe('𝒳 pledge');
    const across = index.rangeOf(at('buses'), at(' fares'))!;
    expect(across.toString()).toBe('buses.\nAnd fewer');
    expect(index.offsetsOf(across)).toEqual({ start: at('buses'), end: at(' fares') });
  });

  test('ends that fall between paragraphs snap to the text: a start to the next paragraph, an end to the previous one', () => {
    const { root, index } = indexed();
    const gap = at('\n\n') + 1;
    const fromGap = index.rangeOf(gap, at(' 𝒳'))!;
    expect([fromGap.startContainer, fromGap.startOffset]).toEqual([textNode(root, 1, 0), 0]);
    expect(fromGap.toString()).toBe('A');
    const toGap = index.rangeOf(at('met.'), gap)!;
    expect(toGap.toString()).toBe('met.');
  });

  test('every offset maps to a point that maps back to it', () => {
    const { index } = indexed();
    // Inside the paragraph break ("\n\n") there is no character of a paragraph to point at.
    const insideBreak = at('\n\n') + 1;
    for (let offset = 0; offset <= TEXT.length; offset++) {
      if (offset === insideBreak) continue;
      const point = index.rangeOf(offset, offset)!;
      expect(index.offsetOf(point.startContainer, point.startOffset)).toBe(offset);
    }
  });

  test('a DOM that does not spell the paragraphs (not drawn yet, or drawn for other text) is not indexed', () => {
    const { root, paragraphs } = documentDom(TEXT);
    expect(TextDomIndex.build(root, paragraphs.slice(0, 1))).toBeNull();
    textNode(root, 1, 1).data = 'And fewer fares!!';
    expect(TextDomIndex.build(root, paragraphs)).toBeNull();
  });

  test('paragraph bounds are their offsets in the canonical text', () => {
    const { index } = indexed();
    expect([index.paragraphStart(1), index.paragraphEnd(1)]).toEqual([at('A 𝒳'), TEXT.length]);
    expect(index.paragraphEnd(0)).toBe(at('\n\n'));
  });
});

describe('a long document, drawn in sections of paragraphs', () => {
  // Three sections' worth of paragraphs, the last section part full.
  const count = SECTION_PARAGRAPHS * 2 + 5;
  const LONG = Array.from({ length: count }, (_, i) => `Paragraph ${i} says what it says.`).join('\n\n');

  test('paragraphs are grouped in order, and offsets map across the sections both ways', () => {
    const { root, index } = indexed(LONG);
    expect([...root.children].map((section) => section.children.length)).toEqual([SECTION_PARAGRAPHS, SECTION_PARAGRAPHS, 5]);
    expect(index.paragraphElements).toHaveLength(count);
    const last = LONG.indexOf(`Paragraph ${count - 1}`);
    expect(index.offsetOf(textNode(root, count - 1), 'Paragraph '.length)).toBe(last + 'Paragraph '.length);
    expect(index.rangeOf(LONG.indexOf('Paragraph 40'), LONG.indexOf(' says', LONG.indexOf('Paragraph 40')))!.toString()).toBe('Paragraph 40');
    // A selection from the first section into the third.
    const range = index.rangeOf(LONG.indexOf('says', LONG.indexOf('Paragraph 3 ')), last + 'Paragraph'.length)!;
    expect(index.offsetsOf(range)).toEqual({ start: LONG.indexOf('says', LONG.indexOf('Paragraph 3 ')), end: last + 'Paragraph'.length });
    // A point on the root between two sections: the next section's first paragraph.
    expect(index.offsetOf(root, 1)).toBe(LONG.indexOf(`Paragraph ${SECTION_PARAGRAPHS} `));
  });
});

describe('line breaks a reflow draws as spaces', () => {
  // A hard-wrapped paragraph, then a list whose items keep their lines.
  const WRAPPED = 'Voters chose Dana Whitfield by a nearly\n18-point margin on Tuesday.\n\nThe list:\n- bail\n- probation';
  const where = (phrase: string) => WRAPPED.indexOf(phrase);

  test('the drawn space is the stored “\\n”: its DOM character sits at the newline’s offset', () => {
    const { root, index } = indexed(WRAPPED);
    const space = softBreak(root, 0);
    expect(space.data).toBe('\n');
    expect(index.offsetOf(space, 0)).toBe(where('\n18-point'));
    expect(index.offsetOf(space, 1)).toBe(where('18-point'));
    expect(index.rangeOf(where('\n18'), where('18'))!.startContainer).toBe(space);
  });

  test('a selection across a reflowed break maps to exactly the stored range, newline included', () => {
    const { root, index } = indexed(WRAPPED);
    const range = document.createRange();
    range.setStart(textNode(root, 0, 0), 'Voters chose Dana Whitfield by '.length);
    range.setEnd(textNode(root, 0, 1), '18-point margin'.length);
    const selected = index.offsetsOf(range)!;
    expect(WRAPPED.slice(selected.start, selected.end)).toBe('a nearly\n18-point margin');
    // And back: the range drawn for those offsets covers the same characters.
    expect(index.rangeOf(selected.start, selected.end)!.toString()).toBe('a nearly\n18-point margin');
  });

  test('a selection that ends on the drawn space takes the newline in, one that ends before it does not', () => {
    const { root, index } = indexed(WRAPPED);
    const range = document.createRange();
    range.setStart(textNode(root, 0, 0), 'Voters chose Dana Whitfield by a '.length);
    range.setEnd(softBreak(root, 0), 1);
    expect(index.offsetsOf(range)).toEqual({ start: where('nearly'), end: where('18-point') });
    range.setEnd(softBreak(root, 0), 0);
    expect(index.offsetsOf(range)).toEqual({ start: where('nearly'), end: where('\n18-point') });
  });

  test('list items keep their breaks inside one run of text, and every offset still maps back to itself', () => {
    const { root, index } = indexed(WRAPPED);
    expect(paragraphElement(root, 1).querySelectorAll('.doc-soft-break')).toHaveLength(0);
    expect(textNode(root, 1).data).toBe('The list:\n- bail\n- probation');
    expect(index.offsetOf(textNode(root, 1), 'The list:\n'.length)).toBe(where('- bail'));
    const insideBreak = where('\n\n') + 1;
    for (let offset = 0; offset <= WRAPPED.length; offset++) {
      if (offset === insideBreak) continue;
      const point = index.rangeOf(offset, offset)!;
      expect(index.offsetOf(point.startContainer, point.startOffset)).toBe(offset);
    }
  });
});
