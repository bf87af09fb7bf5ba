// A document view's DOM as the document view draws it: the real Lexical nodes of documentNodes.ts
// rendered by a Lexical editor into a detached root, without React. For unit tests of what maps
// offsets to that DOM (jsdom files only).
import { createEditor } from 'lexical';
import { $appendParagraphs, DOCUMENT_NODES, PARAGRAPH_CLASS, SOFT_BREAK_CLASS } from '../../../../renderer/features/coding/documentNodes';
import { splitParagraphs, type Paragraph } from '../../../../shared/text/paragraphs';

export function documentDom(text: string): { root: HTMLElement; paragraphs: Paragraph[] } {
  const paragraphs = splitParagraphs(text);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const editor = createEditor({
    namespace: 'test-document',
    editable: false,
    nodes: [...DOCUMENT_NODES],
    theme: { paragraph: PARAGRAPH_CLASS },
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  // Discrete: the DOM is drawn before update() returns.
  editor.update(() => $appendParagraphs(paragraphs), { discrete: true });
  return { root, paragraphs };
}

/** The element of paragraph `paragraph` (inside its section). */
export function paragraphElement(root: HTMLElement, paragraph: number): Element {
  return root.getElementsByClassName(PARAGRAPH_CLASS)[paragraph]!;
}

/**
 * The text node of the `line`-th run of text in paragraph `paragraph`: the lines a reflow joins are
 * runs of their own, separated by soft breaks; lines that keep their break share a run.
 */
export function textNode(root: HTMLElement, paragraph: number, line = 0): Text {
  return paragraphElement(root, paragraph).querySelectorAll(`span:not(.${SOFT_BREAK_CLASS})`)[line]!.firstChild as Text;
}

/** The text node of the `n`-th soft break (a "\n" a reflow draws as a space) of paragraph `paragraph`. */
export function softBreak(root: HTMLElement, paragraph: number, n = 0): Text {
  return paragraphElement(root, paragraph).querySelectorAll(`.${SOFT_BREAK_CLASS}`)[n]!.firstChild as Text;
}
