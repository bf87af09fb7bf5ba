// "Once the researcher pauses": a wait that ends after a stretch with no key, pointer, wheel or click
// input in the window, at the browser's next idle moment. Automatic backups wait for it
// (automaticBackups.ts): a backup reads every table of the project, and one started as the project
// opens competes with what the researcher does first (opening a document, reading the counts,
// applying a code: test/bench/RESULTS.md, "the backup taken on opening"). `click` is listened to as
// well as `pointerdown` and `keydown` because assistive technologies may activate a control with a
// click alone.

/** Input that says the researcher is at work. Pointer movement alone is not: reading moves the mouse. */
export const INPUT_EVENTS = ['keydown', 'pointerdown', 'click', 'wheel'] as const;

/** A researcher who opens a project and clicks a document does so within this. */
export const PAUSE_MS = 2_000;

export interface PauseEnvironment {
  /** Where the researcher's input arrives (the window). */
  input: EventTarget;
  /** Runs `run` once `ms` have passed; returns its cancel. */
  after(ms: number, run: () => void): () => void;
  /** Runs `run` at the browser's next idle moment; returns its cancel. */
  whenIdle(run: () => void): () => void;
}

export const windowPauses = (): PauseEnvironment => ({
  input: window,
  after: (ms, run) => {
    const timer = window.setTimeout(run, ms);
    return () => window.clearTimeout(timer);
  },
  // Bounded: a window kept busy by anything but a held project (afterPauseWhenFree) still gets its backup.
  whenIdle: (run) => {
    const handle = window.requestIdleCallback(run, { timeout: PAUSE_MS });
    return () => window.cancelIdleCallback(handle);
  },
});

/**
 * Resolves once `quietMs` have passed with no input, counted from now and restarted by every input,
 * and the browser is idle. Never resolves once `signal` aborts (the project was closed).
 */
export function afterInputPause(env: PauseEnvironment, quietMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    let cancel = () => {};
    const stop = () => {
      cancel();
      for (const type of INPUT_EVENTS) env.input.removeEventListener(type, restart, { capture: true });
      signal.removeEventListener('abort', stop);
    };
    const wait = () => {
      cancel = env.after(quietMs, () => {
        cancel = env.whenIdle(() => {
          stop();
          resolve();
        });
      });
    };
    function restart() {
      cancel();
      wait();
    }
    for (const type of INPUT_EVENTS) env.input.addEventListener(type, restart, { capture: true, passive: true });
    signal.addEventListener('abort', stop);
    wait();
  });
}

/**
 * afterInputPause, repeated while `busy()` says the project is held by a long task of the window's own
 * (an import writing its batches, ProjectContext's holds): a backup reads every table in one
 * transaction, and the import's writes would wait for it (an import of 1,000 documents was delayed
 * 0.1-1.7 s by the opening's backup landing inside it).
 */
export async function afterPauseWhenFree(env: PauseEnvironment, quietMs: number, signal: AbortSignal, busy: () => boolean): Promise<void> {
  do await afterInputPause(env, quietMs, signal);
  while (busy());
}
