// A document view's DOM as Lexical draws it, without Lexical: one <p> per paragraph of the canonical
// text, each line in a <span>, a <br> between lines. For unit tests of what maps offsets to that DOM.
import { splitParagraphs, type Paragraph } from '../../../../shared/text/paragraphs';

export function documentDom(text: string): { root: HTMLElement; paragraphs: Paragraph[] } {
  const paragraphs = splitParagraphs(text);
  const root = document.createElement('div');
  for (const paragraph of paragraphs) {
    const element = document.createElement('p');
    paragraph.text.split('\n').forEach((line, i) => {
      if (i > 0) element.append(document.createElement('br'));
      if (line === '') return;
      const span = document.createElement('span');
      span.textContent = line;
      element.append(span);
    });
    root.append(element);
  }
  document.body.replaceChildren(root);
  return { root, paragraphs };
}

/** The text node of line `line` of paragraph `paragraph`. */
export function textNode(root: HTMLElement, paragraph: number, line = 0): Text {
  return root.children[paragraph]!.querySelectorAll('span')[line]!.firstChild as Text;
}
