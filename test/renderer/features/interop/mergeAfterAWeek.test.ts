// Two coders start from the same project, work apart, and one merges the other's project file: what
// the researcher deleted in the meantime stays deleted, and the other coder is known by who they are.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { commitChange } from '../../../../renderer/db/changes';
import { readProjectRows } from '../../../../renderer/db/projectRows';
import { undoHistoryFor, type UndoHistory } from '../../../../renderer/db/undoHistory';
import { mergeIntoProject, previewMerge } from '../../../../renderer/features/interop/applyIncoming';
import type { IncomingProject } from '../../../../renderer/features/interop/incomingProject';
import { removeCodingChange } from '../../../../shared/changes/codingChanges';
import { writeMemoChange } from '../../../../shared/changes/memoChanges';
import { liveMinting } from '../../../../renderer/db/ids';
import { plainTextToMemoBody } from '../../../../shared/text/memoBody';
import { deleteCodeChange } from '../../../../shared/codebook/codebookEdits';
import type { ProjectRows } from '../../../../shared/interop/projectRows';
import { freshProject } from '../../db/projectDb';
import { ANA, BEN, CODINGS, MEMOS, PROJECT_ID, TONE, roundTripProject, uuid } from '../../../shared/interop/refiFixtures';

let db: ProjectDatabase;
let history: UndoHistory;

beforeEach(async () => {
  db = await freshProject();
  history = undoHistoryFor(db);
  // The file both coders started from.
  const start = incoming(roundTripProject(), 'framewise');
  await mergeIntoProject(db, start, await previewMerge(db, PROJECT_ID, start), ANA.id, async () => true, 'Imported start.framewise');
});
afterEach(async () => {
  history.dispose();
  await db.delete();
});

function incoming(rows: ProjectRows, kind: IncomingProject['kind'], origin = kind === 'framewise' ? 'Framewise 0.1.0' : 'MAXQDA 24'): IncomingProject {
  return { fileName: kind === 'framewise' ? 'ben.framewise' : 'ben.qdpx', kind, name: 'Riverton', origin, rows, originals: new Map(), skipped: [], plan: null, linkedFiles: [] };
}

describe('merging a colleague’s project after a week apart', () => {
  test('does not bring back a coding the researcher removed since, and says so', async () => {
    const removed = CODINGS[0]!;
    await commitChange(db, removeCodingChange(removed, 'Jobs'), { coderId: ANA.id });
    const { plan } = await previewMerge(db, PROJECT_ID, incoming(roundTripProject(), 'framewise'));
    expect(plan.add.codings).toEqual([]);
    expect(plan.notMerged).toEqual([{ table: 'codings', id: removed.id, reason: 'it was removed in this project since' }]);
  });

  test('does not bring back a code the researcher deleted since, nor the file’s codings and memos on it', async () => {
    const rows = await readProjectRows(db);
    await commitChange(db, deleteCodeChange(rows.codes, rows.codings, rows.memos, TONE.id), { coderId: ANA.id });
    const benOnTone = { ...CODINGS[2]!, id: uuid('ben:tone'), coderId: BEN.id, start: 0, end: 4 };
    const file = { ...roundTripProject(), codings: [...CODINGS, benOnTone] };
    const { plan } = await previewMerge(db, PROJECT_ID, incoming(file, 'framewise'));
    expect(plan.add.codes).toEqual([]);
    expect(plan.add.codings).toEqual([]);
    expect(plan.notMerged).toEqual([
      { table: 'codes', id: TONE.id, reason: 'code “Tone” was deleted in this project since; it is not brought back, nor the file’s codings and memos on it' },
      { table: 'codings', id: CODINGS[2]!.id, reason: 'its code was deleted in this project since' },
      { table: 'codings', id: benOnTone.id, reason: 'its code was deleted in this project since' },
    ]);
  });

  test('brings everything back again after the merge that added it was undone', async () => {
    expect((await history.undo(ANA.id)).status).toBe('done');
    const { plan } = await previewMerge(db, PROJECT_ID, incoming(roundTripProject(), 'framewise'));
    expect(plan.add.codings).toHaveLength(CODINGS.length);
    expect(plan.add.documents).toHaveLength(2);
    expect(plan.notMerged).toEqual([]);
  });

  test('is refused, writing nothing, when the project changed between its preview and its writing', async () => {
    // The preview adds Ben's coding of Tone; then, while the merge is backed up, the researcher deletes Tone.
    const benOnTone = { ...CODINGS[2]!, id: uuid('ben:tone'), coderId: BEN.id, start: 0, end: 4 };
    const file = incoming({ ...roundTripProject(), codings: [...CODINGS, benOnTone] }, 'framewise');
    const preview = await previewMerge(db, PROJECT_ID, file);
    expect(preview.plan.add.codings.map((c) => c.id)).toEqual([benOnTone.id]);
    const rows = await readProjectRows(db);
    await commitChange(db, deleteCodeChange(rows.codes, rows.codings, rows.memos, TONE.id), { coderId: ANA.id });
    const before = await readProjectRows(db);
    await expect(mergeIntoProject(db, file, preview, ANA.id, async () => true)).rejects.toThrow(/the project changed after the preview was made .*; merge the file again/);
    expect(await readProjectRows(db)).toEqual(before);
  });

  test('knows a user of another tool’s file by name, and a Framewise coder by id alone', async () => {
    const maxqdaBen = { ...BEN, id: uuid('maxqda:ben') };
    const file = { ...roundTripProject(), coders: [ANA, maxqdaBen], codings: CODINGS.map((c) => (c.coderId === BEN.id ? { ...c, coderId: maxqdaBen.id } : c)), memos: [] };
    const fromMaxqda = await previewMerge(db, PROJECT_ID, incoming(file, 'qdpx'));
    expect(fromMaxqda.plan.add.coders).toEqual([]);
    expect(fromMaxqda.plan.add.codings).toEqual([]);
    const fromFramewise = await previewMerge(db, PROJECT_ID, incoming(file, 'qdpx', 'Framewise 0.1.0'));
    expect(fromFramewise.plan.add.coders).toEqual([{ ...maxqdaBen, name: 'Ben (2)' }]);
  });

  test('keeps the colleague’s newer edit of a shared memo in one undoable step; undo gives back the project’s memo exactly', async () => {
    const memo = MEMOS.find((m) => m.targetType === 'document')!;
    const edited = { ...memo, text: 'Ben, a week later: the owners speak first.', body: plainTextToMemoBody('Ben, a week later: the owners speak first.'), updatedAt: '2026-01-12T16:00:00.000Z' };
    const file = incoming({ ...roundTripProject(), memos: MEMOS.map((m) => (m.id === memo.id ? edited : m)) }, 'framewise');
    const before = await db.memos.get(memo.id);
    await mergeIntoProject(db, file, await previewMerge(db, PROJECT_ID, file), ANA.id, async () => true);
    expect(await db.memos.get(memo.id)).toEqual(edited);
    expect((await history.undo(ANA.id)).status).toBe('done');
    expect(await db.memos.get(memo.id)).toEqual(before);
    expect((await history.redo(ANA.id)).status).toBe('done');
    expect(await db.memos.get(memo.id)).toEqual(edited);
  });

  test('is refused, writing nothing, when the memo it would update was edited after the preview', async () => {
    const memo = MEMOS.find((m) => m.targetType === 'document')!;
    const file = incoming({ ...roundTripProject(), memos: MEMOS.map((m) => (m.id === memo.id ? { ...m, text: 'From the file.', updatedAt: '2026-01-12T16:00:00.000Z' } : m)) }, 'framewise');
    const preview = await previewMerge(db, PROJECT_ID, file);
    expect(preview.plan.update.memos.map((u) => u.id)).toEqual([memo.id]);
    const content = { text: 'Typed while the backup ran.', body: plainTextToMemoBody('Typed while the backup ran.') };
    await commitChange(db, writeMemoChange(await db.memos.get(memo.id), memo, BEN.id, content, 'the document', liveMinting())!, { coderId: BEN.id });
    const stored = await readProjectRows(db);
    await expect(mergeIntoProject(db, file, preview, ANA.id, async () => true)).rejects.toThrow(/the project changed after the preview was made/);
    expect(await readProjectRows(db)).toEqual(stored);
  });
});
