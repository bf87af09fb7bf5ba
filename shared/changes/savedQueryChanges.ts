// Changes to saved Retrieve queries: save under a name (a new one, or over the query of that name),
// and delete. Each is one operation, undone and audited like any other change.
import type { SavedQueryRecord } from '../retrieve/savedQueryRecord';
import type { RetrieveQuery } from '../retrieve/retrieveQuery';
import type { Change, Minting } from './change';

/** The problem with a name for a saved query, or null. A name already used is allowed: it replaces that query. */
export function savedQueryNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Give the query a name.';
  if (trimmed.length > 200) return 'Keep the name under 200 characters.';
  return null;
}

/** Saves `query` as `name`; the saved query of the same name (case ignored), if any, is replaced. */
export function saveQueryChange(name: string, query: RetrieveQuery, existing: readonly SavedQueryRecord[], minting: Minting): Change {
  const trimmed = name.trim();
  const same = existing.find((saved) => saved.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  const stored = { ...query, name: trimmed };
  if (same) {
    const after: SavedQueryRecord = { ...same, name: trimmed, query: stored, updatedAt: minting.now };
    return { label: `Query “${trimmed}” saved again`, changes: [{ table: 'savedQueries', key: same.id, before: same, after }] };
  }
  const created: SavedQueryRecord = { id: minting.newId(), name: trimmed, query: stored, createdAt: minting.now, updatedAt: minting.now };
  return { label: `Query “${trimmed}” saved`, changes: [{ table: 'savedQueries', key: created.id, before: null, after: created }] };
}

export function deleteSavedQueryChange(saved: SavedQueryRecord): Change {
  return { label: `Saved query “${saved.name}” deleted`, changes: [{ table: 'savedQueries', key: saved.id, before: saved, after: null }] };
}
