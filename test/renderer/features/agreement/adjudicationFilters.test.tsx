// @vitest-environment jsdom
// The disagreement list's filters, by code and by document: together they can match nothing, and the
// list then says so, how to see more, and a screen reader hears it.
import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import { applyCode } from '../../../../renderer/db/codings';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import type { DocumentRecord } from '../../../../shared/model';
import { importedDocument } from '../../../fixtures/importedDocument';
import { settle } from '../memos/memoHarness';
import { adjudicationProject, ANA, BEN, codeQuote, showDisagreements } from './adjudicationHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));

const p = adjudicationProject(project);
const SECOND = 'The council met at noon. Nobody came.';
let second: DocumentRecord;
// Ana and Ben disagree on pledge in “Courier” and on conflict in “Minutes”: no disagreement is on
// conflict in “Courier”.
beforeEach(async () => {
  [second] = (await addImportedDocuments(p.db, [importedDocument('Minutes', { text: SECOND })])) as [DocumentRecord];
  await codeQuote(p, ANA.id, p.pledge, 'The mayor promised jobs.');
  const start = SECOND.indexOf('Nobody came.');
  expect(await applyCode(p.db, SECOND, { docId: second.id, codeId: p.conflict.id, start, end: start + 'Nobody came.'.length, coderId: BEN.id }, 'conflict')).toBe('done');
});

const options = () => [...p.view.host.querySelectorAll('[role="listbox"][aria-label="Disagreements"] [role="option"]')].map((o) => o.textContent);
const shownStatus = () => p.view.host.querySelector('[role="status"][aria-label="Disagreements shown"]');
const button = (name: string) => [...p.view.host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;

/** Chooses `option` in the filter labelled `label`, from the keyboard as a researcher would. */
async function choose(label: string, option: string) {
  const trigger = [...p.view.host.querySelectorAll<HTMLElement>('.adjudication-filters button')].find((b) => b.closest('.select-field')?.querySelector('.select-label')?.textContent === label)!;
  trigger.focus();
  await act(async () => void trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true })));
  await settle();
  const item = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent?.includes(option) && !o.closest('[aria-label="Disagreements"]'))!;
  await act(async () => item.click());
  await settle();
}

test('filters that together match no disagreement say so, and how to see them again', async () => {
  await showDisagreements(p);
  expect(options()).toHaveLength(2);
  // There from the start, so that a screen reader hears what it comes to say.
  expect(shownStatus()?.textContent).toBe('');
  await choose('Disagreements on', 'conflict');
  expect(options()).toEqual([expect.stringMatching(/^Minutes: conflict/)]);
  expect(shownStatus()?.textContent).toBe('1 of 2 disagreements shown.');
  await choose('In', 'Courier');
  expect(options()).toEqual([]);
  expect(shownStatus()?.textContent).toMatch(/No disagreement on “conflict” in “Courier”/);
  expect(shownStatus()?.textContent).toMatch(/Every code.*Every document/);
  await act(async () => button('Show every disagreement')!.click());
  await settle();
  expect(options()).toHaveLength(2);
  expect(shownStatus()?.textContent).toBe('');
  // The button went with the empty list: the keyboard is on the list.
  expect(document.activeElement?.getAttribute('aria-label')).toBe('Disagreements');
});
