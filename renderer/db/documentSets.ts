// Document sets: named groups of documents ("right-leaning sources") that filters and comparisons
// use. Every change goes through commitChange, so sets are undone and audited like codings.
import type { DocumentSetRecord } from '../../shared/model';
import type { ProjectDatabase } from './projectDatabase';
import type { Change } from './changes';
import { newId, nowIso } from './ids';

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

export function createSetChange(name: string, docIds: readonly string[]): Change {
  const set: DocumentSetRecord = { id: newId(), name: name.trim(), docIds: [...new Set(docIds)], createdAt: nowIso() };
  return { label: `Set “${set.name}” created`, changes: [{ table: 'documentSets', key: set.id, before: null, after: set }] };
}

/** Adds documents to a set (those already in it stay once); an empty change when nothing is new. */
export function addToSetChange(set: DocumentSetRecord, docIds: readonly string[]): Change {
  const added = docIds.filter((id) => !set.docIds.includes(id));
  const after = { ...set, docIds: [...set.docIds, ...new Set(added)] };
  return { label: `${countOf(new Set(added).size)} added to “${set.name}”`, changes: added.length ? [{ table: 'documentSets', key: set.id, before: set, after }] : [] };
}

export function removeFromSetChange(set: DocumentSetRecord, docIds: readonly string[]): Change {
  const removing = new Set(docIds);
  const after = { ...set, docIds: set.docIds.filter((id) => !removing.has(id)) };
  const removed = set.docIds.length - after.docIds.length;
  return { label: `${countOf(removed)} removed from “${set.name}”`, changes: removed ? [{ table: 'documentSets', key: set.id, before: set, after }] : [] };
}

export function renameSetChange(set: DocumentSetRecord, name: string): Change {
  return { label: `Set “${set.name}” renamed to “${name.trim()}”`, changes: [{ table: 'documentSets', key: set.id, before: set, after: { ...set, name: name.trim() } }] };
}

/** Deletes the set only: its documents stay in the project. */
export function deleteSetChange(set: DocumentSetRecord): Change {
  return { label: `Set “${set.name}” deleted`, changes: [{ table: 'documentSets', key: set.id, before: set, after: null }] };
}

function countOf(n: number): string {
  return `${n} ${n === 1 ? 'document' : 'documents'}`;
}
