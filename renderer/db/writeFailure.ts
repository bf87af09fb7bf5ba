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
  if (name === 'DatabaseClosedError') return 'the project’s storage was closed (was the project deleted or replaced in another Framewise window?); if this window does not open another project by itself, reload it';
  if (name === 'ChangeConflictError') {
    const reason = (error as { reason?: string }).reason;
    if (reason === 'target-gone') return 'the code, document or coding it belongs to no longer exists (deleted in another window?)';
    if (reason === 'has-dependents') return 'other codings or memos now depend on what it would remove (added in another window?)';
    if (reason === 'duplicate') return 'that passage is already coded with that code by that coder (coded since, in another window?)';
    if (reason === 'name-taken') return 'there is another code of that name in the same place in the codebook now (made since, in another window?)';
    return 'it was changed elsewhere in the meantime (in another window?)';
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim().replace(/[.\s]+$/u, '') || 'an unknown error';
}

/** IndexedDB's "no room" (a full disk, or the browser's share of it), however Dexie wraps it. */
export function isQuotaExceeded(error: unknown): boolean {
  return errorName(error) === 'QuotaExceededError';
}

// The names that decide what the researcher is told; any other name is only a fallback.
const TELLING_NAMES = new Set(['QuotaExceededError', 'DatabaseClosedError', 'ChangeConflictError']);

function errorName(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (typeof name === 'string' && TELLING_NAMES.has(name)) return name;
  // Dexie wraps IndexedDB's DOMException in `inner` (an aborted transaction), or lists one per
  // refused row in `failures` (BulkError, ModifyError: a browser that refuses each request when the
  // disk is full): either may carry the telling name.
  const wrapped = [inner, ...(Array.isArray(failures) ? failures : [])].map(errorName);
  return wrapped.find((found) => found !== undefined && TELLING_NAMES.has(found)) ?? wrapped[0] ?? (typeof name === 'string' ? name : undefined);
}
