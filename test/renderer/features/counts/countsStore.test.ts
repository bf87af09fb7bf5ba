// The window's counts (features/counts/countsStore.ts) follow writes by reading back only the count
// rows a write touched. Whatever the sequence of applications, removals, undos and redos, from this
// window or another, every figure they give must equal a recount from the codings themselves.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { RangeSet } from 'dexie';
import { countsStoreOf, type CountsStore } from '../../../../renderer/features/counts/countsStore';
import { countKeysWritten, rebuildCodingCounts, tallyCodings } from '../../../../renderer/db/codingCounts';
import { countTotals, NO_USAGE } from '../../../../renderer/db/countTotals';
import { commitChange } from '../../../../renderer/db/changes';
import { removeCoding } from '../../../../renderer/db/codings';
import { addDefaultCodebook, listCodes } from '../../../../renderer/db/codes';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { undoHistoryFor } from '../../../../renderer/db/undoHistory';
import { liveMinting } from '../../../../renderer/db/ids';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { CoderFilter } from '../../../../renderer/db/coders';
import { applyCodeChange } from '../../../../shared/changes/codingChanges';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';

const KIM = 'coder-kim';
const LEE = 'coder-lee';
const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year. The council said no.';
const FILTERS: CoderFilter[] = [null, { only: KIM }, { except: [KIM] }];

let db: ProjectDatabase;
let store: CountsStore;
let stopListening: () => void;
let docIds: string[];
let codeIds: string[];

beforeEach(async () => {
  db = await freshProject();
  const docs = await addImportedDocuments(db, [importedDocument('courier', { text: TEXT }), importedDocument('ledger', { text: TEXT })]);
  await addDefaultCodebook(db);
  docIds = docs.map((d) => d.id);
  codeIds = (await listCodes(db)).slice(0, 5).map((c) => c.id);
  store = countsStoreOf(db);
  // A screen showing the counts keeps the store following writes.
  stopListening = store.subscribe('documents', () => {});
  await store.settled();
});
afterEach(async () => {
  stopListening();
  await db.delete();
});

const apply = (target: ProjectDatabase, docId: string, codeId: string, start: number, coderId: string) =>
  commitChange(target, applyCodeChange(TEXT, { docId, codeId, start, end: start + 5, coderId }, 'code', liveMinting()), { coderId });

/** Every figure of the store, under every filter, equals a recount from the stored codings. */
async function expectStoreEqualsRecount(): Promise<void> {
  await store.settled();
  const codings = await db.codings.toArray();
  for (const filter of FILTERS) {
    const recount = countTotals(tallyCodings(codings), filter);
    for (const codeId of codeIds) expect(store.usageOf(codeId, filter), `code ${codeId}, filter ${JSON.stringify(filter)}`).toEqual(recount.byCode.get(codeId) ?? NO_USAGE);
    for (const docId of docIds) expect(store.documentCount(docId, filter)).toBe(recount.byDocument.get(docId) ?? 0);
    expect(store.documentCounts(filter)).toEqual(new Map(recount.byDocument));
  }
}

describe('the counts in the window follow every write', () => {
  test('a long sequence of applications, removals, undos and redos by two coders', async () => {
    const history = undoHistoryFor(db);
    try {
      // A fixed pseudo-random walk (Park and Miller's generator), so a failure can be replayed.
      let seed = 7;
      const next = (n: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
      for (let step = 0; step < 80; step++) {
        const action = next(10);
        const coderId = next(2) ? KIM : LEE;
        if (action < 5) await apply(db, docIds[next(2)]!, codeIds[next(codeIds.length)]!, next(TEXT.length - 5), coderId);
        else if (action < 7) {
          const codings = await db.codings.toArray();
          if (codings.length) await removeCoding(db, codings[next(codings.length)]!, 'code', coderId);
        } else if (action < 9) await history.undo(KIM).catch(() => undefined);
        else await history.redo(KIM).catch(() => undefined);
        await expectStoreEqualsRecount();
      }
      expect(await db.codings.count()).toBeGreaterThan(0);
    } finally {
      history.dispose();
    }
  });

  test('writes of another window (another connection to the same project) and a rebuild of the whole table', async () => {
    const other = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    await other.open();
    try {
      await apply(other, docIds[0]!, codeIds[0]!, 3, LEE);
      await apply(other, docIds[1]!, codeIds[0]!, 9, KIM);
      await expectStoreEqualsRecount();
      expect(store.usageOf(codeIds[0]!, null)).toEqual({ codings: 2, documents: 2 });
      // Loading a project file or a backup rebuilds the table: a clear, then the rows in bulk.
      await db.codings.bulkAdd([{ ...(await db.codings.toArray())[0]!, id: 'loaded', docId: docIds[1]!, coderId: KIM }]);
      await rebuildCodingCounts(db.codingCounts, db.codings);
      await expectStoreEqualsRecount();
      expect(store.documentCount(docIds[1]!, { only: KIM })).toBe(2);
    } finally {
      other.close();
    }
  });

  test('a view hears of a write only when its own figure changed', async () => {
    const heard: string[] = [];
    const stops = [store.subscribe(`code:${codeIds[0]}`, () => heard.push('first code')), store.subscribe(`code:${codeIds[1]}`, () => heard.push('second code')), store.subscribe(`doc:${docIds[1]}`, () => heard.push('ledger'))];
    try {
      // As a screen does: it reads its figure, then listens (figures are kept per filter in use).
      expect(store.usageOf(codeIds[0]!, null)).toEqual(NO_USAGE);
      await apply(db, docIds[0]!, codeIds[0]!, 0, KIM);
      await store.settled();
      expect(heard).toEqual(['first code']);
      expect(store.usageOf(codeIds[0]!, null)).toEqual({ codings: 1, documents: 1 });
    } finally {
      for (const stop of stops) stop();
    }
  });
});

describe('what a storage event says was written to the counts', () => {
  const name = 'framewise-project-p';
  test('single keys, also as another window sends them (a structured clone); a range or everything means a whole read', () => {
    const keys = [
      ['c1', 'd1', 'kim'],
      ['c2', 'd1', 'lee'],
    ];
    const parts = { [`idb://${name}/codingCounts/`]: new RangeSet().addKeys(keys) };
    expect(countKeysWritten(name, parts)).toEqual(keys);
    expect(countKeysWritten(name, structuredClone(parts))).toEqual(keys);
    expect(countKeysWritten(name, { [`idb://${name}/codings/`]: new RangeSet().addKey('k1') })).toBeNull();
    expect(countKeysWritten('framewise-project-other', parts)).toBeNull();
    expect(countKeysWritten(name, { [`idb://${name}/codingCounts/`]: new RangeSet(-Infinity, [[]]) })).toBe('all');
    expect(countKeysWritten(name, { all: new RangeSet(-Infinity, [[]]) })).toBe('all');
  });
});
