// The delete confirmation of a code says every kind of row that goes with it: a memo written on the
// code itself (the researcher's analytic note) is deleted too, and must be named.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { plainTextToMemoBody } from '../../../../shared/text/memoBody';
import type { MemoRecord } from '../../../../shared/model';
import { commitChange } from '../../../../renderer/db/changes';
import { createCode, deleteCode, listCodes } from '../../../../renderer/db/codes';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { deletionPreview, deletionSummary } from '../../../../renderer/features/codebook/codeDeletion';
import { freshProject } from '../../db/projectDb';

const KIM = 'coder-kim';
const LEE = 'coder-lee';
let db: ProjectDatabase;

beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

async function memoOnCode(id: string, codeId: string, text: string, coderId: string): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z';
  const memo: MemoRecord = { id, targetType: 'code', targetId: codeId, body: plainTextToMemoBody(text), text, coderId, createdAt: at, updatedAt: at };
  await commitChange(db, { label: 'memo', changes: [{ table: 'memos', key: id, before: null, after: memo }] }, { coderId });
}

describe('the delete confirmation of a code', () => {
  test('names the memos written on the code and its subcodes, which the delete removes', async () => {
    const framing = await createCode(db, { name: 'framing', parentId: null }, KIM);
    const economy = await createCode(db, { name: 'economy', parentId: framing.id }, KIM);
    await createCode(db, { name: 'pledge', parentId: null }, KIM);
    await memoOnCode('m1', framing.id, 'Frames, after Entman', KIM);
    await memoOnCode('m2', economy.id, 'Jobs or prices?', LEE);

    const preview = await deletionPreview(db, framing.id);
    expect(preview).toEqual({ codes: 2, codings: 0, documents: 0, codeMemos: 2 });
    expect(deletionSummary(preview)).toBe(
      'Its 1 subcode will be deleted with it. The 2 memos written on these codes will be deleted too. It codes no passage yet. You can undo this (Ctrl+Z).',
    );

    // What it announced is what goes.
    await deleteCode(db, framing.id, KIM);
    expect(await db.memos.count()).toBe(0);
    expect((await listCodes(db)).map((c) => c.name)).toEqual(['pledge']);
  });

  test('says nothing of memos when there are none, and keeps the wording of codings', () => {
    expect(deletionSummary({ codes: 1, codings: 2, documents: 1, codeMemos: 0 })).toBe(
      '2 codings in 1 document will be deleted, with their memos; you can undo this (Ctrl+Z).',
    );
    expect(deletionSummary({ codes: 1, codings: 0, documents: 0, codeMemos: 1 })).toBe(
      'The memo written on it will be deleted too. It codes no passage yet. You can undo this (Ctrl+Z).',
    );
  });
});
