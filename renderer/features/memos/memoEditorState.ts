// Loading a stored memo body into a Lexical editor. A body Lexical cannot read whole (from another
// tool, a newer version, or damaged) is read node by node, and a node it cannot read keeps its text as
// a plain paragraph: a memo is the researcher's writing and is never dropped.
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';

/** Replaces the editor's content with the body's. Call inside `editor.update`. */
export function $loadMemoBody(body: string): void {
  const root = $getRoot();
  root.clear();
  for (const child of serializedChildren(body)) {
    try {
      const node = $parseSerializedNode(child);
      if ($isElementNode(node) && !node.isInline()) root.append(node);
      else root.append($createParagraphNode().append(node));
    } catch {
      const text = textOf(child);
      root.append(text ? $createParagraphNode().append($createTextNode(text)) : $createParagraphNode());
    }
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

function serializedChildren(body: string): SerializedLexicalNode[] {
  try {
    const parsed = JSON.parse(body) as { root?: { children?: unknown } };
    const children = parsed.root?.children;
    if (Array.isArray(children)) return children as SerializedLexicalNode[];
  } catch {
    // Not JSON: a plain-text memo from elsewhere.
  }
  return (JSON.parse(plainTextToMemoBody(body)) as { root: { children: SerializedLexicalNode[] } }).root.children;
}

function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const { text, children } = node as { text?: unknown; children?: unknown };
  if (typeof text === 'string') return text;
  return Array.isArray(children) ? children.map(textOf).join('') : '';
}
