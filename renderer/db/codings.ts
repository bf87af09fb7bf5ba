// Codings: a code applied to `[start, end)` of a document's canonical text (UTF-16 units).
import Dexie from 'dexie';
import type { CodeRecord, CodingRecord, MemoRecord } from '../../shared/model';
import { createCodeChange, type NewCode } from '../../shared/codebook/codebookEdits';
import { capturePassage } from '../../shared/text/passageContext';
import type { ProjectDatabase } from './projectDatabase';
import { commitChange, type Change } from './changes';
import { newId, nowIso } from './ids';

/** A document's codings in text order. */
export function codingsOfDocument(db: ProjectDatabase, docId: string): Promise<CodingRecord[]> {
  return db.codings.where('[docId+start]').between([docId, Dexie.minKey], [docId, Dexie.maxKey]).toArray();
}

export interface NewCoding {
  docId: string;
  codeId: string;
  start: number;
  end: number;
  coderId: string;
}

/** The change that applies a code to a passage, quote and context taken from the text. */
export function applyCodeChange(text: string, coding: NewCoding, codeName: string): Change {
  const record: CodingRecord = {
    id: newId(),
    ...coding,
    ...capturePassage(text, coding.start, coding.end),
    createdAt: nowIso(),
  };
  return { label: `Code “${codeName}” applied`, changes: [{ table: 'codings', key: record.id, before: null, after: record }] };
}

/** Removes a coding and the memos written on it, as one operation (undo brings both back). */
export function removeCodingChange(coding: CodingRecord, codeName: string, memos: readonly MemoRecord[] = []): Change {
  return {
    label: `Code “${codeName}” removed`,
    changes: [
      ...memos.map((memo) => ({ table: 'memos' as const, key: memo.id, before: memo, after: null })),
      { table: 'codings', key: coding.id, before: coding, after: null },
    ],
  };
}

/** Removes a coding with its memos, read in the same transaction so that none is left behind. */
export async function removeCoding(db: ProjectDatabase, coding: CodingRecord, codeName: string, coderId: string): Promise<void> {
  await db.transaction('rw', [db.codings, db.memos, db.operations], async () => {
    const memos = await db.memos.where('[targetType+targetId]').equals(['coding', coding.id]).toArray();
    await commitChange(db, removeCodingChange(coding, codeName, memos), { coderId });
  });
}

/**
 * Creates a code and applies it to a passage, as one operation (the quick-code palette's "Create
 * code", and in-vivo coding): undoing it removes both.
 */
export function createAndApplyChange(codes: readonly CodeRecord[], text: string, spec: NewCode, coding: Omit<NewCoding, 'codeId'>, label: string): { change: Change; code: CodeRecord } {
  const { change: created, code } = createCodeChange(codes, spec, { newId, now: nowIso() });
  const applied = applyCodeChange(text, { ...coding, codeId: code.id }, code.name);
  return { change: { label, changes: [...created.changes, ...applied.changes] }, code };
}

/** Gives a coding another code; the passage, coder and creation time stay. */
export function recodeChange(coding: CodingRecord, from: CodeRecord | undefined, to: CodeRecord): Change {
  const after: CodingRecord = { ...coding, codeId: to.id };
  return {
    label: `Coding recoded from “${from?.name ?? 'deleted code'}” to “${to.name}”`,
    changes: [{ table: 'codings', key: coding.id, before: coding, after }],
  };
}

/** Moves a coding's boundaries; its quote and context are taken again so that exports stay right. */
export function resizeCodingChange(text: string, coding: CodingRecord, start: number, end: number, codeName: string): Change {
  const after: CodingRecord = { ...coding, start, end, ...capturePassage(text, start, end) };
  return { label: `Boundaries of “${codeName}” coding moved`, changes: [{ table: 'codings', key: coding.id, before: coding, after }] };
}
