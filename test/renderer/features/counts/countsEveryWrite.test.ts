// Every kind of write a researcher can make, in a random order, and after each one every figure of the
// window's counts (codings per code, per document, under every coder filter: all, blind, hidden) must
// equal a recount from the codings stored. The writes: apply, remove, resize, recode, undo, redo,
// delete a document, delete a code, merge two codes, import documents, merge another project, restore
// a backup (from another connection, as the backup worker does) and switching project and back.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { countsStoreOf, type CountsStore } from '../../../../renderer/features/counts/countsStore';
import { tallyCodings } from '../../../../renderer/db/codingCounts';
import { countTotals, NO_USAGE } from '../../../../renderer/db/countTotals';
import { commitChange } from '../../../../renderer/db/changes';
import { recodeStoredCoding, removeCoding, resizeStoredCoding } from '../../../../renderer/db/codings';
import { addDefaultCodebook, deleteCode, mergeCodes } from '../../../../renderer/db/codes';
import { addImportedDocuments, deleteDocuments } from '../../../../renderer/db/documents';
import { undoHistoryFor, type UndoHistory } from '../../../../renderer/db/undoHistory';
import { liveMinting } from '../../../../renderer/db/ids';
import { loadProject } from '../../../../renderer/db/loadProject';
import { readProjectTables } from '../../../../renderer/db/projectSnapshot';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { CoderFilter } from '../../../../renderer/db/coders';
import { mergeIntoProject, previewMerge } from '../../../../renderer/features/interop/applyIncoming';
import { applyCodeChange } from '../../../../shared/changes/codingChanges';
import type { ProjectTables } from '../../../../shared/projectFile/projectTables';
import { importedDocument } from '../../../fixtures/importedDocument';
import { PROJECT_ID, roundTripProject } from '../../../shared/interop/refiFixtures';
import { freshProject } from '../../db/projectDb';

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
  // A fixed pseudo-random walk (Park and Miller's generator), so a failure can be replayed.
  let seed = 11;
  const next = (n: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
  const pick = <T>(list: readonly T[]): T | undefined => list[next(list.length)];
  let backup: ProjectTables | null = null;
  let imported = 0;
  let merged = false;
  const seen = new Set<string>();
  for (let step = 0; step < 160; step++) {
    const coderId = pick([KIM, LEE])!;
    const codings = await db.codings.toArray();
    const codes = await db.codes.toArray();
    const documents = await db.documents.toArray();
    const action = next(16);
    let what: string;
    if (action < 4 && codes.length && documents.length) {
      const start = next(TEXT.length - 8);
      what = 'apply';
      await commitChange(db, applyCodeChange(TEXT, { docId: pick(documents)!.id, codeId: pick(codes)!.id, start, end: start + 1 + next(7), coderId }, 'code', liveMinting()), { coderId });
    } else if (action === 4 && codings.length) {
      what = 'remove';
      await removeCoding(db, pick(codings)!, 'code', coderId);
    } else if (action === 5 && codings.length) {
      what = 'resize';
      const coding = pick(codings)!;
      await resizeStoredCoding(db, TEXT, coding.id, Math.max(0, coding.start - 1), coding.end, 'code', coderId);
    } else if (action === 6 && codings.length && codes.length) {
      what = 'recode';
      await recodeStoredCoding(db, pick(codings)!.id, undefined, pick(codes)!, coderId);
    } else if (action === 7) {
      what = 'undo';
      await history.undo(coderId).catch(() => undefined);
    } else if (action === 8) {
      what = 'redo';
      await history.redo(coderId).catch(() => undefined);
    } else if (action === 9 && documents.length > 1) {
      what = 'delete a document';
      await deleteDocuments(db, [pick(documents)!.id], coderId);
    } else if (action === 10 && codes.length > 3) {
      what = 'delete a code';
      await deleteCode(db, pick(codes.filter((c) => c.parentId === null) ?? codes)?.id ?? codes[0]!.id, coderId);
    } else if (action === 11 && codes.length > 3) {
      what = 'merge two codes';
      const [source, target] = [pick(codes)!, pick(codes)!];
      if (source.id === target.id || codes.some((c) => c.id === target.id && c.parentId === source.id)) continue;
      await mergeCodes(db, source.id, target.id, coderId).catch(() => undefined);
    } else if (action === 12) {
      what = 'import documents';
      await addImportedDocuments(db, [importedDocument(`imported-${imported++}`, { text: TEXT })]);
    } else if (action === 13 && !merged) {
      what = 'merge another project';
      merged = true;
      const file = { fileName: 'riverton.qdpx', kind: 'qdpx' as const, name: 'Riverton', origin: 'Framewise 0.1.0', rows: roundTripProject(), originals: new Map(), skipped: [], plan: null, linkedFiles: [] };
      await mergeIntoProject(db, file, await previewMerge(db, PROJECT_ID, file), coderId, async () => true);
    } else if (action === 14) {
      if (!backup) {
        what = 'take a backup';
        backup = await readProjectTables(db);
      } else {
        what = 'restore the backup';
        // The backup worker restores through a connection of its own.
        const worker = new ProjectDatabase(projectId);
        await worker.open();
        try {
          await loadProject(worker, backup, { replace: true });
        } finally {
          worker.close();
        }
        backup = null;
      }
    } else if (action === 15) {
      what = 'switch project and back';
      stopListening();
      history.dispose();
      db.close();
      // Meanwhile another window codes in the project.
      const other = new ProjectDatabase(projectId);
      await other.open();
      const [doc, code] = [pick(await other.documents.toArray()), pick(await other.codes.toArray())];
      if (doc && code) await commitChange(other, applyCodeChange(TEXT, { docId: doc.id, codeId: code.id, start: 2, end: 9, coderId: LEE }, 'code', liveMinting()), { coderId: LEE });
      other.close();
      const reopened = new ProjectDatabase(projectId);
      await reopened.open();
      await follow(reopened);
    } else continue;
    seen.add(what);
    await expectStoreEqualsRecount(`step ${step} (${what})`);
  }
  expect([...seen].sort()).toEqual(
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
