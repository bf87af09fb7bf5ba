// @vitest-environment jsdom
// Deleting a set from the Sets panel, as deleting a code is: asked first, with what it touches (its
// documents stay; the saved queries that filter by it would find none of them) and that Undo brings it
// back; the keyboard focus then goes to the set that takes its place, not to the page.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { createSet, listDocumentSets } from '../../../../renderer/db/documentSets';
import { parseRetrieveQuery } from '../../../../shared/retrieve/savedQuery';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';
import { buttonNamed, openDialog, press } from '../metadata/dialogHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { SetsPanel } from '../../../../renderer/features/sets/SetsPanel';

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier', { text: 'a' }), importedDocument('Ledger', { text: 'b' }), importedDocument('Herald', { text: 'c' })]);
  const [courier, ledger, herald] = await listDocuments(db);
  const left = await createSet(db, 'Left', [courier!.id, ledger!.id], KIM.id);
  await createSet(db, 'Right', [herald!.id], KIM.id);
  const query = parseRetrieveQuery({ documents: { setIds: [left.changes[0]!.key] } });
  if (!query.ok) throw new Error(query.message);
  const now = '2024-01-01T00:00:00.000Z';
  await db.savedQueries.add({ id: 'q1', name: 'Pledges on the left', query: query.query, createdAt: now, updatedAt: now });
  project.value = projectValue(db);
  view = screen();
  await view.render(<LiveSetsPanel />);
  await settle();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

/** The panel as the library shows it: with the sets as stored now. */
function LiveSetsPanel() {
  const sets = useLiveQuery(() => listDocumentSets(db), []) ?? [];
  return <SetsPanel sets={sets} activeId={null} onShow={() => {}} />;
}

const deleteButton = (name: string) => document.querySelector<HTMLElement>(`[aria-label="Delete set ${name}"]`)!;

test('asks first, saying its documents stay and which saved queries filter by it; Cancel keeps it', async () => {
  await press(deleteButton('Left'));
  expect(openDialog()?.textContent).toMatch(/Its 2 documents stay in the project/);
  expect(openDialog()?.textContent).toMatch(/“Pledges on the left”/);
  expect(openDialog()?.textContent).toMatch(/undo/i);
  await press(buttonNamed('Cancel'));
  expect(openDialog()).toBeNull();
  expect((await listDocumentSets(db)).map((s) => s.name)).toEqual(['Left', 'Right']);
});

test('once confirmed, the set is deleted and the focus goes to the set that takes its place', async () => {
  deleteButton('Left').focus();
  await press(deleteButton('Left'));
  await press(buttonNamed('Delete'));
  await settle();
  expect((await listDocumentSets(db)).map((s) => s.name)).toEqual(['Right']);
  expect(document.activeElement?.textContent).toBe('Right (1)');
});
