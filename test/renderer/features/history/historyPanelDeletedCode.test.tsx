// @vitest-environment jsdom
// The History panel's "Changes to" picker on a code deleted since it was chosen: the list still shows
// that code's changes (its deletion the newest), so the picker must still say whose they are.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { CodeRecord, DocumentRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { createCode, deleteCode } from '../../../../renderer/db/codes';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { HistoryPanel } from '../../../../renderer/features/history/HistoryPanel';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';

let db: ProjectDatabase;
let view: Screen;
let doc: DocumentRecord;
let pledge: CodeRecord;
let claim: CodeRecord;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier', { text: 'We will build homes.' })]);
  [doc] = (await listDocuments(db)) as [DocumentRecord];
  pledge = await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  claim = await createCode(db, { name: 'claim', parentId: null }, KIM.id);
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const panel = (codes: CodeRecord[]) => (
  <CoderViewProvider>
    <HistoryPanel docId={doc.id} codes={codes} coders={[KIM]} />
  </CoderViewProvider>
);
const picked = () => view.host.querySelector('.select-value')?.textContent ?? '';
const changes = () => [...view.host.querySelectorAll('ol.history-list li')].map((li) => li.querySelector('span')!.textContent);

/** Chooses an option as the picker's form control would carry it (React Aria's hidden select). */
async function choose(value: string): Promise<void> {
  const select = view.host.querySelector('select')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(100);
}

test('a chosen code deleted since is named as a deleted code, beside its changes', async () => {
  await view.render(panel([pledge, claim]));
  await act(async () => [...view.host.querySelectorAll('button')].find((b) => b.textContent === 'History')!.click());
  await settle(100);
  await choose(`code:${pledge.id}`);
  expect(picked()).toBe('the code pledge');
  await deleteCode(db, pledge.id, KIM.id);
  await view.render(panel([claim]));
  await settle(100);
  expect(changes()).toEqual(['Code “pledge” deleted', 'Code “pledge” created']);
  expect(picked()).toBe('the deleted code pledge');
});
