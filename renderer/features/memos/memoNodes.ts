// What a memo may contain beyond paragraphs and bold/italic/underlined text: bulleted and numbered
// lists. One list, shared by the editor and the Markdown export, so that both read every memo.
import { ListItemNode, ListNode } from '@lexical/list';
import type { Klass, LexicalNode } from 'lexical';

export const MEMO_NODES: ReadonlyArray<Klass<LexicalNode>> = [ListNode, ListItemNode];
