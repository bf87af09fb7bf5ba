// Adjudication progress read from the operations log, where every decision is an operation
// (Change.adjudication): no table or setting of its own, so it travels with the project (project
// files and backups carry the log) and agrees with undo and redo by construction. An undo or redo
// names the operation it reverses; following those links back to the decision tells whether the
// decision stands. Settling a disagreement again replaces the earlier decision; undoing the later one
// brings the earlier one back (its consensus codings return with it).
import type { Adjudication } from '../changes/change';

/** What of a logged operation the progress needs (renderer/db/operationRecord.ts has the whole row). */
export interface LoggedStep {
  id: string;
  at: string;
  kind: 'change' | 'undo' | 'redo' | 'irreversible';
  reverses?: string;
  adjudication?: Adjudication;
}

/** Per disagreement id, the decision that stands (the latest one not undone). */
export function standingDecisions(steps: readonly LoggedStep[]): Map<string, Adjudication> {
  // The steps that reverse each operation: an undo of it, then (after that undo) a redo of it. Read
  // by these links, not by time, so that steps logged within one millisecond still read right.
  const undoOf = new Map<string, LoggedStep>();
  const redoOf = new Map<string, LoggedStep>();
  for (const step of steps) {
    if (step.reverses === undefined) continue;
    const of = step.kind === 'undo' ? undoOf : step.kind === 'redo' ? redoOf : null;
    const earlier = of?.get(step.reverses);
    if (of && (!earlier || earlier.at <= step.at)) of.set(step.reverses, step);
  }
  const stands = (decision: LoggedStep): boolean => {
    for (let current = decision; ; ) {
      if (!undoOf.has(current.id)) return true;
      const redo = redoOf.get(current.id);
      if (!redo) return false;
      current = redo;
    }
  };
  const decisions = steps.filter((step) => step.kind === 'change' && step.adjudication).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const result = new Map<string, Adjudication>();
  for (const decision of decisions) if (stands(decision)) result.set(decision.adjudication!.disagreementId, decision.adjudication!);
  return result;
}
