// A Comlink worker started on first use and kept for the window's life, or ended on purpose (a
// cancelled corpus search ends its worker: a regular expression cannot be interrupted while it runs).
// `start` must build the Worker itself, with `new Worker(new URL('./x.ts', import.meta.url), …)`
// written out in the caller's module, which is how Vite finds and bundles the worker.
//
// Its own errors are heard: Comlink's calls on a worker that failed (its module did not load, an
// uncaught error stopped it) never settle, and a place would say "computing" for good. On an error the
// worker is ended, so the next question starts another (an uncaught error in a background step ends
// it too: it may hold half-made state), and `failed()` rejects with the reason for the calls waiting.
import * as Comlink from 'comlink';

export interface LazyWorker<T> {
  /** The running worker, started now if none runs. */
  remote(): Comlink.Remote<T>;
  /** Rejects when the running worker reports an error; call after remote(), which may start a new one. */
  failed(): Promise<never>;
  /** Counts the workers started so far: a new number means a fresh worker with nothing loaded. */
  generation(): number;
  /** Ends the running worker, if any; calls still pending on it never settle. */
  end(): void;
}

/** `what` names the worker in the failure's words: "the analysis worker stopped (…)". */
export function lazyWorker<T>(what: string, start: () => Worker): LazyWorker<T> {
  let worker: Worker | null = null;
  let remote: Comlink.Remote<T> | null = null;
  let generation = 0;
  let failed = new Promise<never>(() => {});
  const end = () => {
    worker?.terminate();
    worker = null;
    remote = null;
  };
  const watch = (started: Worker) => {
    failed = new Promise<never>((_resolve, reject) => {
      const onError = (event: Event) => {
        // A module that fails to load gives a plain Event; an uncaught error, an ErrorEvent.
        const reason = (event as Partial<ErrorEvent>).message ?? '';
        reject(new Error(`the ${what} worker stopped (${reason || 'it could not be started'}). Asking again starts a new one.`));
        if (worker === started) end();
      };
      started.addEventListener('error', onError, { once: true });
    });
    // Heard by the calls waiting on it; with none waiting, a failure is no unhandled rejection.
    failed.catch(() => {});
  };
  return {
    remote() {
      if (!remote) {
        worker = start();
        watch(worker);
        remote = Comlink.wrap<T>(worker);
        generation++;
      }
      return remote;
    },
    failed: () => failed,
    generation: () => generation,
    end,
  };
}
