// Changes to memos on the project, a document, a code or a coding. Each coder has at most one memo per
// target: in double coding, two coders write about the same passage independently, and neither
// overwrites the other's thoughts.
import type { MemoRecord, MemoTargetType } from '../model';
import type { Change, Minting } from './change';

export interface MemoTarget {
  targetType: MemoTargetType;
  targetId: string;
}

/** The documents and codes a memo's target belongs to (a coding's document and code), for the audit trail. */
export interface MemoContext {
  docIds?: string[];
  codeIds?: string[];
}

export interface MemoContent {
  /** Serialized Lexical editor state. */
  body: string;
  /** Its plain text, for search and exports. */
  text: string;
}

/**
 * The change that gives a coder's memo on a target this content: creates it, updates it, or (when
 * the text is emptied) removes it, so that no blank memos linger in searches and exports. Null when
 * there is nothing to change. `describe` names the target for the log's label ("the document “X”").
 * A new memo takes its id and times from `minting`.
 */
export function writeMemoChange(
  existing: MemoRecord | undefined,
  target: MemoTarget,
  coderId: string,
  content: MemoContent,
  describe: string,
  minting: Minting,
  context: MemoContext = {},
): Change | null {
  const blank = content.text.trim() === '';
  if (!existing) {
    if (blank) return null;
    const memo: MemoRecord = { id: minting.newId(), ...target, body: content.body, text: content.text, coderId, createdAt: minting.now, updatedAt: minting.now };
    return { label: `Memo written on ${describe}`, changes: [{ table: 'memos', key: memo.id, before: null, after: memo }], ...context };
  }
  if (blank) return { label: `Memo on ${describe} cleared`, changes: [{ table: 'memos', key: existing.id, before: existing, after: null }], ...context };
  if (existing.body === content.body && existing.text === content.text) return null;
  const memo: MemoRecord = { ...existing, body: content.body, text: content.text, updatedAt: minting.now };
  return { label: `Memo on ${describe} edited`, changes: [{ table: 'memos', key: memo.id, before: existing, after: memo }], ...context };
}
