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

/** New UUIDs, and the time now for every row of one change. */
export function liveMinting(): Minting {
  return { newId, now: nowIso() };
}
