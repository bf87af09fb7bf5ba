// What the researcher is told when a write to the project fails: which action, why in plain words,
// and that nothing was changed (each write is one transaction, which either happens whole or not at
// all). The cause stays on the console for a bug report.

/** "Could not save the coding: <reason>. Nothing was changed." */
export function couldNotSave(action: string, error: unknown): string {
  return `Could not ${action}: ${failureReason(error)}. Nothing was changed.`;
}

/** Why a write failed, in words a researcher can act on, from IndexedDB's, Dexie's or our own error. */
export function failureReason(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return 'there is no room left to store the project (the disk, or the space the system gives Framewise, is full)';
  if (name === 'DatabaseClosedError') return 'the project’s storage was closed, perhaps by another Framewise window; reload the window and try again';
  if (name === 'ChangeConflictError') {
    const reason = (error as { reason?: string }).reason;
    if (reason === 'target-gone') return 'the code, document or coding it belongs to no longer exists (deleted in another window?)';
    if (reason === 'has-dependents') return 'other codings or memos now depend on what it would remove (added in another window?)';
    return 'it was changed elsewhere in the meantime (in another window?)';
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim().replace(/[.\s]+$/u, '') || 'an unknown error';
}

/** IndexedDB's "no room" (a full disk, or the browser's share of it), however Dexie wraps it. */
export function isQuotaExceeded(error: unknown): boolean {
  return errorName(error) === 'QuotaExceededError';
}

function errorName(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  // Dexie wraps IndexedDB's DOMException; either may carry the telling name.
  if (name === 'QuotaExceededError' || name === 'DatabaseClosedError' || name === 'ChangeConflictError') return name;
  return errorName(inner) ?? (typeof name === 'string' ? name : undefined);
}
