import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commitChange, inverseOf } from '../../../renderer/db/changes';
import { applyCodeChange, codingsOfDocument, removeCodingChange } from '../../../renderer/db/codings';
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
    const op = await commitChange(db, applyCodeChange(text, coding('pledge', 'We will build 4,000 homes'), 'pledge'), { coderId: 'k1' });
    const [stored] = await codingsOfDocument(db, 'd1');
    expect(stored).toMatchObject({ quote: 'We will build 4,000 homes', prefix: '', suffix: ' by 2029. Rents rose 31 percent.', codeId: 'pledge' });
    expect(await db.operations.get(op.id)).toMatchObject({ label: 'Code “pledge” applied', docIds: ['d1'], codeIds: ['pledge'], coderId: 'k1' });
  });

  test("a document's codings come back in text order", async () => {
    await commitChange(db, applyCodeChange(text, coding('metric', '31 percent'), 'metric'), { coderId: 'k1' });
    await commitChange(db, applyCodeChange(text, coding('metric', '4,000 homes'), 'metric'), { coderId: 'k1' });
    expect((await codingsOfDocument(db, 'd1')).map((c) => c.quote)).toEqual(['4,000 homes', '31 percent']);
  });

  test('the inverse of an operation restores the rows before it, and is logged too', async () => {
    const applied = await commitChange(db, applyCodeChange(text, coding('claim', 'Rents rose 31 percent'), 'claim'), { coderId: 'k1' });
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
