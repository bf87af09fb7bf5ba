// @vitest-environment jsdom
// Leaving an analysis place and coming back: a hit's Document button, a passage, a co-occurrence
// cell all open Code, and the researcher who returns finds the place as it was (the text search and
// its hits; co-occurrence's unit), not its first state. Over a real project database, with the
// analysis worker's work run in the test's thread.
import { act, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { createCode } from '../../../../renderer/db/codes';
import { applyCode } from '../../../../renderer/db/codings';
import type { DocumentRecord } from '../../../../shared/model';
import { EMPTY_DOCUMENT_FILTER } from '../../../../shared/library/documentFilter';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';
import { inProcessRunner } from './inProcessAnalysis';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
vi.mock('../../../../renderer/features/analysis/analysisRunner', () => inProcessRunner());
const { RetrievePlace } = await import('../../../../renderer/features/analysis/RetrievePlace');
const { CooccurrenceView } = await import('../../../../renderer/features/analysis/CooccurrenceView');
const { useAnalysisRead } = await import('../../../../renderer/features/analysis/useAnalysisIndex');
const { MemoNavigationProvider } = await import('../../../../renderer/features/memos/MemoNavigation');
const { CoderViewProvider } = await import('../../../../renderer/features/coders/CoderViewContext');

// jsdom has no CSS.escape, which React Aria calls.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

const TEXT = 'We will close the jail.\n\nThe jail failed victims.';

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier', { text: TEXT })]);
  const [doc] = (await listDocuments(db)) as [DocumentRecord];
  const pledge = await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  const criticism = await createCode(db, { name: 'criticism', parentId: null }, KIM.id);
  await applyCode(db, TEXT, { docId: doc.id, codeId: pledge.id, start: 0, end: 23, coderId: KIM.id }, pledge.name);
  await applyCode(db, TEXT, { docId: doc.id, codeId: criticism.id, start: 25, end: 49, coderId: KIM.id }, criticism.name);
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const inProject = (node: ReactNode) => (
  <CoderViewProvider>
    <MemoNavigationProvider openDocument={() => {}}>{node}</MemoNavigationProvider>
  </CoderViewProvider>
);
const byText = (selector: string, text: string) => [...view.host.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.trim() === text) ?? null;
const field = (label: string) => [...view.host.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))?.querySelector('input') ?? null;

/** Leaves the place (it unmounts, as the shell draws only the place shown) and comes back. */
async function leaveAndComeBack(node: ReactNode) {
  await view.unmount();
  view = screen();
  await view.render(node);
}

describe('Retrieve', () => {
  test('the text search, its words and its hits are there on coming back', async () => {
    await view.render(inProject(<RetrievePlace />));
    await vi.waitFor(() => expect(byText('[role="tab"]', 'Search the texts')).not.toBeNull());
    await act(async () => byText('[role="tab"]', 'Search the texts')!.click());
    await vi.waitFor(() => expect(field('Search for')).not.toBeNull());
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field('Search for'), 'jail');
      field('Search for')!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => byText('button', 'Search')!.click());
    await vi.waitFor(() => expect(view.host.textContent).toMatch(/2 hits in 1 of 1 documents/));

    await leaveAndComeBack(inProject(<RetrievePlace />));
    await vi.waitFor(() => expect(byText('[role="tab"]', 'Search the texts')?.getAttribute('aria-selected')).toBe('true'));
    expect(field('Search for')?.value).toBe('jail');
    expect(view.host.textContent).toMatch(/2 hits in 1 of 1 documents/);
  });
});

describe('Compare', () => {
  function Cooccurrence() {
    const data = useAnalysisRead().data;
    return data ? <CooccurrenceView data={data} codeIds={[]} withSubcodes={false} coderIds={[]} documents={EMPTY_DOCUMENT_FILTER} grouping={{ kind: 'none' }} /> : null;
  }

  test('co-occurrence keeps its unit: a paragraph table does not come back as a passage table', async () => {
    await view.render(inProject(<Cooccurrence />));
    await vi.waitFor(() => expect(field('the same paragraph')).not.toBeNull());
    await act(async () => field('the same paragraph')!.click());
    await settle();
    expect(field('the same paragraph')?.checked).toBe(true);

    await leaveAndComeBack(inProject(<Cooccurrence />));
    await vi.waitFor(() => expect(field('the same paragraph')).not.toBeNull());
    expect(field('the same paragraph')?.checked).toBe(true);
  });
});
