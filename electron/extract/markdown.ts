// Markdown as a reader sees it: the words of headings, paragraphs, list items, quotes, code and
// table cells, with the markup (`#`, `*`, link targets, raw HTML) gone. Blocks become paragraphs
// separated by a blank line; a hard line break stays a line break.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Heading, Nodes, Parents, RootContent } from 'mdast';

export function extractMarkdown(source: string): { text: string; title?: string } {
  const tree = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const blocks: string[] = [];
  collectBlocks(tree.children, blocks);
  const firstHeading = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title = firstHeading ? inlineText(firstHeading).trim() : '';
  return title ? { text: blocks.join('\n\n'), title } : { text: blocks.join('\n\n') };
}

function collectBlocks(nodes: readonly RootContent[], blocks: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
        pushBlock(blocks, inlineText(node));
        break;
      case 'code':
        pushBlock(blocks, node.value);
        break;
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'footnoteDefinition':
        collectBlocks(node.children, blocks);
        break;
      case 'table':
        // A row reads as one line, its cells separated by tabs, as when a table is copied as text.
        pushBlock(blocks, node.children.map((row) => row.children.map((cell) => inlineText(cell).trim()).join('\t')).join('\n'));
        break;
      default:
        // thematicBreak, html, definition, yaml: nothing a reader sees as text.
        break;
    }
  }
}

function pushBlock(blocks: string[], text: string): void {
  if (/\S/u.test(text)) blocks.push(text);
}

/** Text of inline content; iterative, so a pathological nesting depth cannot overflow the stack. */
function inlineText(root: Parents): string {
  let out = '';
  const stack: Nodes[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      case 'html':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}
