// The Lexical nodes for a document's canonical text: one paragraph node per paragraph, a line break
// node per single newline inside it. DOM text then spells the canonical text exactly, which is what
// TextDomIndex relies on to map offsets.
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, type LexicalNode, type ParagraphNode } from 'lexical';
import type { Paragraph } from '../../../shared/text/paragraphs';

/** Fills the root of the editor being initialised; call inside an editor update. */
export function $appendParagraphs(paragraphs: readonly Paragraph[]): void {
  $getRoot().append(...paragraphs.map($paragraphNode));
}

function $paragraphNode(paragraph: Paragraph): ParagraphNode {
  const node = $createParagraphNode();
  const children: LexicalNode[] = [];
  paragraph.text.split('\n').forEach((line, i) => {
    if (i > 0) children.push($createLineBreakNode());
    if (line) children.push($createTextNode(line));
  });
  return node.append(...children);
}
