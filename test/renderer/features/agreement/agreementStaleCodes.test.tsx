// @vitest-environment jsdom
// The Agreement place keeps its choices while the researcher works elsewhere; a code chosen there
// may be merged away or deleted meanwhile. Computing then must not run on no code at all (a report
// of nothing) as if the choice were still valid: the place asks for a code, as it does when none is
// ticked. Over a real project database, the agreement computed in the test's thread.
import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { createCode, mergeCodes } from '../../../../renderer/db/codes';
import { ensureCoder } from '../../../../renderer/db/coders';
import type { CodeRecord } from '../../../../shared/model';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
vi.mock('../../../../renderer/features/agreement/agreementRunner', async () => {
  const { computeAgreement } = await import('../../../../renderer/features/agreement/agreementWork');
  return { runAgreement: async (request: Parameters<typeof computeAgreement>[0]) => computeAgreement(request) };
});
const { AgreementPlace } = await import('../../../../renderer/features/agreement/AgreementPlace');
const { CoderViewProvider } = await import('../../../../renderer/features/coders/CoderViewContext');
const { MemoNavigationProvider } = await import('../../../../renderer/features/memos/MemoNavigation');

let db: ProjectDatabase;
let view: Screen;
let pledge: CodeRecord;
let promise: CodeRecord;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier')]);
  await ensureCoder(db, KIM);
  await ensureCoder(db, { id: 'lee', name: 'Lee', color: '#ff7f0e' });
  pledge = await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  promise = await createCode(db, { name: 'promise', parentId: null }, KIM.id);
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const box = (label: string) => [...view.host.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.querySelector('input') ?? null;

const place = () => (
  <CoderViewProvider>
    <MemoNavigationProvider openDocument={() => {}}>
      <AgreementPlace />
    </MemoNavigationProvider>
  </CoderViewProvider>
);

test('a chosen code merged away since is no choice: the place asks for a code instead of reporting on none', async () => {
  await view.render(place());
  await vi.waitFor(() => expect(box('All codes')).not.toBeNull());
  await act(async () => box('All codes')!.click());
  await vi.waitFor(() => expect(box('promise')).not.toBeNull());
  await act(async () => box('promise')!.click());
  expect(box('promise')?.checked).toBe(true);

  await mergeCodes(db, promise.id, pledge.id, KIM.id);
  await vi.waitFor(() => expect(box('promise')).toBeNull());
  await act(async () => view.host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  await settle(200);
  expect(view.host.querySelector('[role="alert"]')?.textContent).toMatch(/Choose at least one code/);
  expect(view.host.querySelector('[aria-label="Agreement report"]')).toBeNull();
});
