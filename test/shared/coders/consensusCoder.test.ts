// The consensus coder is one coder of a fixed id; an older project's is found by what its decisions wrote.
import { expect, test } from 'vitest';
import { CONSENSUS_CODER_ID, consensusWrittenBy, legacyConsensusCandidates, newConsensusCoder } from '../../../shared/coders/consensusCoder';
import { CODER_COLORS } from '../../../shared/coders/coderColors';
import type { RowChange } from '../../../shared/changes/change';
import type { CodingRecord } from '../../../shared/model';

const kim = { id: 'kim', name: 'Kim', color: CODER_COLORS[0]! };

test('a new consensus coder has the fixed id, a colour no coder has, and a name no coder has', () => {
  expect(newConsensusCoder([kim])).toEqual({ id: CONSENSUS_CODER_ID, name: 'Consensus', color: CODER_COLORS[1] });
  const people = [kim, { id: 'p1', name: 'consensus', color: CODER_COLORS[1]! }, { id: 'p2', name: 'Consensus (2)', color: CODER_COLORS[2]! }];
  expect(newConsensusCoder(people).name).toBe('Consensus (3)');
});

test('the log is searched for an older consensus coder only when no coder has the fixed id', () => {
  const legacy = { id: 'legacy', name: 'Consensus', color: CODER_COLORS[1]! };
  expect(legacyConsensusCandidates([kim, legacy])).toEqual([legacy]);
  expect(legacyConsensusCandidates([kim])).toEqual([]);
  expect(legacyConsensusCandidates([kim, legacy, { ...legacy, id: CONSENSUS_CODER_ID, name: 'Adjudicated' }])).toEqual([]);
});

test('a decision names the consensus coder by the coder row it recorded or the codings it wrote or removed', () => {
  const coding = (coderId: string) => ({ id: `c-${coderId}`, coderId }) as CodingRecord;
  const candidates = new Set(['legacy']);
  const removed: RowChange[] = [{ table: 'codings', key: 'c-legacy', before: coding('legacy'), after: null }];
  const recorded: RowChange[] = [{ table: 'coders', key: 'legacy', before: null, after: { id: 'legacy', name: 'Consensus', color: '#000000' } }];
  const someoneElse: RowChange[] = [{ table: 'codings', key: 'c-other', before: null, after: coding('other') }];
  expect(consensusWrittenBy(removed, candidates)).toBe('legacy');
  expect(consensusWrittenBy(recorded, candidates)).toBe('legacy');
  expect(consensusWrittenBy(someoneElse, candidates)).toBeUndefined();
  expect(consensusWrittenBy([], candidates)).toBeUndefined();
});
