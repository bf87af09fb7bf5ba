import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentRecord } from '../../../shared/model';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { operationsOfCode, operationsOfDocument } from '../../../renderer/db/auditTrail';
import { inverseOf } from '../../../shared/changes/change';
import { applyCodeChange, removeCodingChange } from '../../../shared/changes/codingChanges';
import { writeMemoChange, type MemoTarget } from '../../../shared/changes/memoChanges';
import { commitChange } from '../../../renderer/db/changes';
import { liveMinting } from '../../../renderer/db/ids';
import { createCode, deleteCode, mergeCodes } from '../../../renderer/db/codes';
import { codingsOfDocument, removeCoding } from '../../../renderer/db/codings';
import { memoOf } from '../../../renderer/db/memos';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../renderer/db/projectDatabase';
import type { HistoryOutcome, UndoHistory } from '../../../renderer/db/undoHistory';
import { projectWithHistory, type ProjectWithHistory } from './projectWithHistory';

const KIM = 'coder-kim';
const LEE = 'coder-lee';
const TEXT_A = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year.';
const TEXT_B = 'The mayor failed the city. Crime fell by a fifth, the police say.';

let project: ProjectWithHistory;
let db: ProjectDatabase;
let history: UndoHistory;
let docA: DocumentRecord;
let docB: DocumentRecord;

beforeEach(async () => {
  project = await projectWithHistory({ courier: TEXT_A, ledger: TEXT_B });
  ({ db, history } = project);
  [docA, docB] = project.documents as [DocumentRecord, DocumentRecord];
});
afterEach(() => project.close());

const code = (name: string) => project.code(name);

async function applyCode(docId: string, text: string, codeName: string, quote: string, coderId = KIM) {
  const start = text.indexOf(quote);
  const change = applyCodeChange(text, { docId, codeId: code(codeName).id, start, end: start + quote.length, coderId }, codeName, liveMinting());
  return commitChange(db, change, { coderId });
}

async function writeMemo(target: MemoTarget, text: string, coderId = KIM) {
  const change = writeMemoChange(await memoOf(db, target, coderId), target, coderId, { body: plainTextToMemoBody(text), text }, 'a target', liveMinting());
  return commitChange(db, change!, { coderId });
}

/** Everything a researcher could see change: the rows of every table undo covers. */
async function projectState() {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    documents: byId(await db.documents.toArray()),
    codes: byId(await db.codes.toArray()),
    codings: byId(await db.codings.toArray()),
    memos: byId(await db.memos.toArray()),
  };
}

function expectDone(outcome: HistoryOutcome): asserts outcome is Extract<HistoryOutcome, { status: 'done' }> {
  expect(outcome.status).toBe('done');
}

describe('undo and redo over the operations log', () => {
  test('replays a session across documents and tables: undo all returns to the start, redo all to the end', async () => {
    const start = await projectState();

    await applyCode(docA.id, TEXT_A, 'pledge', 'We will build 4,000 homes by 2029.');
    await applyCode(docB.id, TEXT_B, 'criticism', 'The mayor failed the city.');
    const [pledgeCoding] = await codingsOfDocument(db, docA.id);
    await writeMemo({ targetType: 'coding', targetId: pledgeCoding!.id }, 'A concrete, dated promise.');
    await writeMemo({ targetType: 'coding', targetId: pledgeCoding!.id }, 'A concrete, dated promise; check against the 2029 budget.');
    await commitChange(
      db,
      { label: 'Attribute leaning set', changes: [{ table: 'documents', key: docA.id, before: docA, after: { ...docA, attributes: { leaning: 'left' } } }] },
      { coderId: KIM },
    );
    const pledge = code('pledge');
    await commitChange(
      db,
      { label: 'Code “pledge” renamed', changes: [{ table: 'codes', key: pledge.id, before: pledge, after: { ...pledge, name: 'promise' } }] },
      { coderId: KIM },
    );
    const [criticism] = await codingsOfDocument(db, docB.id);
    await commitChange(db, removeCodingChange(criticism!, 'criticism'), { coderId: KIM });
    await writeMemo({ targetType: 'document', targetId: docB.id }, 'Op-ed, not reporting.');
    await applyCode(docB.id, TEXT_B, 'metric', 'a fifth');
    const end = await projectState();
    expect(end.codings.map((c) => c.quote).sort()).toEqual(['We will build 4,000 homes by 2029.', 'a fifth']);
    expect(end.codes.find((c) => c.id === pledge.id)?.name).toBe('promise');

    const undone: string[] = [];
    for (let outcome = await history.undo(KIM); outcome.status !== 'nothing'; outcome = await history.undo(KIM)) {
      expectDone(outcome);
      undone.push(outcome.entry.label);
    }
    expect(undone).toHaveLength(9);
    expect(undone[0]).toBe('Code “metric” applied');
    expect(undone.at(-1)).toBe('Code “pledge” applied');
    expect(await projectState()).toEqual(start);

    let redone = 0;
    for (let outcome = await history.redo(KIM); outcome.status !== 'nothing'; outcome = await history.redo(KIM)) {
      expectDone(outcome);
      redone++;
    }
    expect(redone).toBe(9);
    expect(await projectState()).toEqual(end);

    // The log only grows: 9 changes, 9 undos, 9 redos, each naming the operation it reverses.
    const log = await db.operations.toArray();
    expect(log.map((op) => op.kind).sort()).toEqual([...Array(9).fill('change'), ...Array(9).fill('redo'), ...Array(9).fill('undo')]);
    const ids = new Set(log.map((op) => op.id));
    expect(log.filter((op) => op.kind !== 'change').every((op) => op.reverses && ids.has(op.reverses))).toBe(true);

    // And a redone session can be undone again, back to the start.
    while ((await history.undo(KIM)).status === 'done');
    expect(await projectState()).toEqual(start);
  });

  test('an undo records who undid what, and touches the same documents and codes as the change', async () => {
    const applied = await applyCode(docA.id, TEXT_A, 'claim', 'Rents rose 31 percent');
    const outcome = await history.undo(KIM);
    expectDone(outcome);
    expect(outcome.operation).toMatchObject({ kind: 'undo', reverses: applied.id, coderId: KIM, label: 'Code “claim” applied', docIds: [docA.id], codeIds: [code('claim').id] });
    expect(await db.operations.where('docIds').equals(docA.id).count()).toBe(2);
  });

  test('a new change clears the redo stack', async () => {
    await applyCode(docA.id, TEXT_A, 'claim', 'Rents rose 31 percent');
    await history.undo(KIM);
    expect(history.nextRedo(KIM)?.label).toBe('Code “claim” applied');
    await applyCode(docA.id, TEXT_A, 'metric', '31 percent');
    expect(history.nextRedo(KIM)).toBeUndefined();
    expect((await history.redo(KIM)).status).toBe('nothing');
    expect((await codingsOfDocument(db, docA.id)).map((c) => c.quote)).toEqual(['31 percent']);
  });

  test("each coder undoes only their own changes", async () => {
    await applyCode(docA.id, TEXT_A, 'pledge', 'We will build 4,000 homes', KIM);
    await applyCode(docA.id, TEXT_A, 'pledge', 'We will build 4,000 homes', LEE);
    expect(history.nextUndo(KIM)?.label).toBe('Code “pledge” applied');
    expectDone(await history.undo(KIM));
    expect((await codingsOfDocument(db, docA.id)).map((c) => c.coderId)).toEqual([LEE]);
    expect(history.nextUndo(KIM)).toBeUndefined();
    expect(history.nextUndo(LEE)?.label).toBe('Code “pledge” applied');
    expect(history.nextRedo(LEE)).toBeUndefined();
  });

  test('two quick undos take back two operations, not the same one twice', async () => {
    await applyCode(docA.id, TEXT_A, 'pledge', 'We will build 4,000 homes');
    await applyCode(docB.id, TEXT_B, 'criticism', 'The mayor failed the city.');
    const outcomes = await Promise.all([history.undo(KIM), history.undo(KIM)]);
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done']);
    expect(await db.codings.count()).toBe(0);
  });

  test('refuses to undo over a change made since in another window, writing nothing', async () => {
    await applyCode(docA.id, TEXT_A, 'claim', 'Rents rose 31 percent');
    await applyCode(docA.id, TEXT_A, 'pledge', 'We will build 4,000 homes');
    // Lee, in another window on the same project, removes Kim's claim.
    const other = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    const claim = (await codingsOfDocument(other, docA.id)).find((c) => c.quote === 'Rents rose 31 percent')!;
    const removal = await commitChange(other, removeCodingChange(claim, 'claim'), { coderId: LEE });
    other.close();

    expectDone(await history.undo(KIM)); // the pledge: untouched since, undone
    const before = await projectState();
    const logSize = await db.operations.count();
    const outcome = await history.undo(KIM);
    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.entry.label).toBe('Code “claim” applied');
    expect(outcome.conflict).toMatchObject({ reason: 'changed', table: 'codings', key: claim.id, row: undefined });
    expect(outcome.conflict.since?.id).toBe(removal.id);
    expect(await projectState()).toEqual(before);
    expect(await db.operations.count()).toBe(logSize);
    // The refused step leaves the stack; redo still holds the pledge.
    expect(history.nextUndo(KIM)).toBeUndefined();
    expect(history.nextRedo(KIM)?.label).toBe('Code “pledge” applied');
  });

  test('refuses to undo a memo edit that another window has edited again', async () => {
    const target: MemoTarget = { targetType: 'document', targetId: docA.id };
    await writeMemo(target, 'First thoughts.');
    await writeMemo(target, 'Second thoughts.');
    const other = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    const memo = (await memoOf(other, target, KIM))!;
    await commitChange(other, writeMemoChange(memo, target, KIM, { body: plainTextToMemoBody('Third thoughts.'), text: 'Third thoughts.' }, 'x', liveMinting())!, { coderId: KIM });
    other.close();
    const outcome = await history.undo(KIM);
    expect(outcome).toMatchObject({ status: 'conflict', conflict: { reason: 'changed', table: 'memos', row: { text: 'Third thoughts.' } } });
    expect((await memoOf(db, target, KIM))?.text).toBe('Third thoughts.');
  });

  test('refuses to redo a coding whose document has been deleted since', async () => {
    await applyCode(docB.id, TEXT_B, 'metric', 'a fifth');
    expectDone(await history.undo(KIM));
    await db.transaction('rw', db.documents, db.texts, async () => {
      await db.documents.delete(docB.id);
      await db.texts.delete(docB.id);
    });
    const outcome = await history.redo(KIM);
    expect(outcome).toMatchObject({ status: 'conflict', conflict: { reason: 'target-gone', table: 'codings', row: { quote: 'a fifth' } } });
    expect(await db.codings.count()).toBe(0);
  });

  test('deleting a code with its codings and their memos is one step: undo restores all of it, redo deletes it again', async () => {
    await applyCode(docA.id, TEXT_A, 'claim', 'Rents rose 31 percent');
    await applyCode(docB.id, TEXT_B, 'claim', 'Crime fell by a fifth');
    const [onA] = await codingsOfDocument(db, docA.id);
    await writeMemo({ targetType: 'coding', targetId: onA!.id }, 'Check the source of the figure.');
    const claim = code('claim');
    const before = await projectState();
    const codings = await db.codings.where('codeId').equals(claim.id).toArray();
    const memos = await db.memos.toArray();
    // The shape of the codebook's deletion: memos first, then codings, then the code, in one change.
    await commitChange(
      db,
      {
        label: 'Code “claim” deleted',
        changes: [
          ...memos.map((m) => ({ table: 'memos' as const, key: m.id, before: m, after: null })),
          ...codings.map((c) => ({ table: 'codings' as const, key: c.id, before: c, after: null })),
          { table: 'codes', key: claim.id, before: claim, after: null },
        ],
      },
      { coderId: KIM },
    );
    const after = await projectState();
    expect(after.codings).toEqual([]);
    expect(after.memos).toEqual([]);

    expectDone(await history.undo(KIM));
    expect(await projectState()).toEqual(before);
    expectDone(await history.redo(KIM));
    expect(await projectState()).toEqual(after);
  });

  test('a memo on a coding is in the audit trail of the coding’s document and code, and so is its undo', async () => {
    await applyCode(docB.id, TEXT_B, 'metric', 'a fifth');
    const [coding] = await codingsOfDocument(db, docB.id);
    const target: MemoTarget = { targetType: 'coding', targetId: coding!.id };
    const change = writeMemoChange(undefined, target, KIM, { body: plainTextToMemoBody('Police figures.'), text: 'Police figures.' }, 'the coding', liveMinting(), {
      docIds: [docB.id],
      codeIds: [code('metric').id],
    });
    const written = await commitChange(db, change!, { coderId: KIM });
    expect(written).toMatchObject({ docIds: [docB.id], codeIds: [code('metric').id] });
    const undone = await history.undo(KIM);
    expectDone(undone);
    expect(undone.operation).toMatchObject({ kind: 'undo', docIds: [docB.id], codeIds: [code('metric').id] });
    expect((await operationsOfDocument(db, docB.id)).map((op) => `${op.kind} ${op.label}`).sort()).toEqual([
      'change Code “metric” applied',
      'change Memo written on the coding',
      'undo Memo written on the coding',
    ]);
    expect((await operationsOfCode(db, code('metric').id)).map((op) => op.id)).toContain(undone.operation.id);
  });

  test('a change made inside a caller’s transaction is undoable once that transaction is done, and not at all if it fails', async () => {
    const claim = code('claim');
    await db.transaction('rw', [db.codes, db.operations], async () => {
      await commitChange(db, { label: 'Code “claim” renamed', changes: [{ table: 'codes', key: claim.id, before: claim, after: { ...claim, name: 'assertion' } }] }, { coderId: KIM });
    });
    expect(history.nextUndo(KIM)?.label).toBe('Code “claim” renamed');

    await expect(
      db.transaction('rw', [db.codes, db.operations], async () => {
        const renamed = (await db.codes.get(claim.id))!;
        await commitChange(db, { label: 'Code “assertion” renamed', changes: [{ table: 'codes', key: claim.id, before: renamed, after: { ...renamed, name: 'x' } }] }, { coderId: KIM });
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');
    expect(history.nextUndo(KIM)?.label).toBe('Code “claim” renamed');
    expectDone(await history.undo(KIM));
    expect((await db.codes.get(claim.id))?.name).toBe('claim');
  });

  test('a settled disagreement that wrote no row is a step all the same: undone and redone in the log', async () => {
    const decision = { label: 'Disagreement settled: no coding kept', changes: [], docIds: [docA.id], adjudication: { disagreementId: 'dis-1', words: 'no coding kept' } };
    const logged = await commitChange(db, decision, { coderId: KIM });
    expect(logged.adjudication).toEqual({ disagreementId: 'dis-1', words: 'no coding kept' });
    expect(history.nextUndo(KIM)?.label).toBe('Disagreement settled: no coding kept');
    const undone = await history.undo(KIM);
    expectDone(undone);
    expect(undone.operation).toMatchObject({ kind: 'undo', reverses: logged.id, docIds: [docA.id] });
    expectDone(await history.redo(KIM));
    // In the document's audit trail, all three (the same millisecond may hold them: compared as a set).
    expect((await operationsOfDocument(db, docA.id)).map((op) => op.kind).sort()).toEqual(['change', 'redo', 'undo']);
  });

  test('operations from before the history existed, or from other windows, are not on the stack', async () => {
    const other = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    await commitChange(other, applyCodeChange(TEXT_A, { docId: docA.id, codeId: code('claim').id, start: 0, end: 7, coderId: KIM }, 'claim', liveMinting()), { coderId: KIM });
    other.close();
    expect(history.nextUndo(KIM)).toBeUndefined();
    expect((await history.undo(KIM)).status).toBe('nothing');
    expect(await db.codings.count()).toBe(1);
  });
});

describe('removing a coding', () => {
  test('takes the memos written on it along, in one operation; undo brings both back', async () => {
    await applyCode(docA.id, TEXT_A, 'claim', 'Rents rose 31 percent');
    const [coding] = await codingsOfDocument(db, docA.id);
    await writeMemo({ targetType: 'coding', targetId: coding!.id }, 'Check the source of the 31 percent.');
    await writeMemo({ targetType: 'coding', targetId: coding!.id }, 'Agree: check it.', LEE);
    const before = await projectState();

    await removeCoding(db, coding!, 'claim', KIM);
    expect(await db.codings.count()).toBe(0);
    expect(await db.memos.count()).toBe(0);

    expectDone(await history.undo(KIM));
    expect(await projectState()).toEqual(before);
  });
});

describe('an undo or redo never leaves rows pointing at a row it deletes', () => {
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

  test('undoing “Code created” after another coder applied the code is refused: their codings keep their code', async () => {
    const housing = await createCode(db, { name: 'housing', parentId: null }, KIM);
    // The window switches to Lee, who applies the new code twice.
    for (const quote of ['4,000 homes', 'Rents rose']) {
      const start = TEXT_A.indexOf(quote);
      await commitChange(db, applyCodeChange(TEXT_A, { docId: docA.id, codeId: housing.id, start, end: start + quote.length, coderId: LEE }, 'housing', liveMinting()), { coderId: LEE });
    }
    // Back to Kim, whose last step is the code's creation.
    expect(history.nextUndo(KIM)?.label).toBe('Code “housing” created');
    const conflict = await expectRefused(() => history.undo(KIM));
    expect(conflict).toMatchObject({ reason: 'has-dependents', table: 'codes', key: housing.id, row: { name: 'housing' } });
    expect(conflict.dependents?.map((d) => [d.table, (d.row as { coderId: string }).coderId])).toEqual([
      ['codings', LEE],
      ['codings', LEE],
    ]);
    expect(await db.codes.get(housing.id)).toBeDefined();
    expect((await db.codings.where('codeId').equals(housing.id).toArray()).every((c) => c.coderId === LEE)).toBe(true);
  });

  test('undoing “Code created” after someone added a subcode under it is refused', async () => {
    const housing = await createCode(db, { name: 'housing', parentId: null }, KIM);
    const rents = await createCode(db, { name: 'rents', parentId: housing.id }, LEE);
    const conflict = await expectRefused(() => history.undo(KIM));
    expect(conflict).toMatchObject({ reason: 'has-dependents', table: 'codes', key: housing.id });
    expect(conflict.dependents).toEqual([{ table: 'codes', key: rents.id, row: rents }]);
  });

  test('undoing “Code applied” after another coder wrote a memo on that coding is refused: the memo keeps its coding', async () => {
    await applyCode(docA.id, TEXT_A, 'claim', 'Rents rose 31 percent');
    const [coding] = await codingsOfDocument(db, docA.id);
    await writeMemo({ targetType: 'coding', targetId: coding!.id }, 'Which survey says so?', LEE);
    const conflict = await expectRefused(() => history.undo(KIM));
    expect(conflict).toMatchObject({ reason: 'has-dependents', table: 'codings', key: coding!.id, row: { quote: 'Rents rose 31 percent' } });
    expect(conflict.dependents).toEqual([expect.objectContaining({ table: 'memos', row: expect.objectContaining({ coderId: LEE, text: 'Which survey says so?' }) })]);
    expect(await memoOf(db, { targetType: 'coding', targetId: coding!.id }, LEE)).toBeDefined();
  });

  test('a replayed change that deletes a document is refused while codings and memos are on it', async () => {
    // A document that came in through the log (as a merged project's would), coded and annotated since.
    const docC = { ...docB, id: 'doc-c', sha256: 'c'.repeat(64), title: 'Herald' };
    const created = await commitChange(db, { label: 'Document “Herald” added', changes: [{ table: 'documents', key: docC.id, before: null, after: docC }] }, { coderId: KIM });
    await applyCode(docC.id, TEXT_B, 'metric', 'a fifth', LEE);
    await writeMemo({ targetType: 'document', targetId: docC.id }, 'An op-ed.', LEE);
    const conflict = await expectRefused(() => history.undo(KIM));
    expect(conflict).toMatchObject({ reason: 'has-dependents', table: 'documents', key: docC.id });
    expect(conflict.dependents?.map((d) => d.table).sort()).toEqual(['codings', 'memos']);
    // The same deletion through commitChange directly, as undo would write it, is refused too.
    await expect(commitChange(db, inverseOf(created), { coderId: KIM, kind: 'undo', expectCurrent: true })).rejects.toMatchObject({ reason: 'has-dependents' });
  });

  test('a change that deletes the dependents too, or points them elsewhere, is still allowed', async () => {
    const housing = await createCode(db, { name: 'housing', parentId: null }, KIM);
    const start = TEXT_A.indexOf('4,000 homes');
    await commitChange(db, applyCodeChange(TEXT_A, { docId: docA.id, codeId: housing.id, start, end: start + 11, coderId: LEE }, 'housing', liveMinting()), { coderId: LEE });
    const [coding] = await codingsOfDocument(db, docA.id);
    await writeMemo({ targetType: 'coding', targetId: coding!.id }, 'Count of homes.', LEE);
    // Deleting the code takes its codings and their memos along: undo brings all back, redo deletes all again.
    await deleteCode(db, housing.id, KIM);
    expectDone(await history.undo(KIM));
    expect(await db.memos.count()).toBe(1);
    expectDone(await history.redo(KIM));
    expect([await db.codes.get(housing.id), await db.codings.count(), await db.memos.count()]).toEqual([undefined, 0, 0]);
    expectDone(await history.undo(KIM));

    // Merging moves the codings to another code before deleting this one: its redo deletes a code
    // whose codings now point elsewhere.
    await mergeCodes(db, housing.id, code('pledge').id, KIM);
    expectDone(await history.undo(KIM));
    expectDone(await history.redo(KIM));
    expect(await db.codes.get(housing.id)).toBeUndefined();
    expect((await db.codings.toArray()).map((c) => c.codeId)).toEqual([code('pledge').id]);
  });

  test('redoing a subcode’s creation after its parent was deleted elsewhere is refused: it would have no parent', async () => {
    const housing = await createCode(db, { name: 'housing', parentId: null }, LEE);
    await createCode(db, { name: 'rents', parentId: housing.id }, KIM);
    expectDone(await history.undo(KIM));
    await deleteCode(db, housing.id, LEE);
    const conflict = await expectRefused(() => history.redo(KIM));
    expect(conflict).toMatchObject({ reason: 'target-gone', table: 'codes', row: { name: 'rents' } });
  });
});
