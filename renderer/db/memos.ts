// Memos on the project, a document, a code or a coding. Each coder has at most one memo per target:
// in double coding, two coders write about the same passage independently, and neither overwrites
// the other's thoughts. Every write is one operation in the log (undoable, audited).
import type { MemoRecord, MemoTargetType } from '../../shared/model';
import { foldForSearch } from '../../shared/text/searchFold';
import type { ProjectDatabase } from './projectDatabase';
import type { Change } from './changes';
import { newId, nowIso } from './ids';

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

/** Every coder's memo on a target, oldest first. */
export async function memosOn(db: ProjectDatabase, target: MemoTarget): Promise<MemoRecord[]> {
  const memos = await db.memos.where('[targetType+targetId]').equals([target.targetType, target.targetId]).toArray();
  return memos.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The coder's own memo on a target. */
export async function memoOf(db: ProjectDatabase, target: MemoTarget, coderId: string): Promise<MemoRecord | undefined> {
  return (await memosOn(db, target)).find((memo) => memo.coderId === coderId);
}

/** The memos on targets of one type (all coding memos, say), keyed by nothing: callers group them. */
export function memosOfType(db: ProjectDatabase, targetType: MemoTargetType): Promise<MemoRecord[]> {
  return db.memos.where('[targetType+targetId]').between([targetType, ''], [targetType, '\uffff']).toArray();
}

/** Every memo of the project, most recently edited first. */
export async function listMemos(db: ProjectDatabase): Promise<MemoRecord[]> {
  return (await db.memos.orderBy('updatedAt').toArray()).reverse();
}

/**
 * The change that gives a coder's memo on a target this content: creates it, updates it, or (when
 * the text is emptied) removes it, so that no blank memos linger in searches and exports. Null when
 * there is nothing to change. `describe` names the target for the log's label ("the document “X”").
 */
export function writeMemoChange(
  existing: MemoRecord | undefined,
  target: MemoTarget,
  coderId: string,
  content: MemoContent,
  describe: string,
  context: MemoContext = {},
): Change | null {
  const blank = content.text.trim() === '';
  if (!existing) {
    if (blank) return null;
    const at = nowIso();
    const memo: MemoRecord = { id: newId(), ...target, body: content.body, text: content.text, coderId, createdAt: at, updatedAt: at };
    return { label: `Memo written on ${describe}`, changes: [{ table: 'memos', key: memo.id, before: null, after: memo }], ...context };
  }
  if (blank) return { label: `Memo on ${describe} cleared`, changes: [{ table: 'memos', key: existing.id, before: existing, after: null }], ...context };
  if (existing.body === content.body && existing.text === content.text) return null;
  const memo: MemoRecord = { ...existing, body: content.body, text: content.text, updatedAt: nowIso() };
  return { label: `Memo on ${describe} edited`, changes: [{ table: 'memos', key: memo.id, before: existing, after: memo }], ...context };
}

/**
 * Memos whose text contains every word of the query, ignoring case and accents ("resume" finds
 * "Résumé"), most recently edited first.
 */
export function matchMemos(memos: readonly MemoRecord[], query: string): MemoRecord[] {
  const words = foldForSearch(query).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  return memos
    .filter((memo) => {
      const text = foldForSearch(memo.text);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
