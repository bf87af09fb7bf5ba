// Document sets: named groups of documents ("right-leaning sources") that filters and comparisons
// use. Every change is built in shared/changes/setChanges.ts and committed through commitChange, so
// sets are undone and audited like codings.
//
// Each edit is built from the set as it is stored, read in the transaction that writes it (as
// editDocuments does): the screen's copy may be older than the row (a document deleted since, a
// document added a moment ago, another window), and building from it would write that copy back,
// reviving a deleted member or undoing a recent edit, and log a wrong `before`. For the same reason a
// set never gains a member that is not a stored document: one would make every backup fail its
// read-back check (readProjectFile refuses dangling references). Undo and redo are kept from writing
// such a member by changeConflicts.ts.
import type { DocumentSetRecord } from '../../shared/model';
import { compareSetNames } from '../../shared/library/documentFilter';
import type { Change } from '../../shared/changes/change';
import { addToSetChange, createSetChange, deleteSetChange, removeFromSetChange, renameSetChange } from '../../shared/changes/setChanges';
import type { ProjectDatabase } from './projectDatabase';
import { commitChange } from './changes';
import { liveMinting } from './ids';
import { listSavedQueries } from './savedQueries';
import { isBlankName, nameKey, storedName } from '../../shared/attributes/nameForms';

/** The project's sets in the order a researcher reads them (compareSetNames), not by code point. */
export async function listDocumentSets(db: ProjectDatabase): Promise<DocumentSetRecord[]> {
  return (await db.documentSets.toArray()).sort(compareSetNames);
}

/** Checks a set's name against the others; returns the problem, or null when the name is usable. */
export function setNameProblem(name: string, sets: readonly DocumentSetRecord[], except?: string): string | null {
  const trimmed = storedName(name);
  if (isBlankName(trimmed)) return 'Give the set a name.';
  if (trimmed.length > 200) return 'Keep the name under 200 characters.';
  const key = nameKey(trimmed);
  if (sets.some((s) => s.id !== except && nameKey(s.name) === key)) return `There is already a set called “${trimmed}”.`;
  return null;
}

/**
 * Creates a set of the given documents that are in the project (one deleted meanwhile is left out).
 * Returns the change, not committed when it writes nothing.
 */
export function createSet(db: ProjectDatabase, name: string, docIds: readonly string[], coderId: string): Promise<Change> {
  return db.transaction('rw', [db.documents, db.documentSets, db.operations], async () => {
    const change = createSetChange(storedName(name), await storedDocumentIds(db, docIds), liveMinting());
    await commitChange(db, change, { coderId });
    return change;
  });
}

/**
 * Adds those of the documents that are in the project to the set as it is stored. `set` is the
 * screen's copy: only its id is used. Returns null when the set was deleted meanwhile, else the
 * change (with no rows, and not committed, when nothing is new).
 */
export function addToSet(db: ProjectDatabase, set: Pick<DocumentSetRecord, 'id'>, docIds: readonly string[], coderId: string): Promise<Change | null> {
  return editStoredSet(db, set.id, coderId, async (stored) => addToSetChange(stored, await storedDocumentIds(db, docIds)));
}

export function removeFromSet(db: ProjectDatabase, set: Pick<DocumentSetRecord, 'id'>, docIds: readonly string[], coderId: string): Promise<Change | null> {
  return editStoredSet(db, set.id, coderId, (stored) => removeFromSetChange(stored, docIds));
}

export function renameSet(db: ProjectDatabase, set: Pick<DocumentSetRecord, 'id'>, name: string, coderId: string): Promise<Change | null> {
  return editStoredSet(db, set.id, coderId, (stored) => renameSetChange(stored, storedName(name)));
}

export function deleteSet(db: ProjectDatabase, set: Pick<DocumentSetRecord, 'id'>, coderId: string): Promise<Change | null> {
  return editStoredSet(db, set.id, coderId, (stored) => deleteSetChange(stored));
}

/** Builds a change from the stored set and commits it, in one transaction; null when the set is gone. */
function editStoredSet(
  db: ProjectDatabase,
  setId: string,
  coderId: string,
  build: (stored: DocumentSetRecord) => Change | Promise<Change>,
): Promise<Change | null> {
  return db.transaction('rw', [db.documents, db.documentSets, db.operations], async () => {
    const stored = await db.documentSets.get(setId);
    if (!stored) return null;
    const change = await build(stored);
    if (change.changes.length) await commitChange(db, change, { coderId });
    return change;
  });
}

/** Those of the ids that are documents of the project, in the order given. */
async function storedDocumentIds(db: ProjectDatabase, docIds: readonly string[]): Promise<string[]> {
  // Keys only: at every project's opening (dropMissingSetMembers), not every member's whole row.
  const stored = new Set(await db.documents.where(':id').anyOf([...docIds]).primaryKeys());
  return docIds.filter((id) => stored.has(id));
}

/**
 * Takes out of every set the members that are no longer documents, each set's repair one irreversible
 * step in its history. Only projects written before sets were kept from listing a deleted document
 * hold any: such a member made every backup fail its read-back check (and with it every operation
 * that needs a backup first), so it is dropped when the project opens. Returns the members dropped.
 */
export async function dropMissingSetMembers(db: ProjectDatabase, coderId: string): Promise<number> {
  return db.transaction('rw', [db.documents, db.documentSets, db.operations], async () => {
    const sets = await db.documentSets.toArray();
    const members = [...new Set(sets.flatMap((set) => set.docIds))];
    if (members.length === 0) return 0;
    const present = new Set(await storedDocumentIds(db, members));
    let dropped = 0;
    for (const set of sets) {
      const missing = set.docIds.filter((id) => !present.has(id));
      if (missing.length === 0) continue;
      const change = removeFromSetChange(set, missing);
      await commitChange(db, { ...change, label: `${change.label}: deleted documents the set still listed` }, { coderId, kind: 'irreversible' });
      dropped += missing.length;
    }
    return dropped;
  });
}

/** The names of the saved queries whose document filter names the set, which deleting it would leave with no document from it. */
export async function savedQueriesFilteringBy(db: ProjectDatabase, setId: string): Promise<string[]> {
  const { queries } = await listSavedQueries(db);
  return queries.filter((saved) => saved.query.documents.setIds.includes(setId)).map((saved) => saved.name);
}
