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
 * Once a backup is due, the longest it waits for a pause. A researcher who types a memo or codes
 * without ever stopping for PAUSE_MS would otherwise get no automatic backup at all; past this, the
 * backup is taken while they work (it is read and zipped in the backup worker, so the window stays
 * responsive; it is only slower). It still waits for a hold on the project to end (afterPauseWhenFree).
 */
export const LONGEST_WAIT_MS = 60_000;

/**
 * Resolves once `quietMs` have passed with no input, counted from now and restarted by every input,
 * or once `longestMs` have passed whatever the input, and the browser is idle. Never resolves once
 * `signal` aborts (the project was closed).
 */
export function afterInputPause(env: PauseEnvironment, quietMs: number, signal: AbortSignal, longestMs = LONGEST_WAIT_MS): Promise<void> {
  return afterPauseWhenFree(env, quietMs, signal, () => false, longestMs);
}

/**
 * afterInputPause, repeated while `busy()` says the project is held by a long task of the window's own
 * (an import writing its batches, ProjectContext's holds): a backup reads every table in one
 * transaction, and the import's writes would wait for it (an import of 1,000 documents was delayed
 * 0.1-1.7 s by the opening's backup landing inside it). `longestMs` counts from the first wait: once
 * it has passed, input no longer puts the wait off, and the hold is asked about every `quietMs`.
 */
export function afterPauseWhenFree(env: PauseEnvironment, quietMs: number, signal: AbortSignal, busy: () => boolean, longestMs = LONGEST_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    let overdue = false;
    let cancel = () => {};
    let cancelLimit = () => {};
    function stop() {
      cancel();
      cancelLimit();
      for (const type of INPUT_EVENTS) env.input.removeEventListener(type, restart, { capture: true });
      signal.removeEventListener('abort', stop);
    }
    function waitQuiet() {
      cancel();
      cancel = env.after(quietMs, waitIdle);
    }
    function waitIdle() {
      cancel();
      cancel = env.whenIdle(() => {
        if (busy()) {
          waitQuiet();
          return;
        }
        stop();
        resolve();
      });
    }
    function restart() {
      if (!overdue) waitQuiet();
    }
    for (const type of INPUT_EVENTS) env.input.addEventListener(type, restart, { capture: true, passive: true });
    signal.addEventListener('abort', stop);
    // setTimeout takes no Infinity (it would fire at once): an unbounded wait sets no limit.
    if (Number.isFinite(longestMs)) {
      cancelLimit = env.after(longestMs, () => {
        overdue = true;
        waitIdle();
      });
    }
    waitQuiet();
  });
}
