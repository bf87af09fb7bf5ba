// A document set never lists a document that is not in the project: such a set makes every backup
// fail its own read-back check (readProjectFile refuses dangling references), and with it deleting
// documents or codes and applying a manifest, which back up first.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentRecord, DocumentSetRecord } from '../../../shared/model';
import type { Problem } from '../../../shared/projectFile/problems';
import { checkReferences, type LineNumbers } from '../../../shared/projectFile/references';
import { TABLE_NAMES } from '../../../shared/projectFile/projectTables';
import { addToSet, createSet, deleteSet, dropMissingSetMembers, removeFromSet, renameSet } from '../../../renderer/db/documentSets';
import { addImportedDocuments, deleteDocuments } from '../../../renderer/db/documents';
import { ChangeConflictError, commitChange } from '../../../renderer/db/changes';
import { readProjectTables } from '../../../renderer/db/projectSnapshot';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { undoHistoryFor, type HistoryOutcome, type UndoHistory } from '../../../renderer/db/undoHistory';
import { outcomeMessage } from '../../../renderer/features/history/historyMessages';
import { freshProject } from './projectDb';
import { importedDocument } from '../../fixtures/importedDocument';

const KIM = 'coder-kim';
const NO_NAMES = { documentTitles: new Map<string, string>(), coderNames: new Map<string, string>() };
let db: ProjectDatabase;
let history: UndoHistory;
let a: DocumentRecord;
let b: DocumentRecord;
let c: DocumentRecord;

beforeEach(async () => {
  db = await freshProject();
  history = undoHistoryFor(db);
  [a, b, c] = (await addImportedDocuments(db, ['courier', 'ledger', 'herald'].map((name) => importedDocument(name)))) as [DocumentRecord, DocumentRecord, DocumentRecord];
});
afterEach(async () => {
  history.dispose();
  await db.delete();
});

async function storedSet(id: string): Promise<DocumentSetRecord | undefined> {
  return db.documentSets.get(id);
}

async function newSet(name: string, docIds: readonly string[]): Promise<DocumentSetRecord> {
  await createSet(db, name, docIds, KIM);
  return (await db.documentSets.where('name').equals(name).first())!;
}

/** The problems the project-file read-back check finds in the project's tables, as a backup would write them. */
async function referenceProblems(): Promise<Problem[]> {
  const problems: Problem[] = [];
  const lines = Object.fromEntries(TABLE_NAMES.map((table) => [table, []])) as unknown as LineNumbers;
  checkReferences(await readProjectTables(db), lines, 'project', (problem) => problems.push(problem));
  return problems;
}

async function expectNoDanglingMembers() {
  const documents = new Set((await db.documents.toArray()).map((doc) => doc.id));
  for (const set of await db.documentSets.toArray()) expect(set.docIds.filter((id) => !documents.has(id))).toEqual([]);
  expect(await referenceProblems()).toEqual([]);
}

describe('undo and redo never put a deleted document back into a set', () => {
  test('undoing “Set deleted” after one of its documents was deleted is refused, naming the document as gone', async () => {
    const set = await newSet('right-leaning', [a.id, b.id]);
    await deleteSet(db, set, KIM);
    await deleteDocuments(db, [a.id], KIM);

    const outcome = await history.undo(KIM);

    expect(outcome).toMatchObject({ status: 'conflict', entry: { label: 'Set “right-leaning” deleted' }, conflict: { reason: 'target-gone', table: 'documentSets', key: set.id } });
    expect(await storedSet(set.id)).toBeUndefined();
    await expectNoDanglingMembers();
    expect(outcomeMessage(outcome, NO_NAMES)).toBe('Cannot undo: Set “right-leaning” deleted. A document of the set has been deleted since. Nothing was changed.');
  });

  test('undoing “removed from the set” after that document was deleted is refused', async () => {
    const set = await newSet('right-leaning', [a.id, b.id]);
    await removeFromSet(db, set, [a.id], KIM);
    await deleteDocuments(db, [a.id], KIM);

    const outcome = await history.undo(KIM);

    expect(outcome).toMatchObject({ status: 'conflict', conflict: { reason: 'target-gone', table: 'documentSets' } });
    expect((await storedSet(set.id))?.docIds).toEqual([b.id]);
    await expectNoDanglingMembers();
  });

  test('redoing “Set created” after one of its documents was deleted is refused', async () => {
    await newSet('right-leaning', [a.id, b.id]);
    expect((await history.undo(KIM)).status).toBe('done');
    await deleteDocuments(db, [a.id], KIM);

    const outcome = await history.redo(KIM);

    expect(outcome).toMatchObject({ status: 'conflict', conflict: { reason: 'target-gone', table: 'documentSets' } });
    expect(await db.documentSets.count()).toBe(0);
    await expectNoDanglingMembers();
  });

  test('undoing “Set deleted” while its documents are all there brings the set back whole', async () => {
    const set = await newSet('right-leaning', [a.id, b.id]);
    await deleteSet(db, set, KIM);
    await deleteDocuments(db, [c.id], KIM);

    expect((await history.undo(KIM)).status).toBe('done');

    expect(await storedSet(set.id)).toEqual(set);
    await expectNoDanglingMembers();
  });

  test('a step that deletes a document a set still lists is refused (has-dependents), naming the set', async () => {
    const set = await newSet('right-leaning', [a.id, b.id]);
    // As undoing a merge that brought `a` in would, after `a` was added to a set of the project.
    const deleting = { label: 'Merge undone', changes: [{ table: 'documents' as const, key: a.id, before: a, after: null }] };

    const refusal = await commitChange(db, deleting, { coderId: KIM, expectCurrent: true }).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(ChangeConflictError);
    expect(refusal).toMatchObject({ reason: 'has-dependents', table: 'documents', key: a.id, dependents: [{ table: 'documentSets', key: set.id }] });
    expect(await db.documents.get(a.id)).toEqual(a);
    const { dependents } = refusal as ChangeConflictError;
    const outcome: HistoryOutcome = {
      status: 'conflict',
      direction: 'undo',
      entry: { id: 'op', label: 'Merge undone', docIds: [a.id], codeIds: [] },
      conflict: { reason: 'has-dependents', table: 'documents', key: a.id, row: a, dependents },
    };
    expect(outcomeMessage(outcome, NO_NAMES)).toBe('Cannot undo: Merge undone. The set “right-leaning” lists this document; undo is refused so that it is not left without its document. Nothing was changed.');
  });
});

describe('set edits change the stored set, not the screen’s copy of it', () => {
  test('adding to a stale copy after one of its documents was deleted adds only what it says', async () => {
    const onScreen = await newSet('right-leaning', [a.id, b.id]);
    await deleteDocuments(db, [a.id], KIM);

    await addToSet(db, onScreen, [c.id], KIM);

    expect((await storedSet(onScreen.id))?.docIds).toEqual([b.id, c.id]);
    await expectNoDanglingMembers();
  });

  test('renaming from a stale copy keeps a document added since', async () => {
    const onScreen = await newSet('right-leaning', [a.id]);
    await addToSet(db, (await storedSet(onScreen.id))!, [b.id], KIM);

    await renameSet(db, onScreen, 'conservative', KIM);

    expect(await storedSet(onScreen.id)).toMatchObject({ name: 'conservative', docIds: [a.id, b.id] });
  });

  test('removing through a stale copy keeps a document added since, and logs the stored row as `before`', async () => {
    const onScreen = await newSet('right-leaning', [a.id, b.id]);
    await addToSet(db, (await storedSet(onScreen.id))!, [c.id], KIM);

    await removeFromSet(db, onScreen, [a.id], KIM);

    expect((await storedSet(onScreen.id))?.docIds).toEqual([b.id, c.id]);
    // Undo writes the logged `before` back: it must be the row as it was stored, with c.
    expect((await history.undo(KIM)).status).toBe('done');
    expect((await storedSet(onScreen.id))?.docIds).toEqual([a.id, b.id, c.id]);
  });

  test('a set deleted meanwhile is not written again', async () => {
    const onScreen = await newSet('right-leaning', [a.id]);
    await deleteSet(db, onScreen, KIM);

    expect(await addToSet(db, onScreen, [b.id], KIM)).toBeNull();
    expect(await renameSet(db, onScreen, 'conservative', KIM)).toBeNull();
    expect(await db.documentSets.count()).toBe(0);
  });
});

describe('a set is never written with a member that is not a document', () => {
  test('adding a document deleted meanwhile (another window) leaves it out', async () => {
    const set = await newSet('right-leaning', [b.id]);
    await deleteDocuments(db, [a.id], KIM);

    const change = await addToSet(db, set, [a.id, c.id], KIM);

    expect(change?.label).toBe('1 document added to “right-leaning”');
    expect((await storedSet(set.id))?.docIds).toEqual([b.id, c.id]);
    await expectNoDanglingMembers();
  });

  test('creating a set with a document deleted meanwhile leaves it out', async () => {
    await deleteDocuments(db, [a.id], KIM);

    const set = await newSet('right-leaning', [a.id, b.id]);

    expect(set.docIds).toEqual([b.id]);
    await expectNoDanglingMembers();
  });
});

describe('a project a set damaged before sets were kept whole', () => {
  test('loses the deleted members when it opens, in one step History shows, and backs up again', async () => {
    const set = await newSet('right-leaning', [a.id, b.id]);
    await deleteDocuments(db, [a.id], KIM);
    // As an earlier version left it: the set still lists the deleted document.
    await db.documentSets.put({ ...(await storedSet(set.id))!, docIds: [a.id, b.id] });
    expect(await referenceProblems()).not.toEqual([]);

    expect(await dropMissingSetMembers(db, KIM)).toBe(1);

    expect((await storedSet(set.id))?.docIds).toEqual([b.id]);
    await expectNoDanglingMembers();
    const steps = await db.operations.toArray();
    expect(steps.filter((op) => op.kind === 'irreversible').map((op) => op.label)).toContain('1 document removed from “right-leaning”: deleted documents the set still listed');
    // A project with nothing to repair is left as it is.
    expect(await dropMissingSetMembers(db, KIM)).toBe(0);
    expect(await db.operations.count()).toBe(steps.length);
  });
});
