// The Lexical nodes for a document's canonical text: one paragraph node per paragraph; inside it, the
// lines as text, each "\n" kept as a "\n" character of the DOM. A break that a reflow joins (see
// shared/text/hardWrap.ts) is a node of its own, a SoftBreakNode, so that CSS can draw it as a space
// when the document is shown reflowed and as a line break otherwise, with the same DOM either way.
// DOM text then spells the canonical text exactly, which is what TextDomIndex relies on to map
// offsets: the character under a drawn space is the stored "\n".
import { $createParagraphNode, $createTextNode, $getRoot, TextNode, type EditorConfig, type Klass, type LexicalNode, type ParagraphNode } from 'lexical';
import type { Paragraph } from '../../../shared/text/paragraphs';
import { joinsPreviousLine } from '../../../shared/text/hardWrap';

/** The class of the element a reflowable break is drawn in (styles.css draws it as a space under `.reflowed`). */
export const SOFT_BREAK_CLASS = 'doc-soft-break';

/**
 * A "\n" that a reflow draws as a space. A TextNode of its own type, so that Lexical never merges it
 * with the text around it (it merges adjacent plain text nodes only).
 */
export class SoftBreakNode extends TextNode {
  override $config() {
    return this.config('fw-soft-break', { extends: TextNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.classList.add(SOFT_BREAK_CLASS);
    return element;
  }
}

/** The node classes a document view's editor must register. */
export const DOCUMENT_NODES: ReadonlyArray<Klass<LexicalNode>> = [SoftBreakNode];

/** Fills the root of the editor being initialised; call inside an editor update. */
export function $appendParagraphs(paragraphs: readonly Paragraph[]): void {
  $getRoot().append(...paragraphs.map($paragraphNode));
}

function $paragraphNode(paragraph: Paragraph): ParagraphNode {
  const children: LexicalNode[] = [];
  // Lines joined by breaks that stay breaks (before a list item) share one text node.
  let run = '';
  paragraph.text.split('\n').forEach((line, i) => {
    if (i === 0) run = line;
    else if (joinsPreviousLine(line)) {
      children.push($createTextNode(run), new SoftBreakNode('\n'));
      run = line;
    } else run += `\n${line}`;
  });
  children.push($createTextNode(run));
  return $createParagraphNode().append(...children);
}
