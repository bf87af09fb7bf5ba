// Changes to codings: a code applied to `[start, end)` of a document's canonical text (UTF-16 units),
// recoded, resized or removed. The quote and a little context are taken from the text each time the
// passage changes, so that exports and re-anchoring see the passage as it is.
import type { CodeRecord, CodingRecord, MemoRecord } from '../model';
import { capturePassage } from '../text/passageContext';
import { createCodeChange, type NewCode } from '../codebook/codebookEdits';
import type { Change, GivenIdentity, Minting } from './change';

/** A coding to make; `id` and `createdAt` when they are given (a project file, a REFI-QDA GUID), else minted. */
export interface NewCoding extends GivenIdentity {
  docId: string;
  codeId: string;
  start: number;
  end: number;
  coderId: string;
  /** Whether blind mode was on as the coder made it (the coding screen says; see CodingRecord.blind). */
  blind?: boolean;
}

/** The change that applies a code to a passage, quote and context taken from the text. */
export function applyCodeChange(text: string, coding: NewCoding, codeName: string, minting: Minting): Change {
  const { id, createdAt, ...passage } = coding;
  const record: CodingRecord = {
    id: id ?? minting.newId(),
    ...passage,
    ...capturePassage(text, coding.start, coding.end),
    createdAt: createdAt ?? minting.now,
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

/**
 * Creates a code and applies it to a passage, as one operation (the quick-code palette's "Create
 * code", and in-vivo coding): undoing it removes both.
 */
export function createAndApplyChange(
  codes: readonly CodeRecord[],
  text: string,
  spec: NewCode,
  coding: Omit<NewCoding, 'codeId'>,
  label: string,
  minting: Minting,
): { change: Change; code: CodeRecord } {
  const { change: created, code } = createCodeChange(codes, spec, minting);
  const applied = applyCodeChange(text, { ...coding, codeId: code.id }, code.name, minting);
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
