// A merge (or an import into the open project) is one step of Undo: undo takes back every row it
// added, documents and their texts included, and redo puts all of it back.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentRecord } from '../../../../shared/model';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { addDefaultCodebook } from '../../../../renderer/db/codes';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { readProjectRows } from '../../../../renderer/db/projectRows';
import { undoHistoryFor, type UndoHistory } from '../../../../renderer/db/undoHistory';
import { mergeIntoProject, previewMerge } from '../../../../renderer/features/interop/applyIncoming';
import type { IncomingProject } from '../../../../renderer/features/interop/incomingProject';
import type { ProjectRows } from '../../../../shared/interop/projectRows';
import { freshProject } from '../../db/projectDb';
import { importedDocument } from '../../../fixtures/importedDocument';
import { applyCodeChange } from '../../../../shared/changes/codingChanges';
import { commitChange } from '../../../../renderer/db/changes';
import { liveMinting } from '../../../../renderer/db/ids';
import { PROJECT_ID, TEXT_TWO, roundTripProject } from '../../../shared/interop/refiFixtures';

const KIM = 'coder-kim';
let db: ProjectDatabase;
let history: UndoHistory;

beforeEach(async () => {
  db = await freshProject();
  history = undoHistoryFor(db);
  await addImportedDocuments(db, [importedDocument('courier', { text: 'A text the project had before.' })]);
  await addDefaultCodebook(db);
});
afterEach(async () => {
  history.dispose();
  await db.delete();
});

/** Every table, each sorted, so that two states compare whatever order rows were written in. */
async function state(): Promise<Record<string, string[]>> {
  const rows = await readProjectRows(db);
  return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, (list as unknown[]).map((row) => JSON.stringify(row)).sort()]));
}

function incoming(rows: ProjectRows): IncomingProject {
  return { fileName: 'riverton.qdpx', kind: 'qdpx', name: 'Riverton', origin: 'Framewise 0.1.0', rows, originals: new Map(), skipped: [], plan: null, linkedFiles: [] };
}

describe('merging another project into the open one', () => {
  test('is one undoable step: undo takes back its documents, texts, codes, codings, memos, attributes and sets; redo puts them back', async () => {
    const before = await state();
    const file = incoming(roundTripProject());
    const preview = await previewMerge(db, PROJECT_ID, file);
    await mergeIntoProject(db, file, preview, KIM, async () => true);
    const merged = await state();
    expect(merged['documents']).toHaveLength(before['documents']!.length + 2);
    expect(merged['texts']).toHaveLength(before['texts']!.length + 2);
    for (const table of ['codings', 'memos', 'documentSets', 'attributeDefinitions', 'coders']) expect(merged[table]!.length).toBeGreaterThan(before[table]!.length);
    expect(history.nextUndo(KIM)?.label).toBe('Merged riverton.qdpx');

    expect((await history.undo(KIM)).status).toBe('done');
    expect(await state()).toEqual(before);
    expect(await db.codingCounts.count()).toBe(0);

    expect((await history.redo(KIM)).status).toBe('done');
    expect(await state()).toEqual(merged);
    // And the redo is undone the same way.
    expect((await history.undo(KIM)).status).toBe('done');
    expect(await state()).toEqual(before);
  });

  test('an undo is refused while someone has coded in a document the merge added since, and nothing changes', async () => {
    const file = incoming(roundTripProject());
    await mergeIntoProject(db, file, await previewMerge(db, PROJECT_ID, file), KIM, async () => true);
    const added = (await db.documents.toArray()).find((doc: DocumentRecord) => doc.title === 'Plain notes')!;
    const code = (await db.codes.toArray())[0]!;
    await commitChange(db, applyCodeChange(TEXT_TWO, { docId: added.id, codeId: code.id, start: 0, end: 7, coderId: 'coder-lee' }, code.name, liveMinting()), { coderId: 'coder-lee' });
    const after = await state();
    expect((await history.undo(KIM)).status).toBe('conflict');
    expect(await state()).toEqual(after);
  });
});
