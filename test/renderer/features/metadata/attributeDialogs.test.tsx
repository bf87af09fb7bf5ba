// @vitest-environment jsdom
// Declaring an attribute from the library's dialogs. A refused name is said on the field it is about
// (marked invalid and described by the message, so a screen reader reads the problem where the
// researcher is typing); an accepted name is stored in composed form, as a manifest's column is matched.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, type Screen } from '../memos/memoHarness';
import { buttonNamed, descriptionOf, fieldLabelled, openDialog, press, typeInto } from './dialogHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { NewAttributeDialog } from '../../../../renderer/features/metadata/NewAttributeDialog';
import { SetAttributeDialog } from '../../../../renderer/features/metadata/SetAttributeDialog';

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier', { text: 'a' })]);
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

test('New attribute: a name the project has is refused on the name field', async () => {
  await view.render(<NewAttributeDialog definitions={[{ name: 'Leaning', type: 'text' }]} onAdded={() => {}} onClose={() => {}} />);
  await typeInto(fieldLabelled('Name'), 'leaning');
  await press(buttonNamed('Add attribute'));
  expect(openDialog()).not.toBeNull();
  expect(fieldLabelled('Name').getAttribute('aria-invalid')).toBe('true');
  expect(descriptionOf(fieldLabelled('Name'))).toBe('The project already has an attribute “leaning”.');
  expect(await db.attributeDefinitions.count()).toBe(0);
});

test('Set an attribute, new attribute: a missing name is said on the name field, not on the value', async () => {
  const documents = await listDocuments(db);
  await view.render(<SetAttributeDialog documents={documents} definitions={[]} onClose={() => {}} />);
  await typeInto(fieldLabelled('Value'), 'left');
  await press(buttonNamed('Set for 1 document'));
  expect(fieldLabelled('Name of the new attribute').getAttribute('aria-invalid')).toBe('true');
  expect(descriptionOf(fieldLabelled('Name of the new attribute'))).toBe('Give the attribute a name.');
  expect(fieldLabelled('Value').getAttribute('aria-invalid')).toBeNull();
  expect(descriptionOf(fieldLabelled('Value'))).toBeNull();
});

test('a new attribute’s name typed with a combining accent is stored composed, from either dialog', async () => {
  await view.render(<NewAttributeDialog definitions={[]} onAdded={() => {}} onClose={() => {}} />);
  await typeInto(fieldLabelled('Name'), ' Re\u0301gion ');
  await press(buttonNamed('Add attribute'));
  expect(await db.attributeDefinitions.toArray()).toEqual([{ name: 'R\u00e9gion', type: 'text' }]);
  await view.unmount();

  view = screen();
  await view.render(<SetAttributeDialog documents={await listDocuments(db)} definitions={[]} onClose={() => {}} />);
  await typeInto(fieldLabelled('Name of the new attribute'), 'Quartier de Cre\u0300che');
  await typeInto(fieldLabelled('Value'), 'Nord');
  await press(buttonNamed('Set for 1 document'));
  expect((await db.attributeDefinitions.toArray()).map((d) => d.name)).toEqual(['Quartier de Cr\u00e8che', 'R\u00e9gion']);
  expect((await listDocuments(db))[0]!.attributes).toEqual({ 'Quartier de Cr\u00e8che': 'Nord' });
});

test('New attribute: a write that fails is said in the dialog, which stays open with the name typed', async () => {
  await view.render(<NewAttributeDialog definitions={[]} onAdded={() => {}} onClose={() => {}} />);
  await typeInto(fieldLabelled('Name'), 'Region');
  db.close();
  await press(buttonNamed('Add attribute'));
  expect(openDialog()).not.toBeNull();
  expect(fieldLabelled('Name').value).toBe('Region');
  expect(openDialog()!.querySelector('[role="alert"]')?.textContent).toMatch(/^Could not add the attribute “Region”: .+\. Nothing was changed\.$/);
  expect(fieldLabelled('Name').getAttribute('aria-invalid')).toBeNull();
});
