// @vitest-environment jsdom
// The Document info panel beside a document: a number attribute typed ambiguously is refused with a
// message and the value kept (never cleared behind the researcher's back); a date typed with a time is
// kept as the day written, as the library table and an import keep it.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { DocumentRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { commitChange } from '../../../../renderer/db/changes';
import { newAttributeChange } from '../../../../shared/changes/attributeChanges';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { DocumentInfoPanel } from '../../../../renderer/features/metadata/DocumentInfoPanel';

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Interview 7', { text: 'We moved in 2019.' })]);
  await commitChange(db, newAttributeChange({ name: 'age', type: 'number' }), { coderId: 'kim' });
  const [doc] = await listDocuments(db);
  await db.documents.update(doc!.id, { attributes: { age: 42 } });
  project.value = projectValue(db);
  view = screen();
  await view.render(<DocumentInfoPanel document={await stored()} />);
  await settle();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

async function stored(): Promise<DocumentRecord> {
  return (await listDocuments(db))[0]!;
}

function field(label: string): HTMLInputElement {
  const found = [...view.host.querySelectorAll('label')].find((l) => l.firstChild?.textContent === label)?.querySelector('input');
  if (!found) throw new Error(`No field “${label}”`);
  return found;
}

/** Types `text` into the field (replacing what it held) and leaves it, as the researcher does. */
async function typeAndLeave(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => input.blur());
  await settle();
}

test('a number typed with a comma that could group thousands is refused, its value kept and the typing shown', async () => {
  await typeAndLeave(field('age'), '42,500');
  expect((await stored()).attributes).toEqual({ age: 42 });
  expect(field('age').value).toBe('42,500');
  expect(view.host.querySelector('[role="alert"]')?.textContent).toBe('“42,500” could be 42500 or 42.5: type it without the comma, or with a point for decimals.');
  await typeAndLeave(field('age'), '42,5');
  expect((await stored()).attributes).toEqual({ age: 42.5 });
});

test('a date typed with a time is kept as the day written', async () => {
  await typeAndLeave(field('Date'), '2017-05-16T23:30:00-05:00');
  expect((await stored()).date).toBe('2017-05-16');
});

test('a date typed as people type it is kept in the one form, in the document’s date and in a date attribute', async () => {
  await commitChange(db, newAttributeChange({ name: 'interviewed', type: 'date' }), { coderId: 'kim' });
  await settle();
  await typeAndLeave(field('Date'), '16.05.2017');
  expect((await stored()).date).toBe('2017-05-16');
  await typeAndLeave(field('interviewed'), '3 March 2019');
  expect((await stored()).attributes.interviewed).toBe('2019-03-03');
});
