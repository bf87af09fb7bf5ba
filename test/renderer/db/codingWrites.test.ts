import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inverseOf } from '../../../shared/changes/change';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { commitChange } from '../../../renderer/db/changes';
import { applyCode, codingsOfDocument, recodeStoredCoding, resizeStoredCoding } from '../../../renderer/db/codings';
import { liveMinting } from '../../../renderer/db/ids';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import type { CodeRecord } from '../../../shared/model';
import { freshProject } from './projectDb';

const text = 'Krasner faces numerous challenges when he takes office in January.';
const code = (id: string, name: string): CodeRecord => ({ id, name, color: '#000000', parentId: null, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' });
const claim = code('claim', 'claim');
const metric = code('metric', 'metric');
const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
  await db.codes.bulkAdd([claim, metric]);
  await db.documents.add({ id: 'd1' } as never);
  await commitChange(db, applyCodeChange(text, { docId: 'd1', codeId: 'claim', coderId: 'k1', ...span('numerous challenges') }, 'claim', liveMinting()), { coderId: 'k1' });
});
afterEach(() => db.delete());

describe('recoding the coding as it is stored', () => {
  test('a recode chosen before a resize was written keeps the new boundaries, and logs the resized row as before', async () => {
    // The palette opened on the coding as it was on screen…
    const [shown] = await codingsOfDocument(db, 'd1');
    // …then its end was moved (a nudge still being written, or another window)…
    expect(await resizeStoredCoding(db, text, shown!.id, shown!.start, span('numerous challenges when he').end, 'claim', 'k1')).toBe('done');
    const [resized] = await codingsOfDocument(db, 'd1');
    // …and the recode is chosen from the palette.
    expect(await recodeStoredCoding(db, shown!.id, claim, metric, 'k1')).toBe('done');
    const [recoded] = await codingsOfDocument(db, 'd1');
    expect(recoded).toMatchObject({ codeId: 'metric', quote: 'numerous challenges when he', start: resized!.start, end: resized!.end });
    const last = (await db.operations.orderBy('at').toArray()).at(-1)!;
    expect(last.changes[0]!.before).toEqual(resized);
    // Undoing the recode gives back the resized coding, not the one the palette opened on.
    await commitChange(db, inverseOf(last), { coderId: 'k1', kind: 'undo', reverses: last.id, expectCurrent: true });
    expect((await codingsOfDocument(db, 'd1'))[0]).toEqual(resized);
  });

  test('a coding removed meanwhile is not written back', async () => {
    const [shown] = await codingsOfDocument(db, 'd1');
    await db.codings.delete(shown!.id);
    expect(await recodeStoredCoding(db, shown!.id, claim, metric, 'k1')).toBe('gone');
    expect(await db.codings.count()).toBe(0);
  });

  test('a coding that already has the code is left alone', async () => {
    const [shown] = await codingsOfDocument(db, 'd1');
    const before = await db.operations.count();
    expect(await recodeStoredCoding(db, shown!.id, claim, claim, 'k1')).toBe('unchanged');
    expect(await db.operations.count()).toBe(before);
  });
});

// The coding screen checks these against its copy of the codings, which can be behind the database (a
// key pressed as a document opens, another window, a menu opened before its code was deleted): the
// write checks them again against the stored rows, in its own transaction.
describe('a write the stored rows refuse, whatever the screen showed', () => {
  test('applying a code the coder has on the passage already writes no second coding', async () => {
    const operations = await db.operations.count();
    expect(await applyCode(db, text, { docId: 'd1', codeId: 'claim', coderId: 'k1', ...span('numerous challenges') }, 'claim')).toBe('duplicate');
    expect(await db.codings.count()).toBe(1);
    expect(await db.operations.count()).toBe(operations);
    // Another coder's coding of the passage is theirs to make.
    expect(await applyCode(db, text, { docId: 'd1', codeId: 'claim', coderId: 'k2', ...span('numerous challenges') }, 'claim')).toBe('done');
  });

  test('applying or recoding to a code deleted meanwhile writes nothing', async () => {
    await db.codes.delete('metric');
    expect(await applyCode(db, text, { docId: 'd1', codeId: 'metric', coderId: 'k1', ...span('office in January') }, 'metric')).toBe('code-gone');
    const [shown] = await codingsOfDocument(db, 'd1');
    expect(await recodeStoredCoding(db, shown!.id, claim, metric, 'k1')).toBe('code-gone');
    expect(await codingsOfDocument(db, 'd1')).toEqual([shown]);
  });

  test('recoding or resizing onto a passage the coder has coded with that code writes nothing', async () => {
    await commitChange(db, applyCodeChange(text, { docId: 'd1', codeId: 'metric', coderId: 'k1', ...span('office in January') }, 'metric', liveMinting()), { coderId: 'k1' });
    await commitChange(db, applyCodeChange(text, { docId: 'd1', codeId: 'metric', coderId: 'k1', ...span('numerous challenges') }, 'metric', liveMinting()), { coderId: 'k1' });
    const rows = await codingsOfDocument(db, 'd1');
    const claimCoding = rows.find((r) => r.codeId === 'claim')!;
    const metricOffice = rows.find((r) => r.codeId === 'metric' && r.start === span('office in January').start)!;
    const before = await codingsOfDocument(db, 'd1');
    expect(await recodeStoredCoding(db, claimCoding.id, claim, metric, 'k1')).toBe('duplicate');
    const { start, end } = span('numerous challenges');
    expect(await resizeStoredCoding(db, text, metricOffice.id, start, end, 'metric', 'k1')).toBe('duplicate');
    expect(await codingsOfDocument(db, 'd1')).toEqual(before);
  });
});
