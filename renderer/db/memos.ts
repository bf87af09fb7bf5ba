// Memos on the project, a document, a code or a coding: reading them, searching them, and saving a
// coder's memo on a target (shared/changes/memoChanges.ts), one operation in the log each time.
import type { MemoRecord, MemoTargetType } from '../../shared/model';
import { writeMemoChange, type MemoContent, type MemoContext, type MemoTarget } from '../../shared/changes/memoChanges';
import { foldPhrase } from '../../shared/search/phraseFold';
import type { ProjectDatabase } from './projectDatabase';
import type { OperationRecord } from './operationRecord';
import { commitChange } from './changes';
import { liveMinting } from './ids';

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
 * Gives the coder's memo on a target this content (writeMemoChange: creates, edits, or clears it),
 * from the memo as stored, read in the same transaction. Null when there was nothing to change.
 */
export async function saveMemo(
  db: ProjectDatabase,
  target: MemoTarget,
  coderId: string,
  content: MemoContent,
  describe: string,
  context: MemoContext = {},
): Promise<OperationRecord | null> {
  return db.transaction('rw', [db.memos, db.operations], async () => {
    const change = writeMemoChange(await memoOf(db, target, coderId), target, coderId, content, describe, liveMinting(), context);
    return change ? commitChange(db, change, { coderId }) : null;
  });
}

/**
 * Memos whose text contains every word of the query, compared as every search compares (foldPhrase:
 * "resume" finds "Résumé", "mayor's" finds "mayor’s"), most recently edited first.
 */
export function matchMemos(memos: readonly MemoRecord[], query: string): MemoRecord[] {
  const words = foldPhrase(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return memos
    .filter((memo) => {
      const text = foldPhrase(memo.text);
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
