// A read of much of the project (Retrieve's and Compare's every coding, document and text), kept live
// without running once per write. A live query re-reads on every write it could be concerned by: at
// 100,000 codings each re-read holds the window for seconds, and another window coding as fast as the
// keys go would keep this one busy for good. Here a write heard while a read runs, or within as long
// again after it, is folded into one more read at the end of that pause: a single write is still read
// at once, a stream of them costs the window at most half its time, and the last write is always read.
import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { wroteAnyOf } from '../../db/storageEvents';

// The longest pause after a read: however slow the read, a write is shown within this of its end.
const MAX_PAUSE_MS = 2_000;

export interface CoalescedRead<T> {
  /** The last result read of this database; undefined until a read succeeds. */
  value: T | undefined;
  /** Why the last read failed, until a later one (after the next write) succeeds; null when it did not. */
  failure: unknown;
}

/**
 * The result of `read` of `db`, read again after writes to `tables`. A failed read is returned, not
 * thrown: it is the place's problem, and the window's error screen would take coding down with it.
 * The last result stays beside it; the next write is read again, and a success clears the failure.
 */
export function useCoalescedRead<T>(db: ProjectDatabase, tables: readonly string[], read: () => Promise<T>): CoalescedRead<T> {
  const [state, setState] = useState<{ db: ProjectDatabase; value: T | undefined; failure: unknown } | null>(null);
  const tableList = tables.join();
  useEffect(() => {
    let open = true;
    let busy = false;
    let again = false;
    const run = () => {
      busy = true;
      again = false;
      const started = performance.now();
      read().then(
        (value) => {
          if (open) setState({ db, value, failure: null });
        },
        (error: unknown) => {
          if (open) setState((previous) => ({ db, value: previous?.db === db ? previous.value : undefined, failure: error ?? new Error('The read failed without a reason.') }));
        },
      ).finally(() => {
        setTimeout(() => {
          busy = false;
          if (open && again) run();
        }, Math.min(performance.now() - started, MAX_PAUSE_MS));
      });
    };
    const onStorageMutated = (parts: ObservabilitySet) => {
      if (!db.isOpen() || !wroteAnyOf(db.name, tableList.split(','), parts)) return;
      if (busy) again = true;
      else run();
    };
    Dexie.on.storagemutated.subscribe(onStorageMutated);
    run();
    return () => {
      open = false;
      Dexie.on.storagemutated.unsubscribe(onStorageMutated);
    };
    // `read` is a new function each render; what it reads is fixed by the database and the tables.
  }, [db, tableList]);
  // Another database's result or failure (the project just switched) is none of this one's.
  return state && state.db === db ? { value: state.value, failure: state.failure } : NOTHING_READ;
}

const NOTHING_READ: CoalescedRead<never> = { value: undefined, failure: null };
