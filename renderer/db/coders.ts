// Coders of a project. The current coder is a person (kept in the registry); each project keeps a row
// for every coder who has worked in it, so its codings stay attributable when shared.
import type { CoderRecord } from '../../shared/model';
import type { ProjectDatabase } from './projectDatabase';

/**
 * Whose codings a count includes: null for every coder, else one coder only (blind mode), or every
 * coder but some (hidden ones). Screens get it from features/coders (`useCoderFilter`).
 */
export type CoderFilter = { only: string } | { except: readonly string[] } | null;

/** The codings a filter lets through; for counts that must agree with what the screen shows. */
export function codingsOfCoders(db: ProjectDatabase, filter: NonNullable<CoderFilter>) {
  return 'only' in filter ? db.codings.where('coderId').equals(filter.only) : db.codings.where('coderId').noneOf([...filter.except]);
}

export async function ensureCoder(db: ProjectDatabase, coder: CoderRecord): Promise<void> {
  const existing = await db.coders.get(coder.id);
  if (!existing || existing.name !== coder.name || existing.color !== coder.color) await db.coders.put(coder);
}

export function listCoders(db: ProjectDatabase): Promise<CoderRecord[]> {
  return db.coders.toArray();
}
