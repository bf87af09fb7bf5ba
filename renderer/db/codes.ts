// The codebook: reading it in tree order, and every change to it, each one operation in the log
// (built by the pure functions in shared/codebook, committed here). Reads and the commit share one
// transaction, so the rows a change is built from are the rows it replaces. (How much each code is
// used is counted in codingCounts.ts.)
import Dexie from 'dexie';
import type { CodeRecord, CodingRecord, MemoRecord } from '../../shared/model';
import { defaultCodebookChange } from '../../shared/codebook/defaultCodebook';
import { inTreeOrder } from '../../shared/codebook/codeTree';
import {
  createCodeChange,
  deleteCodeChange,
  deletionScope,
  keyboardPlacement,
  moveCodeChange,
  updateCodeChange,
  type CodeFields,
  type KeyboardMove,
  type NewCode,
  type Placement,
} from '../../shared/codebook/codebookEdits';
import { mergeCodesChange, type MergeResult } from '../../shared/codebook/codeMerge';
import { planCodebookImport, type CodebookImportPlan } from '../../shared/codebook/codebookImport';
import type { ParsedCodebookCsv } from '../../shared/codebook/codebookCsv';
import type { ProjectDatabase } from './projectDatabase';
import { commitChange } from './changes';
import { codingsOfCodes } from './codingRanges';
import { liveMinting } from './ids';

/** Codes in tree order (depth-first, siblings by order): the first nine answer to keys 1 to 9. */
export async function listCodes(db: ProjectDatabase): Promise<CodeRecord[]> {
  return inTreeOrder(await db.codes.toArray());
}

/** Writes the default codebook (pledge, claim, criticism, metric) into a new project; not logged (see changes.ts). */
export async function addDefaultCodebook(db: ProjectDatabase): Promise<CodeRecord[]> {
  const { change, codes } = defaultCodebookChange(liveMinting());
  await commitChange(db, change, { log: false });
  return codes;
}

export async function createCode(db: ProjectDatabase, spec: NewCode, coderId: string): Promise<CodeRecord> {
  return db.transaction('rw', [db.codes, db.operations], async () => {
    const { change, code } = createCodeChange(await db.codes.toArray(), spec, liveMinting());
    await commitChange(db, change, { coderId });
    return code;
  });
}

/** Saves edited fields; false when nothing differed (no operation is logged then). */
export async function updateCode(db: ProjectDatabase, id: string, patch: Partial<CodeFields>, coderId: string): Promise<boolean> {
  return db.transaction('rw', [db.codes, db.operations], async () => {
    const change = updateCodeChange(await db.codes.toArray(), id, patch);
    if (change.changes.length === 0) return false;
    await commitChange(db, change, { coderId });
    return true;
  });
}

export async function moveCode(db: ProjectDatabase, id: string, to: Placement, coderId: string): Promise<boolean> {
  return db.transaction('rw', [db.codes, db.operations], async () => {
    const change = moveCodeChange(await db.codes.toArray(), id, to.parentId, to.index);
    if (change.changes.length === 0) return false;
    await commitChange(db, change, { coderId });
    return true;
  });
}

/**
 * A keyboard move (up, down, in, out), worked out from the codebook as stored: a second key press
 * that comes before the screen has shown the first must start from where the first left the code.
 * Null when there is nowhere to go.
 */
export async function moveCodeBy(db: ProjectDatabase, id: string, how: KeyboardMove, coderId: string): Promise<{ to: Placement; parent: CodeRecord | null } | null> {
  return db.transaction('rw', [db.codes, db.operations], async () => {
    const codes = await db.codes.toArray();
    const to = keyboardPlacement(codes, id, how);
    if (!to) return null;
    await commitChange(db, moveCodeChange(codes, id, to.parentId, to.index), { coderId });
    return { to, parent: codes.find((c) => c.id === to.parentId) ?? null };
  });
}

export interface DeletionCounts {
  /** The code and its subcodes. */
  codes: number;
  codings: number;
  documents: number;
}

/** What deleting a code takes with it, for the confirmation. */
export async function deletionCounts(db: ProjectDatabase, id: string): Promise<DeletionCounts> {
  const scope = deletionScope(await db.codes.toArray(), id);
  const hits: Array<[string, string]> = [];
  for (const codeId of scope) {
    const keys = await db.codings.where('[codeId+docId]').between([codeId, Dexie.minKey], [codeId, Dexie.maxKey]).keys();
    hits.push(...(keys as unknown as Array<[string, string]>));
  }
  return { codes: scope.length, codings: hits.length, documents: new Set(hits.map(([, docId]) => docId)).size };
}

export async function deleteCode(db: ProjectDatabase, id: string, coderId: string): Promise<void> {
  await db.transaction('rw', [db.codes, db.codings, db.codingCounts, db.memos, db.operations], async () => {
    const codes = await db.codes.toArray();
    const scope = deletionScope(codes, id);
    const { codings, memos } = await codingsAndMemosOf(db, scope);
    await commitChange(db, deleteCodeChange(codes, codings, memos, id), { coderId });
  });
}

export async function mergeCodes(db: ProjectDatabase, sourceId: string, targetId: string, coderId: string): Promise<MergeResult> {
  return db.transaction('rw', [db.codes, db.codings, db.codingCounts, db.memos, db.savedQueries, db.operations], async () => {
    const codes = await db.codes.toArray();
    const scope = [...deletionScope(codes, sourceId), ...deletionScope(codes, targetId)];
    const { codings, memos } = await codingsAndMemosOf(db, scope);
    const result = mergeCodesChange(codes, codings, memos, sourceId, targetId, liveMinting(), await db.savedQueries.toArray());
    await commitChange(db, result.change, { coderId });
    return result;
  });
}

/** Merges a codebook file into the project; commits nothing when no code would change. */
export async function importCodebook(db: ProjectDatabase, file: ParsedCodebookCsv, fileName: string, coderId: string): Promise<CodebookImportPlan> {
  return db.transaction('rw', [db.codes, db.operations], async () => {
    const plan = planCodebookImport(await db.codes.toArray(), file, `Codebook imported from “${fileName}”`, liveMinting());
    if (plan.change.changes.length > 0) await commitChange(db, plan.change, { coderId });
    return plan;
  });
}

/** The codings of some codes, and the memos on those codes and codings. */
async function codingsAndMemosOf(db: ProjectDatabase, codeIds: readonly string[]): Promise<{ codings: CodingRecord[]; memos: MemoRecord[] }> {
  const codings = await codingsOfCodes(db, codeIds).toArray();
  const memos = await db.memos
    .where('[targetType+targetId]')
    .anyOf([...codeIds.map((id) => ['code', id]), ...codings.map((c) => ['coding', c.id])])
    .toArray();
  return { codings, memos };
}
