// @vitest-environment jsdom
// The consensus coder is known by who it is, not by what it is called: a researcher who happens to be
// named "Consensus" is a coder like any other (their codings stay theirs, agreement compares them),
// the consensus coder renamed is still the one decisions go to, and a project whose consensus coder
// was made before it had its fixed id keeps working. Over a real project database, the disagreements
// computed as the Agreement place computes them.
import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { commitChange } from '../../../../renderer/db/changes';
import { ensureCoder } from '../../../../renderer/db/coders';
import { liveMinting } from '../../../../renderer/db/ids';
import { undoHistoryFor } from '../../../../renderer/db/undoHistory';
import { consensusFromAgreed } from '../../../../shared/agreement/adjudication';
import { settleChange } from '../../../../shared/changes/adjudicationChanges';
import { CONSENSUS_CODER_ID } from '../../../../shared/coders/consensusCoder';
import type { CodeRecord, CoderRecord, CodingRecord } from '../../../../shared/model';
import { screen, settle, KIM, type Screen } from '../memos/memoHarness';
import { adjudicationProject, ANA, BEN, codeQuote, disagreementsOfAnaAndBen as listDisagreements, showDisagreements as drawDisagreements, TEXT } from './adjudicationHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
vi.mock('../../../../renderer/features/agreement/agreementRunner', async () => {
  const { computeAgreement } = await import('../../../../renderer/features/agreement/agreementWork');
  return { runAgreement: async (request: Parameters<typeof computeAgreement>[0]) => computeAgreement(request) };
});
const { AgreementPlace } = await import('../../../../renderer/features/agreement/AgreementPlace');
const { CoderViewProvider } = await import('../../../../renderer/features/coders/CoderViewContext');
const { MemoNavigationProvider } = await import('../../../../renderer/features/memos/MemoNavigation');

/** A researcher whose name is "Consensus": a person, who never settled anything. */
const PERSON: CoderRecord = { id: 'person-named-consensus', name: 'Consensus', color: '#9467bd' };

const p = adjudicationProject(project);
let db: ProjectDatabase;
let view: Screen;
let pledge: CodeRecord;
let conflict: CodeRecord;
beforeEach(() => ({ db, view, pledge, conflict } = p));
const code = (coderId: string, codeRecord: CodeRecord, quote: string) => codeQuote(p, coderId, codeRecord, quote);
const disagreementsOfAnaAndBen = () => listDisagreements(p);
const showDisagreements = () => drawDisagreements(p);

async function showAgreementPlace() {
  await view.render(
    <CoderViewProvider>
      <MemoNavigationProvider openDocument={() => {}}>
        <AgreementPlace />
      </MemoNavigationProvider>
    </CoderViewProvider>,
  );
  await vi.waitFor(() => expect(box('Ana')).not.toBeNull());
  await settle();
}

const button = (name: string) => [...view.host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
const box = (label: string) => [...view.host.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.querySelector('input') ?? null;
const codingsOf = async (coderId: string): Promise<CodingRecord[]> => (await db.codings.where('coderId').equals(coderId).toArray()).sort((a, b) => a.start - b.start);
const quotes = (codings: readonly CodingRecord[]) => codings.map((c) => TEXT.slice(c.start, c.end));
const coderNames = async () => (await db.coders.toArray()).map((c) => c.name).sort();

test('a coder named “Consensus” who is a real person keeps their codings when a disagreement is settled', async () => {
  await ensureCoder(db, PERSON);
  await code(PERSON.id, pledge, 'The mayor promised');
  const theirs = await codingsOf(PERSON.id);
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await showDisagreements();

  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  expect(await codingsOf(PERSON.id)).toEqual(theirs);
  expect(quotes(await codingsOf(CONSENSUS_CODER_ID))).toEqual(['The mayor promised jobs.']);
  // Two coders of one name could not be told apart in any list of coders.
  expect(await coderNames()).toEqual(['Ana', 'Ben', 'Consensus', 'Consensus (2)', 'Kim']);
});

test('a coder named “Consensus” who is a real person is compared in agreement by default; the consensus coder is not', async () => {
  await ensureCoder(db, PERSON);
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await showDisagreements();
  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  await view.unmount();
  view = screen();

  await showAgreementPlace();
  expect(box('Consensus')?.checked).toBe(true);
  expect(box('Consensus (2)')?.checked).toBe(false);
  expect(box('Ana')?.checked).toBe(true);
});

test('the consensus coder renamed is still the one decisions go to, and still left out of agreement by default', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, conflict, 'The budget is short by a third.');
  await showDisagreements();
  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  const [consensus] = (await db.coders.toArray()).filter((c) => ![KIM.id, ANA.id, BEN.id].includes(c.id));
  await ensureCoder(db, { ...consensus!, name: 'Adjudicated' });
  await settle();

  await act(async () => button('Keep Ben’s coding')!.click());
  await settle();
  expect(await coderNames()).toEqual(['Adjudicated', 'Ana', 'Ben', 'Kim']);
  expect(quotes(await codingsOf(consensus!.id))).toEqual(['The mayor promised jobs.', 'The budget is short by a third.']);
  expect(view.host.querySelector('[aria-label="Adjudication progress"]')?.textContent).toBe('2 of 2 disagreements settled into Adjudicated.');

  await view.unmount();
  view = screen();
  await showAgreementPlace();
  expect(box('Adjudicated')?.checked).toBe(false);
  expect(box('Ana')?.checked).toBe(true);
});

test('a project whose consensus coder was made before it had its fixed id keeps settling into that coder', async () => {
  // As Framewise wrote the first decision then: a coder named Consensus with an id of its own.
  const legacy: CoderRecord = { id: 'legacy-consensus', name: 'Consensus', color: '#475569' };
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, conflict, 'The budget is short by a third.');
  const { result } = await disagreementsOfAnaAndBen();
  const first = result.disagreements.find((d) => d.codeIds.includes(pledge.id))!;
  const { change } = settleChange(first, { take: 'coder', coderId: ANA.id }, {
    consensus: legacy,
    consensusCodings: [],
    consensusMemos: [],
    text: TEXT,
    coderName: (id) => (id === ANA.id ? 'Ana' : 'Ben'),
    codeName: () => 'pledge',
    minting: liveMinting(),
    otherDisagreements: result.disagreements,
    agreedPassages: result.agreed,
  });
  await ensureCoder(db, legacy);
  await commitChange(db, change!, { coderId: KIM.id });

  await showDisagreements();
  expect(view.host.querySelector('[aria-label="Adjudication progress"]')?.textContent).toBe('1 of 2 disagreements settled into Consensus.');
  await act(async () => view.host.querySelectorAll<HTMLElement>('[role="option"]')[1]!.click());
  await settle();
  await act(async () => button('Keep Ben’s coding')!.click());
  await settle();
  expect(await coderNames()).toEqual(['Ana', 'Ben', 'Consensus', 'Kim']);
  expect(quotes(await codingsOf(legacy.id))).toEqual(['The mayor promised jobs.', 'The budget is short by a third.']);

  // Settled again, the first decision replaces what the legacy coder held there.
  await act(async () => view.host.querySelectorAll<HTMLElement>('[role="option"]')[0]!.click());
  await settle();
  await act(async () => button('Keep no coding')!.click());
  await settle();
  expect(quotes(await codingsOf(legacy.id))).toEqual(['The budget is short by a third.']);

  await view.unmount();
  view = screen();
  await showAgreementPlace();
  expect(box('Consensus')?.checked).toBe(false);
});

test('a project made before the fixed id whose only history is taking agreed passages keeps settling into that coder', async () => {
  // As Framewise logged "Take agreed passages into Consensus" then: no `adjudication` on the operation.
  const legacy: CoderRecord = { id: 'legacy-consensus', name: 'Consensus', color: '#475569' };
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, conflict, 'The budget is short by a third.');
  const { result, data } = await disagreementsOfAnaAndBen();
  const rows = consensusFromAgreed(result.agreed, () => TEXT, { consensusCoderId: legacy.id, ...liveMinting() });
  await commitChange(db, { label: `Agreed codings taken into Consensus (${rows.length})`, changes: [{ table: 'coders', key: legacy.id, before: null, after: legacy }, ...rows.map((c) => ({ table: 'codings' as const, key: c.id, before: null, after: c }))] }, { coderId: KIM.id });
  expect(data.input.coders.map((c) => c.name)).toEqual(['Ana', 'Ben']);

  await showDisagreements();
  await act(async () => button('Keep Ben’s coding')!.click());
  await settle();
  expect(await coderNames()).toEqual(['Ana', 'Ben', 'Consensus', 'Kim']);
  expect(quotes(await codingsOf(legacy.id))).toEqual(['The mayor promised jobs.', 'The budget is short by a third.']);
});

test('undoing the first decision takes back its coding and keeps the consensus coder, whose codings another researcher’s decisions may hold; redo brings the coding back', async () => {
  const history = undoHistoryFor(db);
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(BEN.id, conflict, 'Critics called it a stunt.');
  await showDisagreements();
  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  const made = await db.coders.get(CONSENSUS_CODER_ID);
  expect(made?.name).toBe('Consensus');

  // Another researcher settles the other disagreement: a step Kim's Undo never reaches.
  const { result } = await disagreementsOfAnaAndBen();
  const other = result.disagreements.find((d) => d.codeIds.includes(conflict.id))!;
  const { change } = settleChange(other, { take: 'coder', coderId: BEN.id }, {
    consensus: made!,
    consensusCodings: [],
    consensusMemos: [],
    text: TEXT,
    coderName: (id) => (id === ANA.id ? 'Ana' : 'Ben'),
    codeName: () => 'conflict',
    minting: liveMinting(),
    otherDisagreements: result.disagreements,
    agreedPassages: result.agreed,
  });
  await commitChange(db, change!, { coderId: 'lee' });

  await act(async () => void (await history.undo(KIM.id)));
  await settle();
  expect(quotes(await codingsOf(CONSENSUS_CODER_ID))).toEqual(['Critics called it a stunt.']);
  // The coder of that coding is still there, by its name and colour.
  expect(await db.coders.get(CONSENSUS_CODER_ID)).toEqual(made);

  await act(async () => void (await history.redo(KIM.id)));
  await settle();
  expect(quotes(await codingsOf(CONSENSUS_CODER_ID))).toEqual(['The mayor promised jobs.', 'Critics called it a stunt.']);
  history.dispose();
});

test('each of one coder’s codings in a disagreement is opened by a button of its own name, by code and passage', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await code(ANA.id, pledge, 'promised jobs. Critics called it a stunt.');
  await code(BEN.id, pledge, 'The mayor promised jobs.');
  await showDisagreements();

  const anas = view.host.querySelector('[aria-label="Ana’s codings"]')!;
  const names = [...anas.querySelectorAll('li button')].map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());
  expect(names).toEqual(['Open in Code: Ana’s pledge on “The mayor promised jobs.”', 'Open in Code: Ana’s pledge on “promised jobs. Critics called it a stun…”']);
});

test('comparing one coder with the consensus coder does not claim they agree everywhere: it says disagreements are between coders other than it', async () => {
  await code(ANA.id, pledge, 'The mayor promised jobs.');
  await showDisagreements();
  await act(async () => button('Keep Ana’s coding')!.click());
  await settle();
  // Ana goes on coding after the decision: she and the consensus now differ there.
  await code(ANA.id, conflict, 'Critics called it a stunt.');
  await view.unmount();
  view = screen();

  await showAgreementPlace();
  for (const [name, on] of [['Ben', false], ['Kim', false], ['Consensus', true]] as const) {
    if (box(name)!.checked !== on) await act(async () => box(name)!.click());
  }
  await act(async () => button('Compute agreement')!.click());
  await vi.waitFor(() => expect(view.host.querySelector('[aria-label="Agreement report"]')).not.toBeNull());
  await settle();
  const section = view.host.querySelector('.adjudication')!.textContent ?? '';
  expect(section).not.toMatch(/do not disagree anywhere/);
  expect(section).toMatch(/Disagreements are listed between two or more coders other than Consensus/);
});
