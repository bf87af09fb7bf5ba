// @vitest-environment jsdom
// The memo panel beside a document: its tabs, and the memo search above them, which opens what a memo
// found is on.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, type ReactNode } from 'react';
import type { CodeRecord, CodingRecord, DocumentRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { createCode } from '../../../../renderer/db/codes';
import { applyCode } from '../../../../renderer/db/codings';
import { saveMemo } from '../../../../renderer/db/memos';
import { plainTextToMemoBody } from '../../../../shared/text/memoBody';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from './memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { MemoPanel } from '../../../../renderer/features/memos/MemoPanel';
import { MemoNavigationProvider } from '../../../../renderer/features/memos/MemoNavigation';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';

const TEXT = 'We will build 4,000 homes by 2029.';

let db: ProjectDatabase;
let view: Screen;
let doc: DocumentRecord;
let pledge: CodeRecord;
let coding: CodingRecord;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier', { text: TEXT })]);
  [doc] = (await listDocuments(db)) as [DocumentRecord];
  pledge = await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  await applyCode(db, TEXT, { docId: doc.id, codeId: pledge.id, start: 0, end: 13, coderId: KIM.id }, pledge.name);
  [coding] = (await db.codings.toArray()) as [CodingRecord];
  const content = (text: string) => ({ body: plainTextToMemoBody(text), text });
  await saveMemo(db, { targetType: 'coding', targetId: coding.id }, KIM.id, content('A promise, not a plan.'), 'the pledge coding');
  await saveMemo(db, { targetType: 'document', targetId: doc.id }, KIM.id, content('Local paper.'), 'the document');
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

function inProject(node: ReactNode) {
  return (
    <CoderViewProvider>
      <MemoNavigationProvider openDocument={() => {}}>{node}</MemoNavigationProvider>
    </CoderViewProvider>
  );
}

/** The panel as the coding screen shows it with the cursor on `active`. */
function panel(active: CodingRecord | null, onSelectCoding: (coding: CodingRecord) => void = () => {}) {
  return inProject(
    <MemoPanel
      doc={doc}
      activeCoding={active}
      codings={[coding]}
      codes={[pledge]}
      codesById={new Map([[pledge.id, pledge]])}
      codersById={new Map([[KIM.id, KIM]])}
      onSelectCoding={onSelectCoding}
    />,
  );
}

const tab = (name: string) => [...view.host.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === name)!;
const selectedTab = () => view.host.querySelector('[role="tab"][aria-selected="true"]')?.textContent;
const memoBoxes = () => [...view.host.querySelectorAll('.memo-editor [role="textbox"]')].map((box) => box.getAttribute('aria-label'));

async function search(query: string) {
  const input = view.host.querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

describe('the memo panel', () => {
  test('a memo found on the coding under the cursor opens from another tab', async () => {
    const selected: string[] = [];
    await view.render(panel(coding, (c) => selected.push(c.id)));
    await settle();
    expect(selectedTab()).toBe('Coding');
    await act(async () => tab('Document').click());
    await settle();
    expect(memoBoxes()).toEqual(['Memo on the document “Courier”']);

    await search('promise');
    const result = view.host.querySelector<HTMLButtonElement>('[aria-label="Memos found"] button')!;
    expect(result.textContent).toContain('Memo on the pledge coding “We will build”');
    // The coding screen selects the coding; the cursor was on it already, so the active coding stays.
    await act(async () => result.click());
    await settle();
    expect(selected).toEqual([coding.id]);
    expect(selectedTab()).toBe('Coding');
    expect(memoBoxes()).toEqual(['Memo on the pledge coding “We will build”']);
  });
});

describe('the memo search', () => {
  test('says how many memos it found in a status region that was there before the search, so that it is heard', async () => {
    await view.render(panel(null));
    await settle();
    const status = view.host.querySelector('.memo-search [role="status"]');
    expect(status?.textContent).toBe('');
    await search('PROMISE');
    expect(view.host.querySelector('.memo-search [role="status"]')).toBe(status);
    expect(status?.textContent).toBe('1 memo found.');
    await search('résumé');
    expect(view.host.querySelector('.memo-search [role="status"]')).toBe(status);
    expect(status?.textContent).toBe('No memo contains “résumé”.');
    await search('');
    expect(status?.textContent).toBe('');
  });
});
