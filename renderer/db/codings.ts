// Codings: a code applied to `[start, end)` of a document's canonical text (UTF-16 units). Reading a
// document's codings, and every write the coding screen makes, each one operation in the log. A write
// that changes an existing coding reads the stored row inside its transaction and builds the change
// from it, not from the coding as the screen last showed it: `commitChange` puts whole rows, so a
// change built from a stale copy would silently undo whatever happened in between (quick boundary
// nudges still being written, another window) and log a wrong `before`.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { CodeRecord, CodingRecord } from '../../shared/model';
import { sameName } from '../../shared/codebook/codeNames';
import { sameCoding } from '../../shared/codings/samePassage';
import type { NewCode } from '../../shared/codebook/codebookEdits';
import { applyCodeChange, createAndApplyChange, recodeChange, removeCodingChange, resizeCodingChange, type NewCoding } from '../../shared/changes/codingChanges';
import type { ProjectDatabase } from './projectDatabase';
import { commitChange } from './changes';
import { liveMinting } from './ids';
import { keysWritten } from './storageEvents';

/** A document's codings in text order. */
export function codingsOfDocument(db: ProjectDatabase, docId: string): Promise<CodingRecord[]> {
  return db.codings.where('[docId+start]').between([docId, Dexie.minKey], [docId, Dexie.maxKey]).toArray();
}

/** The codings of these ids as stored now (undefined: none of that id). */
export function codingsByKey(db: ProjectDatabase, keys: readonly string[]): Promise<Array<CodingRecord | undefined>> {
  return db.transaction('r', db.codings, () => db.codings.bulkGet([...keys]));
}

/** The ids of the codings a storage event says were written to `dbName` (storageEvents.ts). */
export function codingKeysWritten(dbName: string, parts: ObservabilitySet): string[] | 'all' | null {
  return keysWritten(dbName, 'codings', parts, (key): key is string => typeof key === 'string');
}

/**
 * Applies a code to a passage of `text`, the document's canonical text. Both refusals are checked
 * against the stored rows in the write's own transaction, not only against the screen's copy, which
 * can be behind (a key pressed as the document opens, another window, a menu opened before its code
 * was deleted): 'code-gone' when the code no longer exists, 'duplicate' when the coder has coded the
 * passage with it already (samePassage.ts). The screen still shows the coding the moment it is asked
 * for (commitChange's onCommitting), and takes it back when refused.
 */
export async function applyCode(db: ProjectDatabase, text: string, coding: NewCoding, codeName: string): Promise<'done' | Refusal> {
  const check = async () => {
    const refusal = await refusalOf(db, coding.codeId, coding);
    if (refusal) throw new ApplyRefused(refusal);
  };
  try {
    await commitChange(db, applyCodeChange(text, coding, codeName, liveMinting()), { coderId: coding.coderId, precondition: { reads: ['codes', 'codings'], check } });
    return 'done';
  } catch (error) {
    if (error instanceof ApplyRefused) return error.refusal;
    throw error;
  }
}

/** Why a coding of `codeId` on the passage cannot be written now (read in the writing transaction). */
export type Refusal = 'code-gone' | 'duplicate';

async function refusalOf(db: ProjectDatabase, codeId: string, passage: Omit<NewCoding, 'codeId'>, exceptId?: string): Promise<Refusal | null> {
  if (!(await db.codes.get(codeId))) return 'code-gone';
  const startingHere = await db.codings.where('[docId+start]').equals([passage.docId, passage.start]).toArray();
  return sameCoding(startingHere, { ...passage, codeId }, exceptId) ? 'duplicate' : null;
}

class ApplyRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`The code was not applied: ${refusal}`);
  }
}

/**
 * Creates a top-level code and applies it to a passage, as one operation (the quick-code palette's
 * "Create code", and in-vivo coding): undoing it removes both. When a top-level code of that name
 * exists by now, nothing is written and that code is returned (`created` false), to be applied.
 */
export async function createAndApplyCode(
  db: ProjectDatabase,
  text: string,
  spec: NewCode,
  coding: Omit<NewCoding, 'codeId'>,
  label: string,
): Promise<{ code: CodeRecord; created: boolean }> {
  return db.transaction('rw', [db.codes, db.codings, db.codingCounts, db.operations], async () => {
    const codes = await db.codes.toArray();
    const existing = codes.find((c) => c.parentId === spec.parentId && sameName(c.name, spec.name));
    if (existing) return { code: existing, created: false };
    const { change, code } = createAndApplyChange(codes, text, spec, coding, label, liveMinting());
    await commitChange(db, change, { coderId: coding.coderId });
    return { code, created: true };
  });
}

/** 'gone': the coding no longer exists; 'unchanged': it already is that way; nothing written then. */
export type StoredWrite = 'done' | 'gone' | 'unchanged';

/**
 * Gives the stored coding `to` as its code; its passage, as it is stored now, stays. Refused as
 * applyCode refuses, when `to` is gone or the coder has the passage coded with it already.
 */
export async function recodeStoredCoding(db: ProjectDatabase, codingId: string, from: CodeRecord | undefined, to: CodeRecord, coderId: string): Promise<StoredWrite | Refusal> {
  return db.transaction('rw', [db.codes, db.codings, db.codingCounts, db.operations], async () => {
    const stored = await db.codings.get(codingId);
    if (!stored) return 'gone';
    if (stored.codeId === to.id) return 'unchanged';
    const refusal = await refusalOf(db, to.id, stored, stored.id);
    if (refusal) return refusal;
    await commitChange(db, recodeChange(stored, from, to), { coderId });
    return 'done';
  });
}

/**
 * Moves the stored coding's boundaries to `[start, end)` of `text`; its quote and context follow.
 * Refused as applyCode refuses, when the coder has that passage coded with the code already.
 */
export async function resizeStoredCoding(db: ProjectDatabase, text: string, codingId: string, start: number, end: number, codeName: string, coderId: string): Promise<StoredWrite | Refusal> {
  return db.transaction('rw', [db.codes, db.codings, db.codingCounts, db.operations], async () => {
    const stored = await db.codings.get(codingId);
    if (!stored) return 'gone';
    if (stored.start === start && stored.end === end) return 'unchanged';
    const refusal = await refusalOf(db, stored.codeId, { ...stored, start, end }, stored.id);
    if (refusal) return refusal;
    await commitChange(db, resizeCodingChange(text, stored, start, end, codeName), { coderId });
    return 'done';
  });
}

/**
 * Removes the stored coding with its memos, both read in the same transaction: the screen's copy may be
 * stale (removed already by a second click, recoded or resized in another window), and a change built
 * from it would log rows that are not there and take a count off a code the coding no longer has.
 */
export async function removeCoding(db: ProjectDatabase, coding: CodingRecord, codeName: string, coderId: string): Promise<StoredWrite> {
  return db.transaction('rw', [db.codings, db.codes, db.codingCounts, db.memos, db.operations], async () => {
    const stored = await db.codings.get(coding.id);
    if (!stored) return 'gone';
    const name = stored.codeId === coding.codeId ? codeName : ((await db.codes.get(stored.codeId))?.name ?? codeName);
    const memos = await db.memos.where('[targetType+targetId]').equals(['coding', stored.id]).toArray();
    await commitChange(db, removeCodingChange(stored, name, memos), { coderId });
    return 'done';
  });
}
