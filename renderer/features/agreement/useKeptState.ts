// State of the Agreement place that outlives the place: opening a disagreement in Code and coming
// back finds the same choices, the same report and the same disagreement selected. Kept per open
// project database for the window's life (a report is recomputed when asked, never stored).
import { useCallback, useState } from 'react';
import type { ProjectDatabase } from '../../db/projectDatabase';

const kept = new WeakMap<ProjectDatabase, Map<string, unknown>>();

export function useKeptState<T>(db: ProjectDatabase, key: string, initial: T): [T, (value: T | ((previous: T) => T)) => void] {
  let store = kept.get(db);
  if (!store) kept.set(db, (store = new Map()));
  const [value, setValue] = useState<T>(() => (store.has(key) ? (store.get(key) as T) : initial));
  const set = useCallback(
    (next: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const result = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
        kept.get(db)?.set(key, result);
        return result;
      }),
    [db, key],
  );
  return [value, set];
}
