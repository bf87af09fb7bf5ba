// Changes to document sets: named groups of documents ("right-leaning sources") that filters and
// comparisons use. Each is one operation, undone and audited like a coding.
import type { DocumentSetRecord } from '../model';
import type { Change, Minting } from './change';

/** A new set; it takes its id and creation time from `minting`. */
export function createSetChange(name: string, docIds: readonly string[], minting: Minting): Change {
  const set: DocumentSetRecord = { id: minting.newId(), name: name.trim(), docIds: [...new Set(docIds)], createdAt: minting.now };
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
