// A memo's rich text as Markdown, for the memos export: Lexical's own converter run on a headless
// editor (no DOM), with the transformers for what memos contain (lists, bold, italic, strikethrough,
// inline code). A body that does not parse (written by another tool, or damaged) falls back to the
// memo's plain text, so that the export never loses a memo.
//
// What a researcher typed or pasted is text, never markup: `<img onerror=…>` or `<script>` in a memo
// must reach the file as those characters, not as HTML that a Markdown viewer would render and run.
// Lexical's converter backslash-escapes what its own formats use (`*`, `_`, `` ` ``, `~`, `\`) and
// writes the rest as it is, doubling any backslash added before it: so the text nodes' `<`, `&`,
// `[` and `|`, and markers at the start of a line, are written as HTML character references first,
// which every Markdown viewer shows as the character (CommonMark 0.31, section 2.5).
import { $convertToMarkdownString, ORDERED_LIST, TEXT_FORMAT_TRANSFORMERS, UNORDERED_LIST } from '@lexical/markdown';
import { $createTextNode, $getRoot, $isElementNode, $isLineBreakNode, $isTabNode, $isTextNode, createEditor, type LexicalEditor, type LexicalNode } from 'lexical';
import { MEMO_NODES } from './memoNodes';
import { escapeMarkdownText, LINE_START_MARKUP } from '../../../shared/text/markdownEscape';

const TRANSFORMERS = [UNORDERED_LIST, ORDERED_LIST, ...TEXT_FORMAT_TRANSFORMERS];

let editor: LexicalEditor | null = null;

export function memoBodyToMarkdown(body: string, plainText: string): string {
  editor ??= createEditor({
    namespace: 'framewise-memo-export',
    nodes: [...MEMO_NODES],
    onError: (error) => {
      throw error;
    },
  });
  try {
    const state = editor.parseEditorState(body);
    editor.setEditorState(state);
    editor.update(() => escapeTextNodes($getRoot()), { discrete: true });
    return editor.getEditorState().read(() => $convertToMarkdownString(TRANSFORMERS)).trim();
  } catch {
    return escapeMarkdownText(plainText.trim());
  }
}

function escapeTextNodes(node: LexicalNode): void {
  if ($isTextNode(node)) {
    // Inside a code span nothing is read as HTML, and a reference would be shown as typed.
    if (node.hasFormat('code')) return;
    // A line starts a paragraph or list item, or follows a line break (Shift+Enter, pasted lines).
    const previous = node.getPreviousSibling();
    const startsLine = previous === null || $isLineBreakNode(previous);
    // A tab node holds a tab and nothing else: one that starts a line becomes its reference as text.
    if ($isTabNode(node)) {
      if (startsLine) node.replace($createTextNode(INDENT_REFERENCES['\t']).setFormat(node.getFormat()));
      return;
    }
    node.setTextContent(escapeMarkup(node.getTextContent(), startsLine));
    return;
  }
  if ($isElementNode(node)) for (const child of node.getChildren()) escapeTextNodes(child);
}

// `|` makes GFM tables, which many viewers render.
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '[': '&#91;', '|': '&#124;' };
// Four spaces or a tab at the start of a paragraph make an indented code block (CommonMark 4.4): a
// line that starts with a reference is not indented.
const INDENT_REFERENCES: Record<string, string> = { ' ': '&#32;', '\t': '&#9;' };

function escapeMarkup(text: string, startsLine: boolean): string {
  return text
    .replace(/[&<[|]/gu, (c) => REFERENCES[c]!)
    // `~~~` and `***` need no reference: Lexical escapes `~` and `*` itself.
    .replace(LINE_START_MARKUP, (match, space: string, marker: string, offset: number) =>
      offset === 0 && !startsLine ? match : `${space}${marker.slice(0, -1)}&#${marker.codePointAt(marker.length - 1)};`,
    )
    .replace(/(^|[\n\r])([ \t])/gu, (match, before: string, indent: string) => (before === '' && !startsLine ? match : `${before}${INDENT_REFERENCES[indent]!}`));
}
