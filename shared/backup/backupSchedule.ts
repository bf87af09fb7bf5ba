// When a backup is due, as pure decisions over the last backup, the project's change mark and a
// clock the caller passes. The app asks on opening a project, on its timer, and before each
// destructive operation; it never has to remember more than the last backup's time and mark.
import type { BackupReason } from './backupReasons';

/**
 * How far the project has changed: the latest operation's `at` in the operations log, and where the
 * app keeps one, a counter raised by every write (imports too, which the log does not record). The
 * counter is preferred: it does not depend on the clock.
 */
export interface ChangeMark {
  changedAt: string | null;
  counter?: number;
}

export interface LastBackup {
  /** ISO 8601. */
  takenAt: string;
  /** The project's mark when the backup was taken. */
  mark: ChangeMark;
  /** Its file name (recorded since rotation keeps it, whatever its time: rotation.ts `takenLast`). */
  file?: string;
}

export interface BackupDecision {
  due: boolean;
  reason: BackupReason;
  /** For logs and tests: why it is or is not due. */
  why: string;
  /** When not due yet but the project has changed: when to ask again (ISO 8601). */
  askAgainAt?: string;
}

export const DEFAULT_INTERVAL_MINUTES = 10;

/** Whether the project changed since the last backup. With no backup yet, it counts as changed. */
export function changedSince(last: LastBackup | null, current: ChangeMark): boolean {
  if (!last) return true;
  if (current.counter !== undefined && last.mark.counter !== undefined) return current.counter !== last.mark.counter;
  // A different time, not a later one: a clock set back must not hide a change.
  return current.changedAt !== last.mark.changedAt;
}

/** On opening a project: a backup if it changed since the last one (or has none). */
export function backupDueOnOpen(last: LastBackup | null, current: ChangeMark): BackupDecision {
  return changedSince(last, current)
    ? { due: true, reason: 'on-open', why: last ? 'the project changed since its last backup' : 'the project has no backup yet' }
    : { due: false, reason: 'on-open', why: 'nothing changed since the last backup' };
}

/**
 * On the timer: at most one backup every `intervalMinutes` (a preference, 10 by default), and only
 * when the project changed since the last one. A change after a quiet hour is backed up at once;
 * changes made soon after a backup wait until the interval has passed (`askAgainAt`).
 */
export function backupDueOnTimer(last: LastBackup | null, current: ChangeMark, now: string, intervalMinutes = DEFAULT_INTERVAL_MINUTES): BackupDecision {
  if (!changedSince(last, current)) return { due: false, reason: 'interval', why: 'nothing changed since the last backup' };
  if (!last) return { due: true, reason: 'interval', why: 'the project has no backup yet' };
  const elapsed = Date.parse(now) - Date.parse(last.takenAt);
  const interval = intervalMinutes * 60_000;
  // A last backup "in the future" means the clock was set back: back up rather than wait for it.
  if (elapsed >= interval || elapsed < 0) return { due: true, reason: 'interval', why: `the project changed and ${intervalMinutes} minutes have passed since the last backup` };
  return { due: false, reason: 'interval', why: 'the last backup is too recent', askAgainAt: new Date(Date.parse(last.takenAt) + interval).toISOString() };
}

/** The operations before which a backup is taken, with what decides whether they destroy anything. */
export type DestructiveOperation =
  | { kind: 'delete-documents'; documents: number }
  /**
   * `codings`: of the code and its subcodes; `memos`: written on the code and its subcodes. A code
   * with neither comes back with Undo and holds no work of its own.
   */
  | { kind: 'delete-code'; codings: number; memos: number }
  | { kind: 'merge-codes' }
  /** `overwrittenValues`: existing values the manifest replaces; filling empty ones destroys nothing. */
  | { kind: 'apply-manifest'; overwrittenValues: number }
  | { kind: 'import-project' }
  | { kind: 'schema-upgrade'; from: number; to: number }
  | { kind: 'replace-project' }
  /** Always backed up: the backup is what the Backups place restores a deleted project from. */
  | { kind: 'delete-project' };

/**
 * Before an operation: a backup whenever it would destroy or overwrite work, even when nothing
 * changed since the last backup. That backup's reason names the operation, which is what a researcher
 * looks for after a mistake, and rotation keeps such backups as a series of their own (rotation.ts),
 * where an earlier backup of the same content could already be rotated away.
 */
export function backupBeforeOperation(operation: DestructiveOperation): BackupDecision {
  switch (operation.kind) {
    case 'delete-documents':
      return decide(operation.documents > 0, 'before-deleting-documents', `${operation.documents} documents are about to be deleted`);
    case 'delete-code':
      return decide(
        operation.codings + operation.memos > 0,
        'before-deleting-a-code',
        operation.codings + operation.memos > 0 ? `a code with ${operation.codings} codings and ${operation.memos} memos is about to be deleted` : 'the code has no codings and no memos',
      );
    case 'merge-codes':
      return decide(true, 'before-merging-codes', 'codes are about to be merged');
    case 'apply-manifest':
      return decide(operation.overwrittenValues > 0, 'before-applying-a-manifest', operation.overwrittenValues > 0 ? `a manifest is about to overwrite ${operation.overwrittenValues} values` : 'the manifest only fills empty values');
    case 'import-project':
      return decide(true, 'before-importing-a-project', 'another project is about to be imported into this one');
    case 'schema-upgrade':
      return decide(operation.to > operation.from, 'before-schema-upgrade', `the project is about to be upgraded from schema ${operation.from} to ${operation.to}`);
    case 'replace-project':
      return decide(true, 'before-replacing-the-project', 'the project is about to be replaced by a file or a backup');
    case 'delete-project':
      return decide(true, 'before-deleting-the-project', 'the project is about to be deleted');
  }
}

function decide(due: boolean, reason: BackupReason, why: string): BackupDecision {
  return { due, reason, why };
}
