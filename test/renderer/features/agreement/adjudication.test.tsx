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

test('undo takes a decision back exactly (its codings, the Consensus coder it made, its place in the progress); redo brings it again', async () => {
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
  expect(await db.coders.get(CONSENSUS_CODER_ID)).toBeUndefined();
  expect(progress()).toMatch(/^0 of 1 /);

  await act(async () => void (await history.redo(KIM.id)));
  await settle();
  expect(places(await consensusCodings())).toEqual([['pledge', 'The mayor promised jobs. Critics']]);
  expect(progress()).toMatch(/^1 of 1 /);
  history.dispose();
});
