// The coding screen's writes that change an existing coding. Each reads the stored row inside its
// transaction and builds the change from it, not from the coding as the screen last showed it:
// `commitChange` puts whole rows, so a change built from a stale copy would silently undo whatever
// happened in between (quick boundary nudges still being written, another window) and log a wrong
// `before`.
import type { CodeRecord } from '../../../shared/model';
import { recodeChange, resizeCodingChange } from '../../db/codings';
import { commitChange } from '../../db/changes';
import type { ProjectDatabase } from '../../db/projectDatabase';

/** 'gone': the coding no longer exists; 'unchanged': it already has that code; nothing written then. */
export type StoredWrite = 'done' | 'gone' | 'unchanged';

/** Gives the stored coding `to` as its code; its passage, as it is stored now, stays. */
export async function recodeStoredCoding(db: ProjectDatabase, codingId: string, from: CodeRecord | undefined, to: CodeRecord, coderId: string): Promise<StoredWrite> {
  return db.transaction('rw', [db.codings, db.operations], async () => {
    const stored = await db.codings.get(codingId);
    if (!stored) return 'gone';
    if (stored.codeId === to.id) return 'unchanged';
    await commitChange(db, recodeChange(stored, from, to), { coderId });
    return 'done';
  });
}

/** Moves the stored coding's boundaries to `[start, end)` of `text`; its quote and context follow. */
export async function resizeStoredCoding(db: ProjectDatabase, text: string, codingId: string, start: number, end: number, codeName: string, coderId: string): Promise<StoredWrite> {
  return db.transaction('rw', [db.codings, db.operations], async () => {
    const stored = await db.codings.get(codingId);
    if (!stored) return 'gone';
    if (stored.start === start && stored.end === end) return 'unchanged';
    await commitChange(db, resizeCodingChange(text, stored, start, end, codeName), { coderId });
    return 'done';
  });
}
