// @vitest-environment jsdom
// Settling disagreements into the Consensus coder over a real project database: what each decision
// writes (once), what it refuses when the codings moved on since the list was computed, and where the
// keyboard is after a decision. The list is computed as the Agreement place computes it.
import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { CONSENSUS_CODER_ID, CONSENSUS_CODER_NAME } from '../../../../shared/coders/consensusCoder';
import { resizeStoredCoding } from '../../../../renderer/db/codings';
import { undoHistoryFor } from '../../../../renderer/db/undoHistory';
import type { CodeRecord, CodingRecord } from '../../../../shared/model';
import { settle, KIM, type Screen } from '../memos/memoHarness';
import { adjudicationProject, ANA, BEN, codeQuote, showDisagreements as drawDisagreements, TEXT } from './adjudicationHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));

const p = adjudicationProject(project);
let db: ProjectDatabase;
let view: Screen;
let pledge: CodeRecord;
let conflict: CodeRecord;
beforeEach(() => ({ db, view, pledge, conflict } = p));
const code = (coderId: string, codeRecord: CodeRecord, quote: string) => codeQuote(p, coderId, codeRecord, quote);
const showDisagreements = () => drawDisagreements(p);

const button = (name: string) => [...view.host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
const said = () => view.host.querySelector('[aria-label="Status"]')?.textContent ?? '';
const progress = () => view.host.querySelector('[aria-label="Adjudication progress"]')?.textContent ?? '';

async function consensusCodings(): Promise<CodingRecord[]> {
  // Every coder but the three people is the consensus coder: there is at most one, of the fixed id.
  const others = (await db.coders.toArray()).filter((c) => ![KIM.id, ANA.id, BEN.id].includes(c.id));
  expect(others.map((c) => c.id)).toEqual(others.length === 0 ? [] : [CONSENSUS_CODER_ID]);
  return (await db.codings.where('coderId').equals(CONSENSUS_CODER_ID).toArray()).sort((a, b) => a.start - b.start);
}
const places = (codings: readonly CodingRecord[]) => codings.map((c) => [c.codeId === pledge.id ? 'pledge' : 'conflict', TEXT.slice(c.start, c.end)]);

test('keeping a coder’s coding after that coder resized it writes nothing stale, and says to compute again', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await showDisagreements();
  const [anas] = await db.codings.where('coderId').equals(ANA.id).toArray();
  expect(await resizeStoredCoding(db, TEXT, anas!.id, 0, 9, 'pledge', ANA.id)).toBe('done');

  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  expect(await consensusCodings()).toEqual([]);
  expect(said()).toMatch(/changed since .*Compute agreement again/);
  expect(progress()).toMatch(/^0 of 1 /);
});

test('a decision on codings a coder removed since the list was computed writes nothing', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, pledge, 'The mayor promised jobs. Critics');
  await showDisagreements();
  await db.transaction('rw', [db.codings, db.codingCounts], async () => {
    const [bens] = await db.codings.where('coderId').equals(BEN.id).toArray();
    await db.codings.delete(bens!.id);
  });

  await act(async () => button('Keep every coder’s coding')!.click());
  await settle();
  expect(await consensusCodings()).toEqual([]);
  expect(said()).toMatch(/Compute agreement again/);
});

test('settling one disagreement twice in a row (a double click) writes its coding once and logs one decision', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await showDisagreements();
  await act(async () => {
    button('Keep Ana’s coding')!.click();
    button('Keep Ana’s coding')!.click();
  });
  await settle();
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs.']]);
  const decisions = (await db.operations.toArray()).filter((op) => op.adjudication);
  expect(decisions.map((op) => op.adjudication!.words)).toEqual(['Ana’s coding kept']);
  expect(progress()).toMatch(/^1 of 1 /);
});

test('taking the agreed passages in twice at once (a double click) writes each once, with one Consensus coder', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, pledge, 'The mayor promised jobs.');
  await code(ANA.id, conflict, 'Critics called it a stunt.');
  await showDisagreements();
  const take = button(`Take agreed passages into ${CONSENSUS_CODER_NAME}`)!;
  await act(async () => {
    take.click();
    take.click();
  });
  await settle(100);
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs.']]);
});

test('after a decision from the keyboard, the keyboard is on the list, at the next unsettled disagreement', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, conflict, 'The budget is short by a third.');
  await showDisagreements();
  const keep = button('Keep Ana’s coding')!;
  keep.focus();
  await act(async () => keep.click());
  await settle();
  const list = view.host.querySelector('[role="listbox"]') as HTMLElement;
  expect(document.activeElement).toBe(list);
  const active = list.getAttribute('aria-activedescendant');
  expect(view.host.querySelector(`#${active}`)?.textContent).toMatch(/conflict, coded by one coder only$/);
});

test('taking the agreed passages in after a coder resized one of them writes nothing, and says to compute again', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, pledge, 'The mayor promised jobs.');
  await code(ANA.id, conflict, 'Critics called it a stunt.');
  await showDisagreements();
  const [bens] = await db.codings.where('coderId').equals(BEN.id).toArray();
  expect(await resizeStoredCoding(db, TEXT, bens!.id, 4, 24, 'pledge', BEN.id)).toBe('done');

  await act(async () => button(`Take agreed passages into ${CONSENSUS_CODER_NAME}`)!.click());
  await settle();
  expect(await consensusCodings()).toEqual([]);
  expect(said()).toMatch(/Compute agreement again/);
});

test('undo takes a decision back exactly (its codings, its place in the progress; the Consensus coder stays, holding nothing); redo brings it again', async () => {
  const history = undoHistoryFor(db);
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, pledge, 'The mayor promised jobs. Critics');
  await showDisagreements();
  await act(async () => button('Keep Ben’s coding')!.click());
  await settle();
  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs.']]);
  expect(view.host.querySelector('[role="option"]')?.textContent).toMatch(/settled: Ana’s coding kept/);

  await act(async () => void (await history.undo(KIM.id)));
  await settle();
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs. Critics']]);
  expect(view.host.querySelector('[role="option"]')?.textContent).toMatch(/settled: Ben’s coding kept/);

  await act(async () => void (await history.undo(KIM.id)));
  await settle();
  expect(await consensusCodings()).toEqual([]);
  expect((await db.coders.get(CONSENSUS_CODER_ID))?.name).toBe('Consensus');
  expect(progress()).toMatch(/^0 of 1 /);

  await act(async () => void (await history.redo(KIM.id)));
  await settle();
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs. Critics']]);
  expect(progress()).toMatch(/^1 of 1 /);
  history.dispose();
});

const listbox = () => view.host.querySelector('[role="listbox"][aria-label="Disagreements"]') as HTMLElement;
const selectedText = () => view.host.querySelector(`#${listbox().getAttribute('aria-activedescendant')}`)?.textContent ?? '';
async function press(target: HTMLElement, key: string, init: KeyboardEventInit = {}) {
  await act(async () => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
  await settle();
}
/** Three disagreements, in the order of the text: pledge, then conflict twice. */
async function threeDisagreements() {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(ANA.id, conflict, 'Critics called it a stunt.');
  await code(BEN.id, conflict, 'The budget is short by a third.');
  await showDisagreements();
}

test('Home and End on the list go to its first and last disagreement', async () => {
  await threeDisagreements();
  listbox().focus();
  expect(selectedText()).toMatch(/pledge, coded by one coder only/);
  await press(listbox(), 'End');
  expect(view.host.querySelectorAll('[role="option"]')[2]!.getAttribute('aria-selected')).toBe('true');
  await press(listbox(), 'Home');
  expect(view.host.querySelectorAll('[role="option"]')[0]!.getAttribute('aria-selected')).toBe('true');
});

test('Alt+arrows step through the list from a button, but are left to a filter’s dropdown that has the keyboard', async () => {
  await threeDisagreements();
  const filter = [...view.host.querySelectorAll<HTMLElement>('.adjudication-filters button')][0]!;
  await press(filter, 'ArrowDown', { altKey: true });
  expect(view.host.querySelectorAll('[role="option"]')[0]!.getAttribute('aria-selected')).toBe('true');
  await press(button('Keep every coder’s coding')!, 'ArrowDown', { altKey: true });
  expect(view.host.querySelectorAll('[role="option"]')[1]!.getAttribute('aria-selected')).toBe('true');
});

test('an edited passage on a “different codes” disagreement keeps the codes the researcher leaves ticked (both, by default)', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, conflict, 'The mayor promised jobs.');
  await showDisagreements();
  expect(selectedText()).toMatch(/different codes/);
  const group = [...view.host.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Codes the edited passage keeps')!;
  const boxes = [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  expect(boxes.map((b) => [b.labels?.[0]?.textContent, b.checked])).toEqual([['pledge', true], ['conflict', true]]);

  await act(async () => boxes[1]!.click());
  await act(async () => button('Keep edited passage')!.click());
  await settle();
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs.']]);
  const decisions = (await db.operations.toArray()).filter((op) => op.adjudication);
  expect(decisions.map((op) => op.adjudication!.words)).toEqual(['edited passage “The mayor promised jobs.” kept as “pledge”']);

  // No code ticked: nothing to keep, and the button says so by being unavailable.
  await act(async () => boxes[0]!.click());
  expect(button('Keep edited passage')!.disabled).toBe(true);
});

test('an edited passage that would overlap a Consensus coding of its code from another passage is refused, and says which', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, pledge, 'The mayor promised jobs.');
  await code(ANA.id, pledge, 'Critics called it a stunt.');
  await showDisagreements();
  await act(async () => button(`Take agreed passages into ${CONSENSUS_CODER_NAME}`)!.click());
  await settle();
  await act(async () => button('Start a word earlier')!.click());
  await act(async () => button('Keep edited passage')!.click());
  await settle();
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs.']]);
  expect(said()).toMatch(/overlaps Consensus’s “pledge” coding .*“The mayor promised jobs\.”/);
});

test('Alt+arrows pressed in a disagreement’s detail keep the keyboard in the list, so they go on stepping', async () => {
  await threeDisagreements();
  button('Keep every coder’s coding')!.focus();
  await press(document.activeElement as HTMLElement, 'ArrowDown', { altKey: true });
  await press(document.activeElement as HTMLElement, 'ArrowDown', { altKey: true });
  expect(view.host.querySelectorAll('[role="option"]')[2]!.getAttribute('aria-selected')).toBe('true');
  expect(document.activeElement).toBe(listbox());
});

test('an edited passage reaching into another open disagreement is refused, naming it, and neither disagreement loses its decision', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(ANA.id, pledge, 'Critics called it a stunt.');
  await showDisagreements();
  expect(selectedText()).toMatch(/pledge, coded by one coder only/);
  await act(async () => button('End a word later')!.click());
  expect(view.host.querySelector('[aria-label="Edited passage quote"]')?.textContent).toMatch(/“The mayor promised jobs\. Critics”/);
  await act(async () => button('Keep edited passage')!.click());
  await settle();
  expect(await consensusCodings()).toEqual([]);
  expect(said()).toMatch(/reaches into another disagreement, on “pledge” at “Critics called it a stunt\.”/);
  expect(progress()).toMatch(/^0 of 2 /);

  // Settled within its own passage, the first keeps its coding when the second is settled after it.
  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  expect(selectedText()).toMatch(/pledge, coded by one coder only$/);
  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs.'], ['pledge', 'Critics called it a stunt.']]);
  expect(progress()).toMatch(/^2 of 2 /);
});

test('“Open in Code” on a coding removed since the list was computed says so, rather than doing nothing', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await showDisagreements();
  await db.transaction('rw', [db.codings, db.codingCounts], async () => {
    const [anas] = await db.codings.where('coderId').equals(ANA.id).toArray();
    await db.codings.delete(anas!.id);
  });
  const open = [...view.host.querySelectorAll('button')].find((b) => b.getAttribute('aria-label')?.startsWith('Open in Code: Ana’s'))!;
  await act(async () => open.click());
  await settle();
  expect(said()).toMatch(/Ana’s “pledge” coding .* was removed .*Compute agreement again/);
});
