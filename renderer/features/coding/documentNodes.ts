// The Lexical nodes for a document's canonical text: one paragraph node per paragraph; inside it, the
// lines as text, each "\n" kept as a "\n" character of the DOM. A break that a reflow joins (see
// shared/text/hardWrap.ts) is a node of its own, a SoftBreakNode, so that CSS can draw it as a space
// when the document is shown reflowed and as a line break otherwise, with the same DOM either way.
// DOM text then spells the canonical text exactly, which is what TextDomIndex relies on to map
// offsets: the character under a drawn space is the stored "\n".
//
// The paragraphs are held in sections of SECTION_PARAGRAPHS, each drawn with `content-visibility:
// auto` (styles.css): the browser styles, lays out and paints only the sections near the screen, so a
// 150,000-word document opens without laying out all of its text first. On the sections, not on each
// paragraph: the browser checks every such element against the screen on each frame, and ten
// thousand of them made every key press pay for it (styles.css).
import { $createTextNode, $getRoot, ElementNode, ParagraphNode, TextNode, type EditorConfig, type Klass, type LexicalNode } from 'lexical';
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

/**
 * A paragraph of the text, whose lines each take their direction from their own text (CSS
 * `unicode-bidi: plaintext`, which treats each line of pre-wrapped text as a paragraph of its own).
 * Lexical marks each section dir="auto", so without it every paragraph took the direction of its
 * section's first one: in a bilingual transcript, an English paragraph after a Hebrew one was drawn
 * right-aligned with its full stop before it, an Arabic answer after an English question the other
 * way round. Set on the element, not by a stylesheet: it is part of spelling the text right.
 */
export class DocumentParagraphNode extends ParagraphNode {
  override $config() {
    return this.config('fw-paragraph', { extends: ParagraphNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.style.unicodeBidi = 'plaintext';
    return element;
  }
}

/** The class of a section's element, and of a paragraph's (the editor's theme). */
export const SECTION_CLASS = 'doc-section';
export const PARAGRAPH_CLASS = 'doc-paragraph';
/** Paragraphs per section: a screenful or two of text, and a few hundred sections in the longest document. */
export const SECTION_PARAGRAPHS = 32;

/**
 * A run of consecutive paragraphs, drawn as a block the browser can skip while it is far from the
 * screen. Until it has been drawn once, it takes the height its text is estimated to need (the
 * estimate's inputs are custom properties styles.css reads); after, the height it was drawn at.
 */
export class DocumentSectionNode extends ElementNode {
  override $config() {
    return this.config('fw-section', { extends: ElementNode });
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = SECTION_CLASS;
    let characters = 0;
    for (const paragraph of this.getChildren()) characters += paragraph.getTextContentSize();
    element.style.setProperty('--section-characters', String(characters));
    element.style.setProperty('--section-paragraphs', String(this.getChildrenSize()));
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }
}

/** The node classes a document view's editor must register. */
export const DOCUMENT_NODES: ReadonlyArray<Klass<LexicalNode>> = [SoftBreakNode, DocumentParagraphNode, DocumentSectionNode];

/** Fills the root of the editor being initialised; call inside an editor update. */
export function $appendParagraphs(paragraphs: readonly Paragraph[]): void {
  const sections: DocumentSectionNode[] = [];
  for (let first = 0; first < paragraphs.length; first += SECTION_PARAGRAPHS) {
    sections.push(new DocumentSectionNode().append(...paragraphs.slice(first, first + SECTION_PARAGRAPHS).map($paragraphNode)));
  }
  $getRoot().append(...sections);
}

/** One paragraph of the text as a paragraph node (its lines as text, reflowable breaks as SoftBreakNodes). */
export function $paragraphNode(paragraph: Paragraph): ParagraphNode {
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
  return new DocumentParagraphNode().append(...children);
}
