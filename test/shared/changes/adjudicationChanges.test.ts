// Settling a disagreement into the consensus coder as one change: what it writes, what settling
// again replaces, and taking the agreed passages in once.
import { describe, expect, test } from 'vitest';
import { consensusFromAgreed, settleDisagreement } from '../../../shared/agreement/adjudication';
import { agreedPassages, listDisagreements } from '../../../shared/agreement/disagreements';
import { adoptAgreedChange, settleChange } from '../../../shared/changes/adjudicationChanges';
import { inverseOf } from '../../../shared/changes/change';
import type { CodingRecord, MemoRecord } from '../../../shared/model';
import { agreementInput } from '../agreement/fixtures';
import { counter } from '../codebook/fixtures';

const text = 'The mayor promised jobs. Critics called it a stunt. The budget is short by a third.';
const input = agreementInput({
  codes: ['Economy', 'Conflict'],
  documents: [{ id: 'd1', text }],
  codings: [
    ['A', 'd1', 'Economy', 0, 24], ['B', 'd1', 'Economy', 0, 24],
    ['A', 'd1', 'Conflict', 25, 51],
  ],
});
const [disagreement] = listDisagreements(input);
const consensus = { id: 'consensus', name: 'Consensus', color: '#475569' };
const names: Record<string, string> = { 'coder-A': 'A', 'coder-B': 'B', 'code-Economy': 'Economy', 'code-Conflict': 'Conflict' };
const context = (held: CodingRecord[], memos: MemoRecord[] = []) => ({ consensus, consensusCodings: held, consensusMemos: memos, text, coderName: (id: string) => names[id]!, codeName: (id: string) => names[id]!, minting: counter('k'), otherDisagreements: [], agreedPassages: [] });

describe('settling a disagreement', () => {
  test('keeping a coder’s coding writes its coding, and not the consensus coder: its Undo must never delete the coder', () => {
    const { change, created } = settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, context([]));
    expect(change!.label).toBe('Disagreement on “Conflict” at “Critics called it a stunt.” settled: A’s coding kept');
    // The coder is stored by the caller, unlogged (renderer/db/agreementData.ts, storeConsensusCoder):
    // another researcher's decisions, which this one's Undo never reaches, may hold codings by it.
    expect(change!.changes.map((c) => [c.table, c.before === null ? 'new' : 'old', c.after === null ? 'gone' : 'kept'])).toEqual([['codings', 'new', 'kept']]);
    expect(created.map((c) => [c.coderId, c.codeId, c.start, c.end, c.quote])).toEqual([['consensus', 'code-Conflict', 25, 51, 'Critics called it a stunt.']]);
    // Undo takes back the coding.
    expect(inverseOf(change!).changes.every((c) => c.after === null)).toBe(true);
  });

  test('settling again replaces what the consensus held there, and "no coding" removes it', () => {
    const { created } = settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, context([]));
    const again = settleChange(disagreement!, { take: 'neither' }, context(created));
    expect(again.change!.label).toBe('Disagreement on “Conflict” at “Critics called it a stunt.” settled: no coding kept');
    expect(again.change!.changes).toEqual([{ table: 'codings', key: created[0]!.id, before: created[0], after: null }]);
    expect(again.created).toEqual([]);
  });

  test('a consensus coding the decision replaces goes with its memos, as a removed coding’s do', () => {
    const { created } = settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, context([]));
    const note: MemoRecord = { id: 'm1', targetType: 'coding', targetId: created[0]!.id, coderId: 'coder-A', text: 'why A', body: '', createdAt: '2026-01-01', updatedAt: '2026-01-01' };
    const elsewhere: MemoRecord = { ...note, id: 'm2', targetId: 'another-coding' };
    const again = settleChange(disagreement!, { take: 'neither' }, context(created, [note, elsewhere]));
    expect(again.change!.changes).toEqual([
      { table: 'codings', key: created[0]!.id, before: created[0], after: null },
      { table: 'memos', key: 'm1', before: note, after: null },
    ]);
    // Undo brings the memo back with its coding.
    expect(inverseOf(again.change!).changes.map((c) => [c.table, c.key])).toEqual(expect.arrayContaining([['memos', 'm1'], ['codings', created[0]!.id]]));
  });

  test('every decision names its disagreement and words, also one that writes no row', () => {
    const { change } = settleChange(disagreement!, { take: 'neither' }, context([]));
    expect(change!.changes).toEqual([]);
    expect(change!.adjudication).toEqual({ disagreementId: disagreement!.id, words: 'no coding kept' });
  });
});

describe('what History and the log say of a decision', () => {
  test('an edited passage is named by its words, not by offsets', () => {
    const { change } = settleChange(disagreement!, { take: 'edited', start: 25, end: 32 }, context([]));
    expect(change!.adjudication!.words).toBe('edited passage “Critics” kept');
    expect(change!.label).toBe('Disagreement on “Conflict” at “Critics called it a stunt.” settled: edited passage “Critics” kept');
  });
});

describe('deciding again what stands', () => {
  test('the decision that stands, its codings in place, is no change; a different one, or one whose codings were removed, is', () => {
    const first = settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, context([]));
    const standing = first.change!.adjudication!;
    expect(settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, { ...context(first.created), standing })).toEqual({ change: null, created: [] });
    expect(settleChange(disagreement!, { take: 'neither' }, { ...context(first.created), standing }).change?.adjudication?.words).toBe('no coding kept');
    expect(settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, { ...context([]), standing }).created).toHaveLength(1);
    const none = settleChange(disagreement!, { take: 'neither' }, context([])).change!.adjudication!;
    expect(settleChange(disagreement!, { take: 'neither' }, { ...context([]), standing: none }).change).toBeNull();
  });
});

describe('taking the agreed passages into the consensus', () => {
  const rows = () => consensusFromAgreed(agreedPassages(input), () => text, { consensusCoderId: 'consensus', ...counter('a') });

  test('writes each agreed passage once', () => {
    const first = adoptAgreedChange(rows(), { consensus, consensusCodings: [] });
    expect(first.label).toBe('Agreed codings taken into Consensus (1)');
    const written = first.changes.map((c) => c.after as CodingRecord);
    expect(written.map((c) => [c.codeId, c.start, c.end])).toEqual([['code-Economy', 0, 24]]);
    expect(adoptAgreedChange(rows(), { consensus, consensusCodings: written }).changes).toEqual([]);
  });
});

describe('what settling replaces', () => {
  // Different codes matched by the segment rule: A's Economy 5–100 against B's Conflict 0–95. Right
  // before them, both coded Economy 0–5 alike: an agreed passage, already in the consensus.
  const long = 'x'.repeat(120);
  const adjacent = agreementInput({
    codes: ['Economy', 'Conflict'],
    documents: [{ id: 'd1', text: long }],
    codings: [['A', 'd1', 'Economy', 0, 5], ['B', 'd1', 'Economy', 0, 5], ['A', 'd1', 'Economy', 5, 100], ['B', 'd1', 'Conflict', 0, 95]],
  });
  const [different] = listDisagreements(adjacent, { overlap: 0.9 });
  const [agreedRow] = consensusFromAgreed(agreedPassages(adjacent), () => long, { consensusCoderId: 'consensus', ...counter('a') });

  test('leaves alone a consensus coding of one of its codes that lies outside where that code was disputed', () => {
    expect([different!.kind, different!.start, different!.end]).toEqual(['different-codes', 0, 100]);
    expect([agreedRow!.codeId, agreedRow!.start, agreedRow!.end]).toEqual(['code-Economy', 0, 5]);
    const { change } = settleChange(different!, { take: 'coder', coderId: 'coder-A' }, { ...context([agreedRow!]), text: long });
    expect(change!.changes.filter((c) => c.after === null)).toEqual([]);
  });

  test('still replaces what an earlier decision on it wrote, of either code', () => {
    const first = settleChange(different!, { take: 'coder', coderId: 'coder-B' }, { ...context([agreedRow!]), text: long });
    const again = settleChange(different!, { take: 'coder', coderId: 'coder-A' }, { ...context([agreedRow!, ...first.created]), text: long });
    expect(again.change!.changes.filter((c) => c.after === null).map((c) => c.key)).toEqual(first.created.map((c) => c.id));
  });
});

describe('an edited passage reaching past the disputed stretch', () => {
  // The same place as above: Economy was disputed over 5–100; the consensus holds the agreed Economy 0–5.
  const long = 'x'.repeat(120);
  const adjacent = agreementInput({
    codes: ['Economy', 'Conflict'],
    documents: [{ id: 'd1', text: long }],
    codings: [['A', 'd1', 'Economy', 0, 5], ['B', 'd1', 'Economy', 0, 5], ['A', 'd1', 'Economy', 5, 100], ['B', 'd1', 'Conflict', 0, 95]],
  });
  const [different] = listDisagreements(adjacent, { overlap: 0.9 });
  const [agreedRow] = consensusFromAgreed(agreedPassages(adjacent), () => long, { consensusCoderId: 'consensus', ...counter('a') });

  test('is refused when it overlaps a consensus coding of the same code kept from another passage, naming that coding', () => {
    const decide = () => settleChange(different!, { take: 'edited', start: 2, end: 100 }, { ...context([agreedRow!]), text: long });
    expect(decide).toThrow(/overlaps Consensus’s “Economy” coding at characters 1–5/);
  });

  test('is written when it overlaps only a code not kept, or only touches the neighbour', () => {
    const conflictOnly = settleChange(different!, { take: 'edited', start: 2, end: 100, codeIds: ['code-Conflict'] }, { ...context([agreedRow!]), text: long });
    expect(conflictOnly.created.map((c) => [c.codeId, c.start, c.end])).toEqual([['code-Conflict', 2, 100]]);
    const touching = settleChange(different!, { take: 'edited', start: 5, end: 100 }, { ...context([agreedRow!]), text: long });
    expect(touching.created.map((c) => [c.codeId, c.start, c.end])).toEqual([['code-Economy', 5, 100], ['code-Conflict', 5, 100]]);
  });
});

describe('an edited passage reaching into another disagreement', () => {
  // Ana coded two sentences "pledge" that Ben left uncoded: two disagreements of one code, side by side.
  const two = agreementInput({
    codes: ['Economy'],
    documents: [{ id: 'd1', text }],
    codings: [['A', 'd1', 'Economy', 0, 24], ['A', 'd1', 'Economy', 25, 51]],
  });
  const [first, second] = listDisagreements(two);
  const within = (d: typeof first, held: CodingRecord[]) => ({ ...context(held), otherDisagreements: [first!, second!].filter((o) => o !== d) });
  // "The mayor promised jobs. Critics": past the first sentence into the second's disputed stretch.
  const reaching = { take: 'edited' as const, start: 0, end: 32 };

  test('is refused, naming the disagreement it would reach into, while that one is still open', () => {
    expect([first!.start, first!.end, second!.start, second!.end]).toEqual([0, 24, 25, 51]);
    expect(() => settleChange(first!, reaching, within(first, []))).toThrow(/reaches into another disagreement, on “Economy” at “Critics called it a stunt\.” \(characters 26–51\)/);
  });

  test('is refused also when that one was settled with no coding (its decision would no longer be what the consensus holds)', () => {
    const none = settleChange(second!, { take: 'neither' }, within(second, []));
    expect(none.created).toEqual([]);
    expect(() => settleChange(first!, reaching, within(first, []))).toThrow(/reaches into another disagreement/);
  });

  test('is written when it stops before the other disagreement (touching its start)', () => {
    const shortOfIt = settleChange(first!, { take: 'edited', start: 0, end: 25 }, within(first, []));
    expect(shortOfIt.created.map((c) => [c.start, c.end])).toEqual([[0, 25]]);
  });

  test('a Consensus coding that already spans both (made by hand, or before edits were checked) is not removed by settling either one', () => {
    const [spanning] = settleDisagreement(first!, reaching, { consensusCoderId: 'consensus', text, newId: () => 'spanning', now: '2026-01-01' });
    for (const d of [first!, second!]) {
      const decide = () => settleChange(d, { take: 'coder', coderId: 'coder-A' }, within(d, [spanning!]));
      expect(decide).toThrow(/Consensus’s “Economy” coding at characters 1–32 \(“The mayor promised jobs\. Critics”\) reaches into another disagreement/);
    }
  });
});

describe('an edited passage reaching into an agreed passage not yet taken into the consensus', () => {
  // Both coded the first sentence "Economy" alike; only A coded the second.
  const input2 = agreementInput({
    codes: ['Economy'],
    documents: [{ id: 'd1', text }],
    codings: [['A', 'd1', 'Economy', 0, 24], ['B', 'd1', 'Economy', 0, 24], ['A', 'd1', 'Economy', 25, 51]],
  });
  const [onlyA] = listDisagreements(input2);
  const agreed = agreedPassages(input2);
  // "jobs. Critics called it a stunt.": back into the agreed first sentence.
  const reachingBack = { take: 'edited' as const, start: 19, end: 51 };

  test('is refused as it is once they are taken in, so that taking them in later cannot lay two codings of one code over each other', () => {
    const taken = consensusFromAgreed(agreed, () => text, { consensusCoderId: 'consensus', ...counter('a') });
    expect(() => settleChange(onlyA!, reachingBack, { ...context(taken), agreedPassages: agreed })).toThrow(/overlaps Consensus’s “Economy” coding/);
    expect(() => settleChange(onlyA!, reachingBack, { ...context([]), agreedPassages: agreed })).toThrow(
      /reaches into a passage every coder coded alike as “Economy”, “The mayor promised jobs\.” \(characters 1–24\)/,
    );
  });
});
