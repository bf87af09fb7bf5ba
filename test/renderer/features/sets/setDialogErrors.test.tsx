// @vitest-environment jsdom
// A refused set name is said on the field it is about: the field is marked invalid and described by the
// message, so a screen reader reads the problem where the researcher is typing.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { createSet, listDocumentSets } from '../../../../renderer/db/documentSets';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, KIM, type Screen } from '../memos/memoHarness';
import { buttonNamed, descriptionOf, fieldLabelled, openDialog, press, typeInto } from '../metadata/dialogHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { RenameSetDialog } from '../../../../renderer/features/sets/RenameSetDialog';
import { SetMembershipDialog } from '../../../../renderer/features/sets/SetMembershipDialog';

let db: ProjectDatabase;
let view: Screen;
let docIds: string[];
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier', { text: 'a' }), importedDocument('Ledger', { text: 'b' })]);
  docIds = (await listDocuments(db)).map((d) => d.id);
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

test('Rename set: a name another set has is said on the name field', async () => {
  await createSet(db, 'Left', [], KIM.id);
  await createSet(db, 'Right', [], KIM.id);
  const sets = await listDocumentSets(db);
  await view.render(<RenameSetDialog set={sets[0]!} sets={sets} onRename={() => {}} onClose={() => {}} />);
  await typeInto(fieldLabelled('Name of the set'), 'RIGHT');
  await press(buttonNamed('Rename'));
  expect(fieldLabelled('Name of the set').getAttribute('aria-invalid')).toBe('true');
  expect(descriptionOf(fieldLabelled('Name of the set'))).toBe('There is already a set called “RIGHT”.');
});

test('Add to a new set: a missing name is said on the name field, and nothing is created', async () => {
  await view.render(<SetMembershipDialog mode="add" docIds={docIds} sets={[]} onClose={() => {}} />);
  await typeInto(fieldLabelled('Name of the new set'), '   ');
  await press(buttonNamed('Add to set'));
  expect(openDialog()).not.toBeNull();
  expect(fieldLabelled('Name of the new set').getAttribute('aria-invalid')).toBe('true');
  expect(descriptionOf(fieldLabelled('Name of the new set'))).toBe('Give the set a name.');
  expect(await listDocumentSets(db)).toEqual([]);
});
