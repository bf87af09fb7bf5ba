// Which disagreements are settled, kept per project in the registry's settings: for each, the
// decision in words and the consensus codings it made. A decision whose codings are all gone again
// (undone) no longer counts as settled; "no coding kept" makes none and stays settled.
import type { AdjudicationDecision } from '../../../shared/agreement/adjudication';

export interface StoredDecision {
  words: string;
  take: AdjudicationDecision['take'];
  codingIds: string[];
}

export type StoredDecisions = Record<string, StoredDecision>;

export const decisionsSetting = (projectId: string) => `agreementDecisions:${projectId}`;

export function parseDecisions(stored: unknown): StoredDecisions {
  if (!stored || typeof stored !== 'object') return {};
  const result: StoredDecisions = {};
  for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
    const v = value as Partial<StoredDecision> | null;
    if (v && typeof v.words === 'string' && typeof v.take === 'string' && Array.isArray(v.codingIds)) result[id] = { words: v.words, take: v.take, codingIds: v.codingIds.filter((x): x is string => typeof x === 'string') };
  }
  return result;
}

export function isSettled(decision: StoredDecision | undefined, existing: ReadonlySet<string>): boolean {
  if (!decision) return false;
  return decision.codingIds.length === 0 || decision.codingIds.some((id) => existing.has(id));
}
