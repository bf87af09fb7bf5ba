// A memo's rich text as Markdown, for the memos export: Lexical's own converter run on a headless
// editor (no DOM), with the transformers for what memos contain (lists, bold, italic, strikethrough,
// inline code). A body that does not parse (written by another tool, or damaged) falls back to the
// memo's plain text, so that the export never loses a memo.
import { $convertToMarkdownString, ORDERED_LIST, TEXT_FORMAT_TRANSFORMERS, UNORDERED_LIST } from '@lexical/markdown';
import { createEditor, type LexicalEditor } from 'lexical';
import { MEMO_NODES } from './memoNodes';

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
    return state.read(() => $convertToMarkdownString(TRANSFORMERS)).trim();
  } catch {
    return plainText.trim();
  }
}
