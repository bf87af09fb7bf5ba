// Document sets: named groups of documents ("right-leaning sources") that filters and comparisons
// use. Every change is built in shared/changes/setChanges.ts and committed through commitChange, so
// sets are undone and audited like codings.
import type { DocumentSetRecord } from '../../shared/model';
import type { ProjectDatabase } from './projectDatabase';

export function listDocumentSets(db: ProjectDatabase): Promise<DocumentSetRecord[]> {
  return db.documentSets.orderBy('name').toArray();
}

/** Checks a set's name against the others; returns the problem, or null when the name is usable. */
export function setNameProblem(name: string, sets: readonly DocumentSetRecord[], except?: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Give the set a name.';
  if (trimmed.length > 200) return 'Keep the name under 200 characters.';
  if (sets.some((s) => s.id !== except && s.name.toLowerCase() === trimmed.toLowerCase())) return `There is already a set called “${trimmed}”.`;
  return null;
}
