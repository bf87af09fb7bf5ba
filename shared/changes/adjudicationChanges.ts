// Settling a disagreement as one change to the consensus coder: the consensus codings the decision
// makes (shared/agreement/adjudication.ts), the consensus coder's row when it is new, and the removal
// of what the consensus coder held there before (settling again replaces the earlier decision rather
// than piling codings on it). One operation: it shows in History and one undo takes it all back. The
// operation names the disagreement and the decision (Change.adjudication), also when it writes no row:
// the log is where adjudication progress is kept (shared/agreement/adjudicationLog.ts).
import { settleDisagreement, type AdjudicationDecision } from '../agreement/adjudication';
import type { Disagreement } from '../agreement/disagreements';
import type { CoderRecord, CodingRecord, MemoRecord } from '../model';
import type { Change, Minting, RowChange } from './change';

export interface SettleContext {
  consensus: CoderRecord;
  /** Whether the project already records the consensus coder (else the change records it). */
  consensusStored: boolean;
  /** The consensus coder's codings in the disagreement's document now. */
  consensusCodings: readonly CodingRecord[];
  /** The memos on those codings: one the decision replaces goes with its memos, as a removed coding's do. */
  consensusMemos: readonly MemoRecord[];
  text: string;
  coderName(coderId: string): string;
  minting: Minting;
}

export function settleChange(disagreement: Disagreement, decision: AdjudicationDecision, context: SettleContext): { change: Change; created: CodingRecord[] } {
  const created = settleDisagreement(disagreement, decision, { consensusCoderId: context.consensus.id, text: context.text, newId: context.minting.newId, now: context.minting.now });
  const replaced = context.consensusCodings.filter(
    (c) => disagreement.codeIds.includes(c.codeId) && c.start < disagreement.end && disagreement.start < c.end,
  );
  const changes: RowChange[] = [
    ...(context.consensusStored ? [] : [{ table: 'coders' as const, key: context.consensus.id, before: null, after: context.consensus }]),
    ...replaced.map((c) => ({ table: 'codings' as const, key: c.id, before: c, after: null })),
    ...context.consensusMemos
      .filter((m) => m.targetType === 'coding' && replaced.some((c) => c.id === m.targetId))
      .map((m) => ({ table: 'memos' as const, key: m.id, before: m, after: null })),
    ...created.map((c) => ({ table: 'codings' as const, key: c.id, before: null, after: c })),
  ];
  const words = decisionWords(decision, context.coderName);
  return {
    change: { label: `Disagreement settled: ${words}`, changes, docIds: [disagreement.docId], codeIds: disagreement.codeIds, adjudication: { disagreementId: disagreement.id, words } },
    created,
  };
}

/** The decision as History and the adjudication list say it. */
export function decisionWords(decision: AdjudicationDecision, coderName: (coderId: string) => string): string {
  switch (decision.take) {
    case 'coder':
      return `${coderName(decision.coderId)}’s coding kept`;
    case 'both':
      return 'every coder’s coding kept';
    case 'neither':
      return 'no coding kept';
    case 'edited':
      return `edited passage ${decision.start}–${decision.end} kept`;
  }
}

/**
 * Takes into the consensus coder every passage all the coders compared coded alike (the codings made
 * by `consensusFromAgreed`), except those it holds already: adopting twice adds nothing.
 */
export function adoptAgreedChange(agreed: readonly CodingRecord[], context: Pick<SettleContext, 'consensus' | 'consensusStored' | 'consensusCodings'>): Change {
  const held = new Set(context.consensusCodings.map(samePlace));
  const fresh = agreed.filter((c) => !held.has(samePlace(c)));
  const changes: RowChange[] = [
    ...(context.consensusStored || fresh.length === 0 ? [] : [{ table: 'coders' as const, key: context.consensus.id, before: null, after: context.consensus }]),
    ...fresh.map((c) => ({ table: 'codings' as const, key: c.id, before: null, after: c })),
  ];
  return { label: `Agreed codings taken into ${context.consensus.name} (${fresh.length})`, changes };
}

const samePlace = (c: CodingRecord) => `${c.docId}\n${c.codeId}\n${c.start}\n${c.end}`;
