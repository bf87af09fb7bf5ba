// The undo history over a window's session: it belongs to the project, not to one opening of its
// database (the window closes it when switching to another project and opens it again on return),
// and it waits for the writes still in flight before it takes a step back.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CodeRecord, DocumentRecord } from '../../../shared/model';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { commitChange } from '../../../renderer/db/changes';
import { liveMinting } from '../../../renderer/db/ids';
import { addDefaultCodebook, listCodes } from '../../../renderer/db/codes';
import { codingsOfDocument } from '../../../renderer/db/codings';
import { addImportedDocuments } from '../../../renderer/db/documents';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { MAX_PROJECT_HISTORIES, undoHistoryFor, type HistoryOutcome } from '../../../renderer/db/undoHistory';
import { freshProject } from './projectDb';
import { importedDocument } from '../../fixtures/importedDocument';

const KIM = 'coder-kim';
const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year.';

let opened: ProjectDatabase[] = [];
let db: ProjectDatabase;
let doc: DocumentRecord;
let codes: Map<string, CodeRecord>;

beforeEach(async () => {
  db = track(await freshProject());
  [doc] = (await addImportedDocuments(db, [importedDocument('courier', { text: TEXT })])) as [DocumentRecord];
  await addDefaultCodebook(db);
  codes = new Map((await listCodes(db)).map((c) => [c.name, c]));
});
afterEach(async () => {
  for (const each of opened) undoHistoryFor(each).dispose();
  for (const each of opened) await each.delete();
  opened = [];
});

function track(each: ProjectDatabase): ProjectDatabase {
  opened.push(each);
  return each;
}

/** The project of `of` opened again, as the window does on switching back to it. */
async function reopen(of: ProjectDatabase): Promise<ProjectDatabase> {
  of.close();
  const again = track(new ProjectDatabase(of.name.slice(PROJECT_DB_PREFIX.length)));
  await again.open();
  return again;
}

function applyCode(into: ProjectDatabase, codeName: string, quote: string) {
  const start = TEXT.indexOf(quote);
  const change = applyCodeChange(TEXT, { docId: doc.id, codeId: codes.get(codeName)!.id, start, end: start + quote.length, coderId: KIM }, codeName, liveMinting());
  return commitChange(into, change, { coderId: KIM });
}

function expectDone(outcome: HistoryOutcome): asserts outcome is Extract<HistoryOutcome, { status: 'done' }> {
  expect(outcome.status).toBe('done');
}

const quotes = async (of: ProjectDatabase) => (await codingsOfDocument(of, doc.id)).map((c) => c.quote);

describe('switching projects', () => {
  test('after a glance at another project, undo and redo still reach the steps taken before', async () => {
    undoHistoryFor(db);
    await applyCode(db, 'pledge', 'We will build 4,000 homes');
    await applyCode(db, 'claim', 'Rents rose 31 percent');
    expectDone(await undoHistoryFor(db).undo(KIM));

    const other = track(await freshProject());
    undoHistoryFor(other);
    const back = await reopen(db);
    const history = undoHistoryFor(back);
    expect(history.nextUndo(KIM)?.label).toBe('Code “pledge” applied');
    expect(history.nextRedo(KIM)?.label).toBe('Code “claim” applied');

    expectDone(await history.undo(KIM));
    expect(await quotes(back)).toEqual([]);
    expectDone(await history.redo(KIM));
    expectDone(await history.redo(KIM));
    expect(await quotes(back)).toEqual(['We will build 4,000 homes', 'Rents rose 31 percent']);
  });

  test('a change made after switching back is a step of the same history, and clears its redo', async () => {
    undoHistoryFor(db);
    await applyCode(db, 'pledge', 'We will build 4,000 homes');
    expectDone(await undoHistoryFor(db).undo(KIM));
    const back = await reopen(db);
    const history = undoHistoryFor(back);
    await applyCode(back, 'claim', 'Rents rose 31 percent');
    expect(history.nextUndo(KIM)?.label).toBe('Code “claim” applied');
    expect(history.nextRedo(KIM)).toBeUndefined();
  });

  test('another project’s steps are not on this project’s history', async () => {
    undoHistoryFor(db);
    await applyCode(db, 'pledge', 'We will build 4,000 homes');
    const other = track(await freshProject());
    expect(undoHistoryFor(other).nextUndo(KIM)).toBeUndefined();
    expect((await undoHistoryFor(other).undo(KIM)).status).toBe('nothing');
  });

  test('a project replaced meanwhile (its log no longer holds the steps) starts with an empty history', async () => {
    undoHistoryFor(db);
    await applyCode(db, 'pledge', 'We will build 4,000 homes');
    const claimed = await applyCode(db, 'claim', 'Rents rose 31 percent');
    // Replaced from a backup taken between the two steps: the claim and its operation are gone.
    const codingId = claimed.changes[0]!.key;
    await db.transaction('rw', [db.codings, db.codingCounts, db.operations], async () => {
      await db.codings.delete(codingId);
      await db.operations.delete(claimed.id);
    });
    const back = await reopen(db);
    const history = undoHistoryFor(back);
    // The pledge is still in the log, but the history it was part of is not what the project holds.
    expect((await history.undo(KIM)).status).toBe('nothing');
    expect(history.nextUndo(KIM)).toBeUndefined();
    expect(await quotes(back)).toEqual(['We will build 4,000 homes']);
  });

  test('keeps the histories of the most recently opened projects only', async () => {
    undoHistoryFor(db);
    await applyCode(db, 'pledge', 'We will build 4,000 homes');
    db.close();
    for (let i = 0; i < MAX_PROJECT_HISTORIES; i++) {
      const other = track(new ProjectDatabase(crypto.randomUUID()));
      undoHistoryFor(other);
    }
    const back = await reopen(db);
    expect(undoHistoryFor(back).nextUndo(KIM)).toBeUndefined();
  });
});

describe('a write still in flight', () => {
  test('is what the next undo takes back', async () => {
    const history = undoHistoryFor(db);
    await applyCode(db, 'pledge', 'We will build 4,000 homes');
    const writing = applyCode(db, 'claim', 'Rents rose 31 percent');
    const outcome = await history.undo(KIM);
    await writing;
    expectDone(outcome);
    expect(outcome.entry.label).toBe('Code “claim” applied');
    expect(await quotes(db)).toEqual(['We will build 4,000 homes']);
    expect(history.nextRedo(KIM)?.label).toBe('Code “claim” applied');
  });

  test('that fails does not hold undo back', async () => {
    const history = undoHistoryFor(db);
    await applyCode(db, 'pledge', 'We will build 4,000 homes');
    const failing = db.transaction('rw', [db.codings, db.codingCounts, db.operations], async () => {
      await applyCode(db, 'claim', 'Rents rose 31 percent');
      throw new Error('the caller changed its mind');
    });
    const outcome = await history.undo(KIM);
    await expect(failing).rejects.toThrow('the caller changed its mind');
    expectDone(outcome);
    expect(outcome.entry.label).toBe('Code “pledge” applied');
    expect(await quotes(db)).toEqual([]);
  });
});
