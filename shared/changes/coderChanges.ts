// A project keeps a row for every coder who has worked in it (the current coder is the registry's),
// so that its codings stay attributable when the project is shared or merged.
import type { CoderRecord } from '../model';
import type { Change } from './change';

/** The change that records the coder as they are now in the project; null when the row already says so. */
export function recordCoderChange(stored: CoderRecord | undefined, coder: CoderRecord): Change | null {
  if (stored && stored.name === coder.name && stored.color === coder.color) return null;
  return { label: `Coder “${coder.name}” recorded`, changes: [{ table: 'coders', key: coder.id, before: stored ?? null, after: coder }] };
}
