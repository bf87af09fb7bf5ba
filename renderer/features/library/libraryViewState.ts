// Which documents the researcher is looking at: the search, the attribute filter, the set and the sort.
// One state per project for the whole window, read by the Library's table and by the document list of
// the Code place alike, so that "the right-leaning sources" chosen in one are what the other shows.
// Kept for as long as the window is open.
import { useCallback, useSyncExternalStore } from 'react';
import type { AttributeFilter } from './LibraryFilters';
import type { ColumnId, SortOrder } from './libraryRows';

export interface LibraryViewState {
  sort: SortOrder | null;
  attributeFilter: AttributeFilter | null;
  setId: string | null;
  query: string;
  chosenColumns: ColumnId[] | null;
}

const INITIAL: LibraryViewState = { sort: null, attributeFilter: null, setId: null, query: '', chosenColumns: null };
const views = new Map<string, LibraryViewState>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Change<T> = T | ((current: T) => T);

/** The project's view, and a setter per part (each takes a value or a function of the current one). */
export function useLibraryViewState(projectId: string) {
  const view = useSyncExternalStore(subscribe, () => views.get(projectId) ?? INITIAL);
  const update = useCallback(
    <K extends keyof LibraryViewState>(key: K, change: Change<LibraryViewState[K]>) => {
      const current = views.get(projectId) ?? INITIAL;
      const value = typeof change === 'function' ? (change as (c: LibraryViewState[K]) => LibraryViewState[K])(current[key]) : change;
      if (Object.is(value, current[key])) return;
      views.set(projectId, { ...current, [key]: value });
      for (const listener of listeners) listener();
    },
    [projectId],
  );
  return { view, update };
}
