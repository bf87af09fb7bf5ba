// Where this window mints ids and reads the clock for the rows it creates. Change builders are pure
// (shared/changes) and take both as a `Minting`; this is the one the window passes them.
import type { Minting } from '../../shared/changes/change';

/** A new UUID key (see shared/model.ts for why keys are never auto-incremented). */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

let lastStampAt = 0;

/**
 * Now, in the order this window made things: a millisecond after the previous stamp when the clock
 * has not moved on since. The log is read newest first by time (history, recent codes) and rows are
 * listed by when they were made (two coders' memos on one target); two within one millisecond would
 * otherwise tie, and fall into the order of their random ids.
 */
export function orderedNowIso(): string {
  lastStampAt = Math.max(Date.now(), lastStampAt + 1);
  return new Date(lastStampAt).toISOString();
}

/** New UUIDs, and one time for every row of one change. */
export function liveMinting(): Minting {
  return { newId, now: orderedNowIso() };
}
