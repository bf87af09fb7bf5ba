import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CodingRecord, DocumentRecord } from '../../../shared/model';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { commitChange } from '../../../renderer/db/changes';
import { liveMinting } from '../../../renderer/db/ids';
import { createCode, deleteCode, mergeCodes, moveCode, updateCode } from '../../../renderer/db/codes';
import { codingsOfDocument, recodeStoredCoding, removeCoding, resizeStoredCoding } from '../../../renderer/db/codings';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../renderer/db/projectDatabase';
import type { HistoryOutcome, UndoHistory } from '../../../renderer/db/undoHistory';
import { projectWithHistory, type ProjectWithHistory } from './projectWithHistory';

const KIM = 'coder-kim';
const LEE = 'coder-lee';
const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year.';
const PLEDGE = 'We will build 4,000 homes by 2029.';

let project: ProjectWithHistory;
let db: ProjectDatabase;
let history: UndoHistory;
let doc: DocumentRecord;

beforeEach(async () => {
  project = await projectWithHistory({ courier: TEXT });
  ({ db, history } = project);
  [doc] = project.documents as [DocumentRecord];
});
afterEach(() => project.close());

const code = (name: string) => project.code(name);

async function codeAs(quote: string, codeName: string, coderId: string, on: ProjectDatabase = db) {
  const start = TEXT.indexOf(quote);
  await commitChange(on, applyCodeChange(TEXT, { docId: doc.id, codeId: code(codeName).id, start, end: start + quote.length, coderId }, codeName, liveMinting()), { coderId });
  return (await codingsOfDocument(on, doc.id)).find((c) => c.quote === quote && c.codeId === code(codeName).id && c.coderId === coderId)!;
}

/** The codings one coder has on one passage with one code: never more than one. */
async function codingsOf(quote: string, codeName: string, coderId: string): Promise<CodingRecord[]> {
  return (await codingsOfDocument(db, doc.id)).filter((c) => c.quote === quote && c.codeId === code(codeName).id && c.coderId === coderId);
}

async function projectState() {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return { codes: byId(await db.codes.toArray()), codings: byId(await db.codings.toArray()), memos: byId(await db.memos.toArray()) };
}

/** Refused, with nothing written: the project and the log are as they were. */
async function expectRefused(run: () => Promise<HistoryOutcome>) {
  const before = await projectState();
  const logSize = await db.operations.count();
  const outcome = await run();
  expect(outcome.status).toBe('conflict');
  expect(await projectState()).toEqual(before);
  expect(await db.operations.count()).toBe(logSize);
  if (outcome.status !== 'conflict') throw new Error('not refused');
  return outcome.conflict;
}

describe('an undo or redo never codes one passage with one code twice for a coder', () => {
  test('undoing the removal of a coding after its coder coded the passage so again is refused', async () => {
    const first = await codeAs(PLEDGE, 'pledge', KIM);
    await removeCoding(db, first, 'pledge', LEE);
    const again = await codeAs(PLEDGE, 'pledge', KIM);
    const conflict = await expectRefused(() => history.undo(LEE));
    expect(conflict).toMatchObject({ reason: 'duplicate', table: 'codings', key: first.id, row: { id: first.id, coderId: KIM }, clash: { id: again.id } });
    expect(conflict.since?.label).toBe('Code “pledge” applied');
    expect(await codingsOf(PLEDGE, 'pledge', KIM)).toHaveLength(1);
  });

  test('undoing a resize that took a coding off the passage, once it is coded so again, is refused', async () => {
    const first = await codeAs(PLEDGE, 'pledge', KIM);
    const start = TEXT.indexOf('4,000 homes');
    expect(await resizeStoredCoding(db, TEXT, first.id, start, start + '4,000 homes'.length, 'pledge', LEE)).toBe('done');
    await codeAs(PLEDGE, 'pledge', KIM);
    expect(await expectRefused(() => history.undo(LEE))).toMatchObject({ reason: 'duplicate', table: 'codings', key: first.id });
    expect(await codingsOf(PLEDGE, 'pledge', KIM)).toHaveLength(1);
  });

  test('undoing a recode, once the passage has the old code again, is refused', async () => {
    const first = await codeAs(PLEDGE, 'claim', KIM);
    expect(await recodeStoredCoding(db, first.id, code('claim'), code('pledge'), LEE)).toBe('done');
    await codeAs(PLEDGE, 'claim', KIM);
    expect(await expectRefused(() => history.undo(LEE))).toMatchObject({ reason: 'duplicate', table: 'codings', key: first.id });
    expect(await codingsOf(PLEDGE, 'claim', KIM)).toHaveLength(1);
  });

  test('redoing “Code applied” after the passage was coded so in another window is refused', async () => {
    await codeAs(PLEDGE, 'pledge', KIM);
    expect((await history.undo(KIM)).status).toBe('done');
    const other = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    await codeAs(PLEDGE, 'pledge', KIM, other);
    other.close();
    expect(await expectRefused(() => history.redo(KIM))).toMatchObject({ reason: 'duplicate', table: 'codings' });
    expect(await codingsOf(PLEDGE, 'pledge', KIM)).toHaveLength(1);
  });

  test('another coder’s coding of the same passage, or the coder’s own with another code, does not block the step', async () => {
    const first = await codeAs(PLEDGE, 'pledge', KIM);
    await codeAs(PLEDGE, 'pledge', LEE);
    await removeCoding(db, first, 'pledge', LEE);
    await codeAs(PLEDGE, 'claim', KIM);
    expect((await history.undo(LEE)).status).toBe('done');
    expect(await codingsOf(PLEDGE, 'pledge', KIM)).toHaveLength(1);
  });

  test('a step that removes the coding it would repeat is allowed: a merge of two codes on one passage, undone and redone', async () => {
    await codeAs(PLEDGE, 'pledge', KIM);
    await codeAs(PLEDGE, 'claim', KIM);
    await mergeCodes(db, code('claim').id, code('pledge').id, KIM);
    expect(await codingsOf(PLEDGE, 'pledge', KIM)).toHaveLength(1);
    expect((await history.undo(KIM)).status).toBe('done');
    expect(await codingsOf(PLEDGE, 'claim', KIM)).toHaveLength(1);
    expect((await history.redo(KIM)).status).toBe('done');
    expect(await codingsOf(PLEDGE, 'pledge', KIM)).toHaveLength(1);
  });
});

describe('an undo or redo never gives two sibling codes one name', () => {
  test('undoing “Code deleted” after someone made a top-level code of that name is refused, whatever its case', async () => {
    await deleteCode(db, code('claim').id, KIM);
    const newcomer = await createCode(db, { name: 'Claim', parentId: null }, LEE);
    const conflict = await expectRefused(() => history.undo(KIM));
    expect(conflict).toMatchObject({ reason: 'name-taken', table: 'codes', key: code('claim').id, row: { name: 'claim', parentId: null }, clash: { id: newcomer.id } });
    expect(conflict.since?.label).toBe('Code “Claim” created');
  });

  test('undoing a rename after someone took the old name is refused', async () => {
    expect(await updateCode(db, code('claim').id, { name: 'assertion' }, KIM)).toBe(true);
    await createCode(db, { name: 'claim', parentId: null }, LEE);
    expect(await expectRefused(() => history.undo(KIM))).toMatchObject({ reason: 'name-taken', table: 'codes', key: code('claim').id, row: { name: 'claim' } });
  });

  test('undoing a move out of a parent that has a namesake under it by now is refused', async () => {
    const housing = await createCode(db, { name: 'housing', parentId: null }, LEE);
    const rents = await createCode(db, { name: 'rents', parentId: housing.id }, LEE);
    expect(await moveCode(db, rents.id, { parentId: null, index: 0 }, KIM)).toBe(true);
    await createCode(db, { name: 'rents', parentId: housing.id }, LEE);
    expect(await expectRefused(() => history.undo(KIM))).toMatchObject({ reason: 'name-taken', table: 'codes', key: rents.id, row: { parentId: housing.id } });
  });

  test('undoing a merge after someone made a code of the merged code’s name is refused', async () => {
    await codeAs(PLEDGE, 'claim', KIM);
    await mergeCodes(db, code('claim').id, code('pledge').id, KIM);
    await createCode(db, { name: 'claim', parentId: null }, LEE);
    expect(await expectRefused(() => history.undo(KIM))).toMatchObject({ reason: 'name-taken', table: 'codes', key: code('claim').id });
  });

  test('a namesake under another parent does not block the step', async () => {
    await deleteCode(db, code('claim').id, KIM);
    const housing = await createCode(db, { name: 'housing', parentId: null }, LEE);
    await createCode(db, { name: 'claim', parentId: housing.id }, LEE);
    expect((await history.undo(KIM)).status).toBe('done');
    expect((await db.codes.toArray()).filter((c) => c.name === 'claim')).toHaveLength(2);
  });
});
