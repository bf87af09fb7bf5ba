// A Comlink worker started on first use and kept for the window's life, or ended on purpose (a
// cancelled corpus search ends its worker: a regular expression cannot be interrupted while it runs).
// `start` must build the Worker itself, with `new Worker(new URL('./x.ts', import.meta.url), …)`
// written out in the caller's module, which is how Vite finds and bundles the worker.
import * as Comlink from 'comlink';

export interface LazyWorker<T> {
  /** The running worker, started now if none runs. */
  remote(): Comlink.Remote<T>;
  /** Counts the workers started so far: a new number means a fresh worker with nothing loaded. */
  generation(): number;
  /** Ends the running worker, if any; calls still pending on it never settle. */
  end(): void;
}

export function lazyWorker<T>(start: () => Worker): LazyWorker<T> {
  let worker: Worker | null = null;
  let remote: Comlink.Remote<T> | null = null;
  let generation = 0;
  return {
    remote() {
      if (!remote) {
        worker = start();
        remote = Comlink.wrap<T>(worker);
        generation++;
      }
      return remote;
    },
    generation: () => generation,
    end() {
      worker?.terminate();
      worker = null;
      remote = null;
    },
  };
}
