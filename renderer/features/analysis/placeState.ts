// State of a place that outlives its view: a researcher who leaves Retrieve to read a passage in Code
// comes back to the same query, and Compare to the same table. Kept outside React's tree so the places
// need no common parent and another place can set it (a cell of Compare opens its passages in
// Retrieve). Per project: another project starts from the initial state.
import { useCallback, useSyncExternalStore } from 'react';

export interface PlaceState<T> {
  /** The state and a setter, for the project `projectKey`. */
  use(projectKey: string): [T, (next: T) => void];
  set(projectKey: string, next: T): void;
}

export function placeState<T>(initial: T): PlaceState<T> {
  let key = '';
  let value = initial;
  const listeners = new Set<() => void>();
  const set = (projectKey: string, next: T) => {
    key = projectKey;
    value = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    set,
    use(projectKey) {
      const current = useSyncExternalStore(subscribe, () => (key === projectKey ? value : initial));
      const update = useCallback((next: T) => set(projectKey, next), [projectKey]);
      return [current, update];
    },
  };
}
