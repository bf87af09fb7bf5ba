import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { commitChange } from '../../../renderer/db/changes';
import { writeMemoChange, type MemoTarget } from '../../../shared/changes/memoChanges';
import { liveMinting } from '../../../renderer/db/ids';
import { listMemos, matchMemos, memoOf, memosOfType, memosOn } from '../../../renderer/db/memos';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { freshProject } from './projectDb';

let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

const onDoc: MemoTarget = { targetType: 'document', targetId: 'doc-1' };
const content = (text: string) => ({ body: plainTextToMemoBody(text), text });

async function write(target: MemoTarget, coderId: string, text: string) {
  const change = writeMemoChange(await memoOf(db, target, coderId), target, coderId, content(text), 'the document “Courier”', liveMinting());
  return change ? commitChange(db, change, { coderId }) : null;
}

describe('memos', () => {
  test('writing, editing and clearing a memo are one logged operation each, with labels that say so', async () => {
    const created = await write(onDoc, 'kim', 'Leans left.');
    const edited = await write(onDoc, 'kim', 'Leans left; owned by a union.');
    expect(created?.label).toBe('Memo written on the document “Courier”');
    expect(edited?.label).toBe('Memo on the document “Courier” edited');
    const memo = await memoOf(db, onDoc, 'kim');
    expect(memo).toMatchObject({ text: 'Leans left; owned by a union.', coderId: 'kim', targetType: 'document', targetId: 'doc-1' });
    expect(memo!.updatedAt >= memo!.createdAt).toBe(true);
    expect(JSON.parse(memo!.body).root.children[0].children[0].text).toBe('Leans left; owned by a union.');

    const cleared = await write(onDoc, 'kim', '  \n ');
    expect(cleared?.label).toBe('Memo on the document “Courier” cleared');
    expect(await memoOf(db, onDoc, 'kim')).toBeUndefined();
    expect(await db.operations.where('docIds').equals('doc-1').count()).toBe(3);
  });

  test('saving the same content again, or an empty memo that never existed, changes nothing', async () => {
    expect(await write(onDoc, 'kim', '')).toBeNull();
    await write(onDoc, 'kim', 'Same.');
    expect(await write(onDoc, 'kim', 'Same.')).toBeNull();
    expect(await db.operations.count()).toBe(1);
  });

  test('each coder has their own memo on a target; neither overwrites the other', async () => {
    await write(onDoc, 'kim', 'Kim thinks it leans left.');
    await write(onDoc, 'lee', 'Lee thinks it is centrist.');
    await write(onDoc, 'kim', 'Kim still thinks it leans left.');
    expect((await memosOn(db, onDoc)).map((m) => [m.coderId, m.text])).toEqual([
      ['kim', 'Kim still thinks it leans left.'],
      ['lee', 'Lee thinks it is centrist.'],
    ]);
  });

  test('memos of one target type are found apart from the others', async () => {
    await write({ targetType: 'coding', targetId: 'c1' }, 'kim', 'on a coding');
    await write({ targetType: 'code', targetId: 'k1' }, 'kim', 'on a code');
    await write({ targetType: 'project', targetId: 'p1' }, 'kim', 'on the project');
    expect((await memosOfType(db, 'coding')).map((m) => m.text)).toEqual(['on a coding']);
    expect((await listMemos(db)).map((m) => m.text)).toHaveLength(3);
  });

  test('search matches every word, ignoring case and accents, most recent first', async () => {
    // The clock is the test's (Date alone: IndexedDB's own timers run as usual), so the second memo is
    // written a minute after the first whatever the speed of the machine.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-05-03T14:00:00Z'));
      await write({ targetType: 'coding', targetId: 'c1' }, 'kim', 'The Résumé of the mayor is thin.');
      vi.setSystemTime(new Date('2026-05-03T14:01:00Z'));
      await write({ targetType: 'coding', targetId: 'c2' }, 'kim', 'Check the mayor’s budget figures.');
    } finally {
      vi.useRealTimers();
    }
    await write({ targetType: 'coding', targetId: 'c3' }, 'kim', 'Nothing to see.');
    const memos = await listMemos(db);
    expect(matchMemos(memos, 'resume MAYOR').map((m) => m.targetId)).toEqual(['c1']);
    expect(matchMemos(memos, 'mayor').map((m) => m.targetId)).toEqual(['c2', 'c1']);
    expect(matchMemos(memos, '   ')).toEqual([]);
  });
});
