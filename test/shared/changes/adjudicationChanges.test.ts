// Settling a disagreement into the consensus coder as one change: what it writes, what settling
// again replaces, and taking the agreed passages in once.
import { describe, expect, test } from 'vitest';
import { consensusFromAgreed } from '../../../shared/agreement/adjudication';
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
const names: Record<string, string> = { 'coder-A': 'A', 'coder-B': 'B' };
const context = (held: CodingRecord[], stored: boolean, memos: MemoRecord[] = []) => ({ consensus, consensusStored: stored, consensusCodings: held, consensusMemos: memos, text, coderName: (id: string) => names[id]!, minting: counter('k') });

describe('settling a disagreement', () => {
  test('keeping a coder’s coding records the consensus coder once and writes its coding', () => {
    const { change, created } = settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, context([], false));
    expect(change.label).toBe('Disagreement settled: A’s coding kept');
    expect(change.changes.map((c) => [c.table, c.before === null ? 'new' : 'old', c.after === null ? 'gone' : 'kept'])).toEqual([
      ['coders', 'new', 'kept'],
      ['codings', 'new', 'kept'],
    ]);
    expect(created.map((c) => [c.coderId, c.codeId, c.start, c.end, c.quote])).toEqual([['consensus', 'code-Conflict', 25, 51, 'Critics called it a stunt.']]);
    // Undo takes back the coding and the consensus coder it brought.
    expect(inverseOf(change).changes.every((c) => c.after === null)).toBe(true);
  });

  test('settling again replaces what the consensus held there, and "no coding" removes it', () => {
    const { created } = settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, context([], true));
    const again = settleChange(disagreement!, { take: 'neither' }, context(created, true));
    expect(again.change.label).toBe('Disagreement settled: no coding kept');
    expect(again.change.changes).toEqual([{ table: 'codings', key: created[0]!.id, before: created[0], after: null }]);
    expect(again.created).toEqual([]);
  });

  test('a consensus coding the decision replaces goes with its memos, as a removed coding’s do', () => {
    const { created } = settleChange(disagreement!, { take: 'coder', coderId: 'coder-A' }, context([], true));
    const note: MemoRecord = { id: 'm1', targetType: 'coding', targetId: created[0]!.id, coderId: 'coder-A', text: 'why A', body: '', createdAt: '2026-01-01', updatedAt: '2026-01-01' };
    const elsewhere: MemoRecord = { ...note, id: 'm2', targetId: 'another-coding' };
    const again = settleChange(disagreement!, { take: 'neither' }, context(created, true, [note, elsewhere]));
    expect(again.change.changes).toEqual([
      { table: 'codings', key: created[0]!.id, before: created[0], after: null },
      { table: 'memos', key: 'm1', before: note, after: null },
    ]);
    // Undo brings the memo back with its coding.
    expect(inverseOf(again.change).changes.map((c) => [c.table, c.key])).toEqual(expect.arrayContaining([['memos', 'm1'], ['codings', created[0]!.id]]));
  });

  test('every decision names its disagreement and words, also one that writes no row', () => {
    const { change } = settleChange(disagreement!, { take: 'neither' }, context([], true));
    expect(change.changes).toEqual([]);
    expect(change.adjudication).toEqual({ disagreementId: disagreement!.id, words: 'no coding kept' });
  });
});

describe('taking the agreed passages into the consensus', () => {
  const rows = () => consensusFromAgreed(agreedPassages(input), () => text, { consensusCoderId: 'consensus', ...counter('a') });

  test('writes each agreed passage once', () => {
    const first = adoptAgreedChange(rows(), { consensus, consensusStored: true, consensusCodings: [] });
    expect(first.label).toBe('Agreed codings taken into Consensus (1)');
    const written = first.changes.map((c) => c.after as CodingRecord);
    expect(written.map((c) => [c.codeId, c.start, c.end])).toEqual([['code-Economy', 0, 24]]);
    expect(adoptAgreedChange(rows(), { consensus, consensusStored: true, consensusCodings: written }).changes).toEqual([]);
  });
});
