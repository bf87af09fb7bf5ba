// A memo both coders have (they started from the same project file) and one of them edited since: the
// merge keeps the version edited last, whole (its rich body with its text), on the project's memo, and
// says which one it kept and where the other one is.
import { describe, expect, it } from 'vitest';
import { applyMergePlan, planMerge } from '../../../shared/interop/mergePlan';
import type { ProjectRows } from '../../../shared/interop/projectRows';
import type { MemoRecord } from '../../../shared/model';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { CODINGS, DOC_ONE, MEMOS, PROJECT_ID, roundTripProject, uuid } from './refiFixtures';

const DOC_MEMO = MEMOS.find((m) => m.targetType === 'document')!;
const CODING_MEMO = MEMOS.find((m) => m.targetType === 'coding')!;
const LATER = '2026-01-12T16:00:00.000Z';

/** A Lexical body with a bold word, as the memo editor saves it: formatting a plain rendition lacks. */
function richBody(plain: string, bold: string): string {
  const body = JSON.parse(plainTextToMemoBody(plain)) as { root: { children: Array<{ children: unknown[] }> } };
  body.root.children[0]!.children.push({ type: 'text', version: 1, text: bold, detail: 0, format: 1, mode: 'normal', style: '' });
  return JSON.stringify(body);
}

function withMemo(rows: ProjectRows, memo: MemoRecord): ProjectRows {
  return { ...rows, memos: rows.memos.map((m) => (m.id === memo.id ? memo : m)) };
}

const memoOf = (rows: ProjectRows, id: string) => rows.memos.find((m) => m.id === id)!;

describe('merging a memo edited since the two sides parted', () => {
  it('keeps the file’s newer edit whole, on the project’s memo, and says the project’s older one is in the backup and Undo', () => {
    const project = roundTripProject();
    const edited: MemoRecord = { ...DOC_MEMO, text: `${DOC_MEMO.text} Important`, body: richBody(DOC_MEMO.text, ' Important'), updatedAt: LATER };
    const plan = planMerge(project, withMemo(roundTripProject(), edited), { projectId: PROJECT_ID });
    expect(plan.update.memos).toEqual([{ id: DOC_MEMO.id, changes: { body: edited.body, text: edited.text, updatedAt: LATER } }]);
    expect(plan.conflicts.map((c) => c.detail)).toEqual([
      'Ben’s memo on “Mayor interview” differs: last edited 2026-01-12 in the file, 2026-01-05 here; the file’s is kept, as it is newer (the project’s older one is in Backups, “before importing a project”, and Undo brings it back)',
    ]);
    expect(memoOf(applyMergePlan(project, plan), DOC_MEMO.id)).toEqual({ ...DOC_MEMO, body: edited.body, text: edited.text, updatedAt: LATER });
    // Merged again, the file holds nothing newer.
    const again = planMerge(applyMergePlan(project, plan), withMemo(roundTripProject(), edited), { projectId: PROJECT_ID });
    expect(again.update.memos).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });

  it('keeps the project’s newer edit and says so', () => {
    const project = withMemo(roundTripProject(), { ...DOC_MEMO, text: 'Rewritten here.', body: plainTextToMemoBody('Rewritten here.'), updatedAt: LATER });
    const plan = planMerge(project, withMemo(roundTripProject(), { ...DOC_MEMO, text: 'Older words.' }), { projectId: PROJECT_ID });
    expect(plan.update.memos).toEqual([]);
    expect(plan.conflicts.map((c) => c.detail)).toEqual([
      'Ben’s memo on “Mayor interview” differs: last edited 2026-01-05 in the file, 2026-01-12 here; the project’s is kept, as it is newer',
    ]);
  });

  it('keeps the project’s when neither was edited later, and says neither is newer', () => {
    const plan = planMerge(roundTripProject(), withMemo(roundTripProject(), { ...DOC_MEMO, text: 'Other words, same time.' }), { projectId: PROJECT_ID });
    expect(plan.update.memos).toEqual([]);
    expect(plan.conflicts.map((c) => c.detail)).toEqual(['Ben’s memo on “Mayor interview” differs: last edited 2026-01-05 in the file, 2026-01-05 here; the project’s is kept (neither is newer)']);
  });

  it('compares the times as instants, whatever zone the file wrote them in', () => {
    // 09:00 at +02:00 is 07:00 UTC: earlier than the project's 08:30 UTC, though it sorts later as text.
    const plan = planMerge(roundTripProject(), withMemo(roundTripProject(), { ...DOC_MEMO, text: 'Older words.', updatedAt: '2026-01-05T09:00:00+02:00' }), { projectId: PROJECT_ID });
    expect(plan.update.memos).toEqual([]);
    expect(plan.conflicts.map((c) => c.detail)).toEqual([expect.stringContaining('the project’s is kept, as it is newer')]);
  });

  it('takes a newer formatting-only edit, but not the plain rendition a REFI-QDA round trip gives the same words', () => {
    const project = roundTripProject();
    const bolded: MemoRecord = { ...DOC_MEMO, body: richBody(DOC_MEMO.text, ''), updatedAt: LATER };
    expect(bolded.text).toBe(DOC_MEMO.text);
    const plan = planMerge(project, withMemo(roundTripProject(), bolded), { projectId: PROJECT_ID });
    expect(plan.update.memos).toEqual([{ id: DOC_MEMO.id, changes: { body: bolded.body, text: bolded.text, updatedAt: LATER } }]);
    expect(plan.conflicts.map((c) => c.detail)).toEqual([expect.stringContaining('is formatted differently')]);

    const richHere = withMemo(roundTripProject(), { ...DOC_MEMO, body: richBody(DOC_MEMO.text, '') });
    const roundTripped = planMerge(richHere, withMemo(roundTripProject(), { ...DOC_MEMO, body: plainTextToMemoBody(DOC_MEMO.text), updatedAt: LATER }), { projectId: PROJECT_ID });
    expect(roundTripped.update.memos).toEqual([]);
    expect(roundTripped.conflicts).toEqual([]);
    expect(roundTripped.counts.memosAlreadyThere).toBe(MEMOS.length);
  });

  it('updates the project’s memo of the same coder on the same thing under the project’s id', () => {
    const project = roundTripProject();
    const elsewhere: MemoRecord = { ...DOC_MEMO, id: uuid('ben:memo-again'), text: 'Written again.', body: plainTextToMemoBody('Written again.'), createdAt: LATER, updatedAt: LATER };
    const file = { ...roundTripProject(), memos: [...MEMOS.filter((m) => m.id !== DOC_MEMO.id), elsewhere] };
    const plan = planMerge(project, file, { projectId: PROJECT_ID });
    expect(plan.add.memos).toEqual([]);
    expect(plan.update.memos).toEqual([{ id: DOC_MEMO.id, changes: { body: elsewhere.body, text: elsewhere.text, updatedAt: LATER } }]);
    // The memo stays the project's: its id, target, coder and creation.
    expect(memoOf(applyMergePlan(project, plan), DOC_MEMO.id)).toEqual({ ...DOC_MEMO, body: elsewhere.body, text: elsewhere.text, updatedAt: LATER });
  });

  it('keeps the newest of two file memos that are the same memo here', () => {
    const newer: MemoRecord = { ...DOC_MEMO, id: uuid('ben:memo-newest'), text: 'Newest.', body: plainTextToMemoBody('Newest.'), updatedAt: '2026-01-20T00:00:00.000Z' };
    const older: MemoRecord = { ...DOC_MEMO, text: 'In between.', body: plainTextToMemoBody('In between.'), updatedAt: LATER };
    const file = { ...roundTripProject(), memos: [...MEMOS.filter((m) => m.id !== DOC_MEMO.id), newer, older] };
    const plan = planMerge(roundTripProject(), file, { projectId: PROJECT_ID });
    expect(memoOf(applyMergePlan(roundTripProject(), plan), DOC_MEMO.id).text).toBe('Newest.');
    expect(plan.update.memos).toHaveLength(1);
  });

  it('keeps a newer memo on a coding the two sides changed differently: the memo is the project’s, by its id', () => {
    const project = roundTripProject();
    const coding = CODINGS.find((c) => c.id === CODING_MEMO.targetId)!;
    const file: ProjectRows = {
      ...roundTripProject(),
      codings: CODINGS.map((c) => (c.id === coding.id ? { ...c, end: c.end - 1 } : c)),
      memos: MEMOS.map((m) => (m.id === CODING_MEMO.id ? { ...m, text: 'Edited later.', body: plainTextToMemoBody('Edited later.'), updatedAt: LATER } : m)),
    };
    const plan = planMerge(project, file, { projectId: PROJECT_ID });
    expect(plan.conflicts.map((c) => c.kind)).toEqual(['coding differs', 'memo differs']);
    expect(plan.notMerged).toEqual([]);
    expect(memoOf(applyMergePlan(project, plan), CODING_MEMO.id)).toEqual({ ...CODING_MEMO, text: 'Edited later.', body: plainTextToMemoBody('Edited later.'), updatedAt: LATER });
  });

  it('adds no memo whose target is not merged, and compares one the project has by its id', () => {
    // The file's text of “Mayor interview” differs under the same id: the document, its codings and
    // the memos on them are not merged. The project lacks Ben's memo on the document, and has his
    // memo on the coding.
    const project: ProjectRows = { ...roundTripProject(), memos: MEMOS.filter((m) => m.id !== DOC_MEMO.id) };
    const file: ProjectRows = {
      ...roundTripProject(),
      texts: roundTripProject().texts.map((t) => (t.docId === DOC_ONE.id ? { ...t, text: `${t.text} (corrected)` } : t)),
      memos: MEMOS.map((m) => (m.id === DOC_MEMO.id ? { ...m, text: 'Edited later.', updatedAt: LATER } : m)),
    };
    const plan = planMerge(project, file, { projectId: PROJECT_ID });
    expect(plan.update.memos).toEqual([]);
    expect(plan.add.memos).toEqual([]);
    expect(plan.notMerged.filter((n) => n.table === 'memos')).toEqual([{ table: 'memos', id: DOC_MEMO.id, reason: 'its document was not merged' }]);
    expect(plan.counts.memosAlreadyThere).toBe(MEMOS.length - 1);
  });

  it('never empties a memo: a newer empty note from another tool leaves the project’s words, and says so', () => {
    const plan = planMerge(roundTripProject(), withMemo(roundTripProject(), { ...DOC_MEMO, text: '', body: plainTextToMemoBody(''), updatedAt: LATER }), { projectId: PROJECT_ID });
    expect(plan.update.memos).toEqual([]);
    expect(plan.conflicts.map((c) => c.detail)).toEqual([expect.stringMatching(/; the project’s is kept, as the file’s newer one is empty$/u)]);
  });
});
