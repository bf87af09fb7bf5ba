// Coders of a project. The current coder is a person (kept in the registry); each project keeps a row
// for every coder who has worked in it, so its codings stay attributable when shared.
import type { CoderRecord } from '../../shared/model';
import type { ProjectDatabase } from './projectDatabase';

export async function ensureCoder(db: ProjectDatabase, coder: CoderRecord): Promise<void> {
  const existing = await db.coders.get(coder.id);
  if (!existing || existing.name !== coder.name || existing.color !== coder.color) await db.coders.put(coder);
}

export function listCoders(db: ProjectDatabase): Promise<CoderRecord[]> {
  return db.coders.toArray();
}
