import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { inverseOf } from '../../../shared/changes/change';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { commitChange } from '../../../renderer/db/changes';
import { codingsOfDocument, recodeStoredCoding, resizeStoredCoding } from '../../../renderer/db/codings';
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
