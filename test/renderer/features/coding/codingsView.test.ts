// The Coded passages list after a burst of applications (issue 14): the list is the live query's
// result with this window's operations on top. A query that started before the burst (run for an
// earlier write) can deliver its result after the burst's operations were shown; that older result
// must not drop them, whether or not a newer result follows. Here the result is made to arrive out of
// order deterministically: its read starts, then 30 applications are committed, then it arrives.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { completedOperations, onCommitting } from '../../../../renderer/db/changes';
import { applyCode, codingsOfDocument } from '../../../../renderer/db/codings';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { codingsShown, settled, stillPending, type LocalOperation, type QueriedCodings } from '../../../../renderer/features/coding/codingsView';
import { freshProject } from '../../db/projectDb';

const text = 'Krasner faces numerous challenges when he takes office in January. '.repeat(20);
let db: ProjectDatabase;
let operations: readonly LocalOperation[];
let stopListening: () => void;

beforeEach(async () => {
  db = await freshProject();
  await db.codes.add({ id: 'claim', name: 'claim', color: '#000000', parentId: null, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' });
  await db.documents.add({ id: 'd1' } as never);
  operations = [];
  // What useCodings does with the window's operations.
  stopListening = onCommitting(db, (operation, stored) => {
    operations = [...operations, { id: operation.id, changes: operation.changes.filter((c) => c.table === 'codings'), storedAt: null }];
    void stored.then((ok) => (operations = settled(operations, operation.id, ok ? completedOperations(db) : null)));
  });
});
afterEach(async () => {
  stopListening();
  await db.delete();
});

// What the live query's querier does: the count of completed operations, then the read.
async function read(): Promise<QueriedCodings> {
  const readAfter = completedOperations(db);
  return { rows: await codingsOfDocument(db, 'd1'), readAfter };
}

const apply = (i: number) => applyCode(db, text, { docId: 'd1', codeId: 'claim', coderId: 'k1', start: i * 3, end: i * 3 + 8 }, 'claim');
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('the codings shown after a burst of applications', () => {
  test('a query result read before the burst and delivered after it keeps every application shown, and agrees with the database', async () => {
    await apply(100);
    const before = await read();
    expect(codingsShown(before, operations, 'd1')).toHaveLength(1);

    const early = read(); // started for the earlier write; its transaction opens before the burst's
    const burst = Array.from({ length: 30 }, (_, i) => apply(i));
    const stale = await early;
    // The premise: this result is older than the operations already on screen.
    expect(stale.rows).toHaveLength(1);
    expect(operations.filter((o) => o.storedAt === null).length).toBeGreaterThan(0);
    // While the burst is written, the older result arrives: every application stays on screen.
    expect(codingsShown(stale, operations, 'd1')).toHaveLength(31);

    await Promise.all(burst);
    const stored = await codingsOfDocument(db, 'd1');
    expect(stored).toHaveLength(31);
    // No newer result has come yet: what is shown is what is stored, row for row and in text order.
    expect(ids(codingsShown(stale, operations, 'd1'))).toEqual(ids(stored));
    // The older result holds the application made before it was read, and none of the burst's.
    expect(stillPending(stale, operations)).toHaveLength(30);

    // A result read after the burst holds every operation: they are done with, and it alone is shown.
    const fresh = await read();
    const left = stillPending(fresh, operations);
    expect(left).toEqual([]);
    expect(ids(codingsShown(fresh, left, 'd1'))).toEqual(ids(stored));
  });

  test('a write that failed is taken back', () => {
    const coding = { id: 'x', docId: 'd1', codeId: 'claim', coderId: 'k1', start: 0, end: 5, quote: 'Krasn', createdAt: '' };
    const result: QueriedCodings = { rows: [], readAfter: 0 };
    const pending: LocalOperation[] = [{ id: 'op', changes: [{ table: 'codings', key: 'x', before: null, after: coding as never }], storedAt: null }];
    expect(codingsShown(result, pending, 'd1')).toHaveLength(1);
    expect(codingsShown(result, settled(pending, 'op', null), 'd1')).toEqual([]);
  });
});
