// @vitest-environment jsdom
// Renaming a set from the Sets panel: a name another set has is refused inside the dialog, which stays
// open with what the researcher typed; a free name renames the set.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { createSet, listDocumentSets } from '../../../../renderer/db/documentSets';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { SetsPanel } from '../../../../renderer/features/sets/SetsPanel';

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier', { text: 'a' }), importedDocument('Ledger', { text: 'b' })]);
  const [courier, ledger] = await listDocuments(db);
  await createSet(db, 'Left-leaning', [courier!.id], KIM.id);
  await createSet(db, 'Right-leaning', [ledger!.id], KIM.id);
  project.value = projectValue(db);
  view = screen();
  await view.render(<SetsPanel sets={await listDocumentSets(db)} activeId={null} onShow={() => {}} />);
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const nameField = () => dialog()!.querySelector('input')!;

async function typeName(text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(nameField(), text);
    nameField().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(button: HTMLElement): Promise<void> {
  await act(async () => button.click());
  await settle();
}

test('a name another set has is refused in the dialog, which keeps what was typed', async () => {
  await press(document.querySelector<HTMLElement>('[aria-label="Rename set Left-leaning"]')!);
  await typeName('right-leaning ');
  await press([...dialog()!.querySelectorAll('button')].find((b) => b.textContent === 'Rename')!);
  expect(dialog()).not.toBeNull();
  expect(nameField().value).toBe('right-leaning ');
  expect(dialog()!.querySelector('[role="alert"]')?.textContent).toBe('There is already a set called “right-leaning”.');
  expect((await listDocumentSets(db)).map((s) => s.name)).toEqual(['Left-leaning', 'Right-leaning']);

  await typeName('Left of centre');
  await press([...dialog()!.querySelectorAll('button')].find((b) => b.textContent === 'Rename')!);
  expect(dialog()).toBeNull();
  expect((await listDocumentSets(db)).map((s) => s.name)).toEqual(['Left of centre', 'Right-leaning']);
});
