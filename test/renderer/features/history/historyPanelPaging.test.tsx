// @vitest-environment jsdom
// The History panel shows fifty changes at a time. "Show older changes" goes away once everything is
// shown: a keyboard user who pressed it must land on the first change it brought, not lose the focus.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { CodeRecord, DocumentRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { createCode } from '../../../../renderer/db/codes';
import { applyCode } from '../../../../renderer/db/codings';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { HistoryPanel } from '../../../../renderer/features/history/HistoryPanel';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';

const TEXT = 'a'.repeat(60);

let db: ProjectDatabase;
let view: Screen;
let doc: DocumentRecord;
let pledge: CodeRecord;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier', { text: TEXT })]);
  [doc] = (await listDocuments(db)) as [DocumentRecord];
  pledge = await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  for (let start = 0; start < 55; start++) await applyCode(db, TEXT, { docId: doc.id, codeId: pledge.id, start, end: start + 3, coderId: KIM.id }, pledge.name);
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const button = (name: string) => [...view.host.querySelectorAll('button')].find((b) => b.textContent === name);

test('showing the last older changes puts the focus on the first of them', async () => {
  await view.render(
    <CoderViewProvider>
      <HistoryPanel docId={doc.id} codes={[pledge]} coders={[KIM]} />
    </CoderViewProvider>,
  );
  await act(async () => button('History')!.click());
  await settle(100);
  const list = () => view.host.querySelector('ol.history-list')!;
  expect(list().children).toHaveLength(50);
  const more = button('Show older changes')!;
  more.focus();
  await act(async () => more.click());
  await settle();
  expect(list().children).toHaveLength(55);
  expect(button('Show older changes')).toBeUndefined();
  expect(document.activeElement).toBe(list().children[50]);
});
