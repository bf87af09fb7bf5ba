// A saved Retrieve query as the project stores it: a name the researcher gave, the query, and when it
// was saved. Read back through parseRetrieveQuery (savedQuery.ts), which fills what an older version
// left out.
import type { RetrieveQuery } from './retrieveQuery';

export interface SavedQueryRecord {
  id: string;
  /** Unique in the project (case ignored), trimmed. */
  name: string;
  query: RetrieveQuery;
  createdAt: string;
  updatedAt: string;
}
