// The library's cleanup at start and anything that stores originals never overlap in this window:
// the cleanup lists the originals the projects refer to, then main deletes the rest, so an original
// stored by an import, an opened project file or a REFI-QDA project whose rows are not yet written
// (or whose project is not yet in the registry) would be deleted with them. Such work holds the
// library from before it stores its first original until its last row is written: a cleanup waits
// for the holds (BackupsContext), and a hold waits for a cleanup already running. Main makes its
// imports wait for a running cleanup too (electron/handlers.ts).
let running: Promise<void> = Promise.resolve();
let finish: () => void = () => {};
let cleaning = false;
let holds = 0;

/** Starts the cleanup, unless some work holds the library (then the cleanup waits for the next start). */
export function startLibraryCleanup(): boolean {
  if (holds > 0) return false;
  cleaning = true;
  running = new Promise((resolve) => (finish = resolve));
  return true;
}

export function finishLibraryCleanup(): void {
  cleaning = false;
  finish();
}

/** Whether work that stores originals is under way (the cleanup waits while it is). */
export function libraryHeld(): boolean {
  return holds > 0;
}

/**
 * Holds the library against the cleanup until the returned release is called (once the work's last
 * row is written, or it failed), waiting first for a cleanup already running.
 */
export async function holdLibrary(): Promise<() => void> {
  // Checked and counted in one turn: a cleanup cannot start between the two.
  while (cleaning) await running;
  holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds--;
  };
}
