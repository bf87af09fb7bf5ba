// Every kind of write a researcher can make, in a random order, and after each one every figure of the
// window's counts (codings per code, per document, under every coder filter: all, blind, hidden) must
// equal a recount from the codings stored. The writes: apply, remove, resize, recode, undo, redo,
// delete a document, delete a code, merge two codes, import documents, merge another project, restore
// a backup (from another connection, as the backup worker does) and switching project and back.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { countsStoreOf, type CountsStore } from '../../../../renderer/features/counts/countsStore';
import { tallyCodings } from '../../../../renderer/db/codingCounts';
import { countTotals, NO_USAGE } from '../../../../renderer/db/countTotals';
import { addDefaultCodebook } from '../../../../renderer/db/codes';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { undoHistoryFor, type UndoHistory } from '../../../../renderer/db/undoHistory';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { CoderFilter } from '../../../../renderer/db/coders';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectWrites, walkRandomWrites, type Write } from '../../db/randomWrites';

const KIM = 'coder-kim';
const LEE = 'coder-lee';
const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year. The council said no. 住宅 👩‍👩‍👧';
const FILTERS: CoderFilter[] = [null, { only: KIM }, { only: LEE }, { except: [KIM] }, { except: [KIM, LEE] }, { only: 'coder-nobody' }];

let db: ProjectDatabase;
let store: CountsStore;
let stopListening: () => void;
let history: UndoHistory;
let projectId: string;

beforeEach(async () => {
  db = await freshProject();
  projectId = db.name.slice(PROJECT_DB_PREFIX.length);
  await addImportedDocuments(db, ['courier', 'ledger', 'gazette'].map((name) => importedDocument(name, { text: TEXT })));
  await addDefaultCodebook(db);
  await follow(db);
});
afterEach(async () => {
  stopListening();
  history.dispose();
  await db.delete();
});

/** As the workspace does on opening a project: holds its counts, and its undo history. */
async function follow(opened: ProjectDatabase): Promise<void> {
  db = opened;
  history = undoHistoryFor(db);
  store = countsStoreOf(db);
  stopListening = store.hold();
  await store.settled();
}

/** Every figure of the store, under every filter, for every code and document ever seen, equals a recount. */
async function expectStoreEqualsRecount(step: string): Promise<void> {
  await store.settled();
  const codings = await db.codings.toArray();
  const codeIds = new Set([...(await db.codes.toArray()).map((c) => c.id), ...codings.map((c) => c.codeId)]);
  const docIds = new Set([...(await db.documents.toArray()).map((d) => d.id), ...codings.map((c) => c.docId)]);
  for (const filter of FILTERS) {
    const recount = countTotals(tallyCodings(codings), filter);
    const where = `${step}, filter ${JSON.stringify(filter)}`;
    for (const codeId of codeIds) expect(store.usageOf(codeId, filter), `${where}, code ${codeId}`).toEqual(recount.byCode.get(codeId) ?? NO_USAGE);
    for (const docId of docIds) expect(store.documentCount(docId, filter), `${where}, document ${docId}`).toBe(recount.byDocument.get(docId) ?? 0);
    expect(store.documentCounts(filter), where).toEqual(new Map(recount.byDocument));
  }
}

test('the counts equal a recount after every kind of write, in a long random sequence', async () => {
  const writes = projectWrites({ textOf: () => TEXT, passage: { margin: 8, longest: 7 }, resizeBy: 1, keep: { documents: 1, codes: 3 }, importedText: () => TEXT });
  const switchProjectAndBack: Write = async ({ random }) => {
    stopListening();
    history.dispose();
    db.close();
    // Meanwhile another window codes in the project.
    await writes.codeFromAnotherWindow(db, LEE, random);
    const reopened = new ProjectDatabase(projectId);
    await reopened.open();
    await follow(reopened);
    return 'switch project and back';
  };
  const made = await walkRandomWrites({
    seed: 11,
    steps: 160,
    coderIds: [KIM, LEE],
    project: () => ({ db, history }),
    faces: [...writes.codingFaces, writes.importDocuments, writes.mergeAnotherProject, writes.backUpOrRestore, switchProjectAndBack],
    check: (what, { index }) => expectStoreEqualsRecount(`step ${index} (${what})`),
  });
  expect([...made].sort()).toEqual(
    [
      'apply',
      'remove',
      'resize',
      'recode',
      'undo',
      'redo',
      'delete a document',
      'delete a code',
      'merge two codes',
      'import documents',
      'merge another project',
      'take a backup',
      'restore the backup',
      'switch project and back',
    ].sort(),
  );
});
