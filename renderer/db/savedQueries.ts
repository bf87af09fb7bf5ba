// Saved Retrieve queries: listed by name, each read back through parseRetrieveQuery so that a query
// saved by an older version (or brought in with a project) is complete before anything evaluates it.
import type { SavedQueryRecord } from '../../shared/retrieve/savedQueryRecord';
import { parseRetrieveQuery } from '../../shared/retrieve/savedQuery';
import type { ProjectDatabase } from './projectDatabase';

export interface SavedQueries {
  queries: SavedQueryRecord[];
  /** Saved queries that could not be read, each with the reason. */
  problems: string[];
}

export async function listSavedQueries(db: ProjectDatabase): Promise<SavedQueries> {
  const rows = await db.savedQueries.orderBy('name').toArray();
  const queries: SavedQueryRecord[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const parsed = parseRetrieveQuery(row.query);
    if (parsed.ok) queries.push({ ...row, query: { ...parsed.query, name: row.name } });
    else problems.push(`“${row.name}”: ${parsed.message}`);
  }
  return { queries, problems };
}
