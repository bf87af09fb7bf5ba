// The open document's codings in the window (features/coding/documentCodingsStore.ts) follow writes by
// reading back only the rows a write touched, with this window's operations shown the moment they
// start. Whatever the sequence of writes, from this window or another, once the store has heard of
// them it shows exactly what the database holds, in text order.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commitChange } from '../../../../renderer/db/changes';
import { applyCode, codingsOfDocument, removeCoding } from '../../../../renderer/db/codings';
import { undoHistoryFor } from '../../../../renderer/db/undoHistory';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { documentCodingsOf, type DocumentCodingsStore } from '../../../../renderer/features/coding/documentCodingsStore';
import { freshProject } from '../../db/projectDb';

const TEXT = 'Krasner faces numerous challenges when he takes office in January. '.repeat(20);
const KIM = 'coder-kim';
let db: ProjectDatabase;
let store: DocumentCodingsStore;
let heard: number;
let stopListening: () => void;

beforeEach(async () => {
  db = await freshProject();
  for (const id of ['claim', 'pledge']) await db.codes.add({ id, name: id, color: '#000000', parentId: null, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' });
  await db.documents.bulkAdd([{ id: 'd1' }, { id: 'd2' }] as never);
  store = documentCodingsOf(db, 'd1');
  heard = 0;
  // A screen showing the codings keeps the store following writes.
  stopListening = store.subscribe(() => heard++);
  await store.settled();
});
afterEach(async () => {
  stopListening();
  await db.delete();
});

const apply = (target: ProjectDatabase, docId: string, start: number, codeId = 'claim', coderId = KIM) =>
  applyCode(target, TEXT, { docId, codeId, coderId, start, end: start + 8 }, codeId);

/** The store shows what the database holds for d1, row for row and in text order. */
async function expectStoreEqualsDatabase(): Promise<void> {
  await store.settled();
  expect(store.codings()).toEqual(await codingsOfDocument(db, 'd1'));
}

describe('the open document’s codings follow every write', () => {
  test('a burst of applications shows each the moment it is made, and ends as the database', async () => {
    const burst: Promise<unknown>[] = [];
    for (let i = 0; i < 30; i++) {
      burst.push(apply(db, 'd1', i * 3));
      // Shown before its transaction has even started.
      expect(store.codings()).toHaveLength(i + 1);
    }
    await Promise.all(burst);
    await expectStoreEqualsDatabase();
    // Nothing of the burst stays applied on top of the rows: a coding another window removes goes.
    const other = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    await other.open();
    try {
      const [first] = await codingsOfDocument(db, 'd1');
      await other.codings.delete(first!.id);
      await expectStoreEqualsDatabase();
      expect(store.codings()).toHaveLength(29);
    } finally {
      other.close();
    }
  });

  test('a long sequence of applications, removals, undos and redos on two documents', async () => {
    const history = undoHistoryFor(db);
    try {
      // A fixed pseudo-random walk (Park and Miller's generator), so a failure can be replayed.
      let seed = 11;
      const next = (n: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
      for (let step = 0; step < 80; step++) {
        const action = next(10);
        if (action < 5) await apply(db, next(3) ? 'd1' : 'd2', next(TEXT.length - 8), next(2) ? 'claim' : 'pledge');
        else if (action < 7) {
          const codings = await db.codings.toArray();
          if (codings.length) await removeCoding(db, codings[next(codings.length)]!, 'code', KIM);
        } else if (action < 9) await history.undo(KIM).catch(() => undefined);
        else await history.redo(KIM).catch(() => undefined);
        await expectStoreEqualsDatabase();
      }
      expect(store.codings()!.length).toBeGreaterThan(0);
    } finally {
      history.dispose();
    }
  });

  test('writes of another window, a bulk load and a clear', async () => {
    const other = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    await other.open();
    try {
      await apply(other, 'd1', 5);
      await apply(other, 'd2', 9);
      await expectStoreEqualsDatabase();
      expect(store.codings()).toHaveLength(1);
      // A bulk write of many rows names a range, not keys: the document is read whole.
      const [template] = await codingsOfDocument(db, 'd1');
      await other.codings.bulkAdd(Array.from({ length: 60 }, (_, i) => ({ ...template!, id: `bulk-${String(i).padStart(2, '0')}`, start: i })));
      await expectStoreEqualsDatabase();
      expect(store.codings()).toHaveLength(61);
      await other.codings.clear();
      await expectStoreEqualsDatabase();
      expect(store.codings()).toEqual([]);
    } finally {
      other.close();
    }
  });

  test('a write that fails is taken back', async () => {
    await apply(db, 'd1', 0);
    await store.settled();
    const [stored] = store.codings()!;
    // Adding a row whose key is taken fails, and its transaction writes nothing.
    const failing = commitChange(db, { label: 'clash', changes: [{ table: 'codings', key: stored!.id, before: null, after: { ...stored!, start: 100, end: 108 } }] }, { coderId: KIM });
    expect(store.codings()!.map((c) => c.start)).toEqual([100]);
    await expect(failing).rejects.toThrow();
    await expectStoreEqualsDatabase();
    expect(store.codings()!.map((c) => c.start)).toEqual([0]);
  });

  test('a write to another document reads its rows back but tells this one’s screen nothing', async () => {
    await apply(db, 'd1', 0);
    await store.settled();
    const shown = store.codings();
    const before = heard;
    await apply(db, 'd2', 0);
    await store.settled();
    expect(heard).toBe(before);
    expect(store.codings()).toBe(shown);
  });
});
