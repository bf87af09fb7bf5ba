// A request for Retrieve from another place: a cell of Compare asks Retrieve to show that cell's
// passages, a row asks for its passages side by side by the table's groups. Kept outside React's tree
// so the places need no common parent: Retrieve takes the request when it shows, and clears it.
import { useSyncExternalStore } from 'react';
import type { Grouping } from '../../../shared/analysis/grouping';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';

export interface RetrieveRequest {
  query: RetrieveQuery;
  grouping: Grouping;
  /** Counts requests, so two equal requests in a row are both taken. */
  serial: number;
}

let current: RetrieveRequest | null = null;
let serial = 0;
const listeners = new Set<() => void>();

export function requestRetrieve(query: RetrieveQuery, grouping: Grouping): void {
  current = { query, grouping, serial: ++serial };
  for (const listener of listeners) listener();
}

export function useRetrieveRequest(): RetrieveRequest | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
