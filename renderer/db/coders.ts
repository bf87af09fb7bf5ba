// Coders of a project. The current coder is a person (kept in the registry); each project keeps a row
// for every coder who has worked in it, so its codings stay attributable when shared.
import type { CoderRecord } from '../../shared/model';
import { recordCoderChange } from '../../shared/changes/coderChanges';
import type { ProjectDatabase } from './projectDatabase';
import { commitChange } from './changes';

/**
 * Whose codings a count includes: null for every coder, else one coder only (blind mode), or every
 * coder but some (hidden ones). Screens get it from features/coders (`useCoderFilter`).
 */
export type CoderFilter = { only: string } | { except: readonly string[] } | null;

/**
 * Whether a coder's codings pass a filter: the one definition every count by coder follows
 * (codingCounts.ts), so that counts agree with what the screens show. A coder is judged by what the
 * filter hides, never by the coders table: one the table does not list still counts unless hidden.
 */
export function passesCoderFilter(filter: CoderFilter, coderId: string): boolean {
  if (!filter) return true;
  return 'only' in filter ? coderId === filter.only : !filter.except.includes(coderId);
}

/**
 * Records the current coder in the project (not logged: it is who works, not a change to the work),
 * read and written in one transaction, so that two windows opening the project at once agree.
 */
export async function ensureCoder(db: ProjectDatabase, coder: CoderRecord): Promise<void> {
  await db.transaction('rw', db.coders, async () => {
    const change = recordCoderChange(await db.coders.get(coder.id), coder);
    if (change) await commitChange(db, change, { log: false });
  });
}

export function listCoders(db: ProjectDatabase): Promise<CoderRecord[]> {
  return db.coders.toArray();
}
