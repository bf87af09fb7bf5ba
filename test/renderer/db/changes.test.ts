import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inverseOf, type Change, type RowChange } from '../../../shared/changes/change';
import type { CodingRecord } from '../../../shared/model';
import { applyCodeChange, removeCodingChange } from '../../../shared/changes/codingChanges';
import { commitChange, onCommitted, onCommitting } from '../../../renderer/db/changes';
import { codingsOfDocument } from '../../../renderer/db/codings';
import { liveMinting } from '../../../renderer/db/ids';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { freshProject } from './projectDb';

const text = 'We will build 4,000 homes by 2029. Rents rose 31 percent.';
let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

const coding = (codeId: string, quote: string) => {
  const start = text.indexOf(quote);
  return { docId: 'd1', codeId, start, end: start + quote.length, coderId: 'k1' };
};

describe('changes and the operations log', () => {
  test('applying a code stores the passage with its quote and context, and logs the operation', async () => {
    const op = await commitChange(db, applyCodeChange(text, coding('pledge', 'We will build 4,000 homes'), 'pledge', liveMinting()), { coderId: 'k1' });
    const [stored] = await codingsOfDocument(db, 'd1');
    expect(stored).toMatchObject({ quote: 'We will build 4,000 homes', prefix: '', suffix: ' by 2029. Rents rose 31 percent.', codeId: 'pledge' });
    expect(await db.operations.get(op.id)).toMatchObject({ label: 'Code “pledge” applied', docIds: ['d1'], codeIds: ['pledge'], coderId: 'k1' });
  });

  test("a document's codings come back in text order", async () => {
    await commitChange(db, applyCodeChange(text, coding('metric', '31 percent'), 'metric', liveMinting()), { coderId: 'k1' });
    await commitChange(db, applyCodeChange(text, coding('metric', '4,000 homes'), 'metric', liveMinting()), { coderId: 'k1' });
    expect((await codingsOfDocument(db, 'd1')).map((c) => c.quote)).toEqual(['4,000 homes', '31 percent']);
  });

  test('the inverse of an operation restores the rows before it, and is logged too', async () => {
    const applied = await commitChange(db, applyCodeChange(text, coding('claim', 'Rents rose 31 percent'), 'claim', liveMinting()), { coderId: 'k1' });
    const [stored] = await codingsOfDocument(db, 'd1');
    await commitChange(db, removeCodingChange(stored!, 'claim'), { coderId: 'k1' });
    expect(await db.codings.count()).toBe(0);
    const removal = (await db.operations.orderBy('at').toArray()).at(-1)!;
    await commitChange(db, inverseOf(removal), { coderId: 'k1', kind: 'undo', reverses: removal.id });
    expect(await codingsOfDocument(db, 'd1')).toEqual([stored]);
    expect(await db.operations.count()).toBe(3);
    expect(applied.kind).toBe('change');
  });
});

describe('the audit trail of document sets', () => {
  test('adding documents to a set, or taking one out, shows in those documents’ history; renaming the set does not', async () => {
    const set = { id: 's1', name: 'Right-leaning', docIds: ['d1'], createdAt: '2026-01-01T00:00:00.000Z' };
    const added = await commitChange(db, { label: 'Added to set', changes: [{ table: 'documentSets', key: 's1', before: null, after: set }] }, { coderId: 'k1' });
    expect(added.docIds).toEqual(['d1']);
    const grown = { ...set, docIds: ['d1', 'd2', 'd3'] };
    const more = await commitChange(db, { label: 'Added to set', changes: [{ table: 'documentSets', key: 's1', before: set, after: grown }] }, { coderId: 'k1' });
    expect(more.docIds).toEqual(['d2', 'd3']);
    const renamed = await commitChange(db, { label: 'Set renamed', changes: [{ table: 'documentSets', key: 's1', before: grown, after: { ...grown, name: 'Right' } }] }, { coderId: 'k1' });
    expect(renamed.docIds).toEqual([]);
    const removed = await commitChange(db, { label: 'Removed from set', changes: [{ table: 'documentSets', key: 's1', before: grown, after: { ...grown, docIds: ['d1', 'd3'] } }] }, { coderId: 'k1' });
    expect(removed.docIds).toEqual(['d2']);
  });
});

describe('one transaction, bulk writes per table', () => {
  const row = (id: string, start: number, codeId = 'pledge'): CodingRecord => ({
    id,
    docId: 'd1',
    codeId,
    start,
    end: start + 4,
    quote: text.slice(start, start + 4),
    prefix: '',
    suffix: '',
    coderId: 'k1',
    createdAt: '2026-01-01T00:00:00.000Z',
  });

  test('a row touched several times in one change ends as its last write', async () => {
    const a = row('a', 0);
    const b = row('b', 5);
    const change: Change = {
      label: 'Shuffle',
      changes: [
        { table: 'codings', key: 'a', before: null, after: a },
        { table: 'codings', key: 'b', before: null, after: b },
        { table: 'codings', key: 'a', before: a, after: { ...a, codeId: 'claim' } },
        { table: 'codings', key: 'b', before: b, after: null },
        { table: 'codings', key: 'a', before: { ...a, codeId: 'claim' }, after: { ...a, codeId: 'metric' } },
        { table: 'codings', key: 'b', before: null, after: { ...b, end: 12 } },
      ],
    };
    await commitChange(db, change, { coderId: 'k1' });
    expect(await codingsOfDocument(db, 'd1')).toEqual([{ ...a, codeId: 'metric' }, { ...b, end: 12 }]);
    // Its inverse, replayed in reverse order, leaves nothing behind.
    await commitChange(db, inverseOf(change), { coderId: 'k1' });
    expect(await db.codings.count()).toBe(0);
  });

  test('a change of 5,000 codings is written whole with one operation, heard of once, and undone whole', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => row(`c${String(i).padStart(4, '0')}`, (i * 7) % 40));
    const change: Change = { label: 'Many codings', changes: rows.map((r): RowChange => ({ table: 'codings', key: r.id, before: null, after: r })) };
    const committing: string[] = [];
    const committed: string[] = [];
    const stopCommitting = onCommitting(db, (operation) => committing.push(operation.label));
    const stopCommitted = onCommitted(db, (operation) => committed.push(operation.label));
    const operation = await commitChange(db, change, { coderId: 'k1' });
    stopCommitting();
    stopCommitted();
    expect(await db.codings.count()).toBe(5000);
    expect(await db.operations.count()).toBe(1);
    expect((await db.operations.get(operation.id))?.changes).toHaveLength(5000);
    expect([committing, committed]).toEqual([['Many codings'], ['Many codings']]);
    await commitChange(db, inverseOf(operation), { coderId: 'k1', kind: 'undo', reverses: operation.id, expectCurrent: true });
    expect(await db.codings.count()).toBe(0);
  });

  test('a change that fails part-way writes none of its rows and logs nothing', async () => {
    const a = row('a', 0);
    await commitChange(db, { label: 'First', changes: [{ table: 'codings', key: 'a', before: null, after: a }] }, { coderId: 'k1' });
    const stored = await db.codings.toArray();
    // The second row has no key: IndexedDB refuses it, after the first row's deletion was requested.
    const broken: Change = {
      label: 'Broken',
      changes: [
        { table: 'codings', key: 'a', before: a, after: null },
        { table: 'codings', key: 'x', before: null, after: { ...row('x', 5), id: undefined } as unknown as CodingRecord },
      ],
    };
    await expect(commitChange(db, broken, { coderId: 'k1' })).rejects.toThrow();
    expect(await db.codings.toArray()).toEqual(stored);
    expect(await db.operations.count()).toBe(1);
  });

  test('a change that fails part-way inside a caller’s transaction writes none of its rows, even when the caller goes on', async () => {
    const [a, b] = [row('a', 0), row('b', 5)];
    await commitChange(db, { label: 'First', changes: [{ table: 'codings', key: 'a', before: null, after: a }, { table: 'codings', key: 'b', before: null, after: b }] }, { coderId: 'k1' });
    const [codings, counts] = [await db.codings.toArray(), await db.codingCounts.toArray()];
    // Deletes `a`, then says it creates `b`, which is there: IndexedDB refuses that row alone.
    const broken: Change = {
      label: 'Broken',
      changes: [
        { table: 'codings', key: 'a', before: a, after: null },
        { table: 'codings', key: 'b', before: null, after: b },
      ],
    };
    let refused: unknown = null;
    const caller = db.transaction('rw', [db.codings, db.codingCounts, db.operations], async () => {
      try {
        await commitChange(db, broken, { coderId: 'k1' });
      } catch (error) {
        refused = error;
      }
    });
    await expect(caller).rejects.toThrow();
    expect(refused).not.toBeNull();
    // Had the caller's transaction committed, `a` would be gone and the log would say `b` was created:
    // undoing that step would then delete the `b` that was there all along.
    expect(await db.codings.toArray()).toEqual(codings);
    expect(await db.codingCounts.toArray()).toEqual(counts);
    expect((await db.operations.toArray()).map((op) => op.label)).toEqual(['First']);
  });

  test('inside a transaction nested in a caller’s, an operation is heard of as stored only once the outer one commits', async () => {
    const heard: string[] = [];
    const settled: boolean[] = [];
    const stopCommitted = onCommitted(db, (operation) => heard.push(operation.label));
    const stopCommitting = onCommitting(db, (_operation, stored) => void stored.then((s) => settled.push(s)));
    const outer = db.transaction('rw', [db.codings, db.codingCounts, db.operations], async () => {
      await db.transaction('rw', [db.codings, db.codingCounts, db.operations], () => commitChange(db, { label: 'Nested', changes: [{ table: 'codings', key: 'a', before: null, after: row('a', 0) }] }, { coderId: 'k1' }));
      throw new Error('The caller gives up after the nested transaction');
    });
    await expect(outer).rejects.toThrow('gives up');
    await new Promise((resolve) => setTimeout(resolve, 0));
    stopCommitted();
    stopCommitting();
    expect(await db.codings.count()).toBe(0);
    expect(await db.operations.count()).toBe(0);
    // The screen takes back what it showed; undo has no step for an operation the log never held.
    expect([heard, settled]).toEqual([[], [false]]);
  });

  test('a change that says it creates a row does not silently replace one that is there: nothing is written', async () => {
    const a = row('a', 0);
    await commitChange(db, { label: 'First', changes: [{ table: 'codings', key: 'a', before: null, after: a }] }, { coderId: 'k1' });
    const again: Change = { label: 'Again', changes: [{ table: 'codings', key: 'a', before: null, after: { ...a, codeId: 'claim' } }] };
    await expect(commitChange(db, again, { coderId: 'k1' })).rejects.toThrow();
    expect(await db.codings.toArray()).toEqual([a]);
    expect(await db.operations.count()).toBe(1);
  });

  test('texts are written beside the rows and never logged; an unlogged change leaves no operation', async () => {
    const logged = await commitChange(
      db,
      { label: 'Deleted', changes: [], texts: [{ docId: 'd1', text: null }] },
      { coderId: 'k1', kind: 'irreversible' },
    );
    expect(logged.changes).toEqual([]);
    await commitChange(db, { label: 'Imported', changes: [], texts: [{ docId: 'd2', text: 'Two.' }] }, { log: false });
    expect(await db.texts.toArray()).toEqual([{ docId: 'd2', text: 'Two.' }]);
    expect((await db.operations.toArray()).map((op) => op.label)).toEqual(['Deleted']);
  });
});
