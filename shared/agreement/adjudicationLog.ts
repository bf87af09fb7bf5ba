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
  const ordered = [...steps].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const decisionOf = new Map<string, string>();
  const stands = new Map<string, boolean>();
  const decisions: Array<{ id: string; adjudication: Adjudication }> = [];
  for (const step of ordered) {
    if (step.kind === 'change' && step.adjudication) {
      decisionOf.set(step.id, step.id);
      stands.set(step.id, true);
      decisions.push({ id: step.id, adjudication: step.adjudication });
    } else if (step.reverses !== undefined && decisionOf.has(step.reverses)) {
      const decision = decisionOf.get(step.reverses)!;
      decisionOf.set(step.id, decision);
      stands.set(decision, step.kind === 'redo');
    }
  }
  const result = new Map<string, Adjudication>();
  for (const { id, adjudication } of decisions) if (stands.get(id)) result.set(adjudication.disagreementId, adjudication);
  return result;
}
