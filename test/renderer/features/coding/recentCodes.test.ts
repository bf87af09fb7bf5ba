import { afterEach, beforeEach, expect, test } from 'vitest';
import { commitChange, onCommitted } from '../../../../renderer/db/changes';
import { applyCodeChange, recodeChange } from '../../../../shared/changes/codingChanges';
import { liveMinting } from '../../../../renderer/db/ids';
import { recentCodeIds, withOperation } from '../../../../renderer/features/coding/useRecentCodes';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { CodeRecord } from '../../../../shared/model';
import { freshProject } from '../../db/projectDb';
import { createCode, deleteCode, listCodes } from '../../../../renderer/db/codes';
import { paletteOptions } from '../../../../renderer/features/coding/paletteOptions';

const text = 'We will build 4,000 homes by 2029. Rents rose 31 percent.';
let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

const apply = (codeId: string, coderId: string) =>
  commitChange(db, applyCodeChange(text, { docId: 'd', codeId, start: 0, end: 7, coderId }, codeId, liveMinting()), { coderId });

test("a coder's recent codes are the ones they applied or recoded to last, newest first, others' not counted", async () => {
  await apply('pledge', 'kim');
  await apply('claim', 'kim');
  await apply('metric', 'lee');
  await apply('pledge', 'kim');
  const [coding] = await db.codings.where('codeId').equals('claim').toArray();
  await commitChange(db, recodeChange(coding!, undefined, { id: 'criticism', name: 'criticism' } as CodeRecord), { coderId: 'kim' });
  expect(await recentCodeIds(db, 'kim')).toEqual(['criticism', 'pledge', 'claim']);
  expect(await recentCodeIds(db, 'lee')).toEqual(['metric']);
});

test('the list kept from each committed operation equals the list read from the log', async () => {
  let kept: readonly string[] = [];
  const stop = onCommitted(db, (operation) => (kept = withOperation(kept, operation, 'kim')));
  try {
    for (const code of ['pledge', 'claim', 'metric', 'pledge', 'cost', 'date', 'claim', 'quote']) await apply(code, code === 'metric' ? 'lee' : 'kim');
    expect(kept).toEqual(await recentCodeIds(db, 'kim'));
    expect(kept).toEqual(['quote', 'claim', 'date', 'cost', 'pledge']);
  } finally {
    stop();
  }
});

test('a deleted code gives its place among the recent codes to the next most recent one', async () => {
  // Kept from this window's operations as they are committed, and read from the log: the same list.
  let kept: readonly string[] = [];
  const stop = onCommitted(db, (operation) => (kept = withOperation(kept, operation, 'kim')));
  try {
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) await apply((await createCode(db, { name, parentId: null }, 'kim')).id, 'kim');
    const newest = (await listCodes(db)).find((c) => c.name === 'f')!;
    await deleteCode(db, newest.id, 'kim');
    const codes = await listCodes(db);
    const marked = (ids: readonly string[]) => paletteOptions(codes, ids, '').flatMap((option) => (option.kind === 'code' && option.recent ? [option.code.name] : []));
    expect(marked(await recentCodeIds(db, 'kim'))).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(marked(kept)).toEqual(['e', 'd', 'c', 'b', 'a']);
  } finally {
    stop();
  }
});
