// The library's cleanup at start and an import never overlap in this window: between the moment the
// window lists the originals its projects refer to and main's deletion, an import could store an
// original (or reuse one left unused) that the list does not hold yet. An import waits for the
// cleanup to finish (main makes its imports wait too: electron/handlers.ts).
let running: Promise<void> = Promise.resolve();
let finish: () => void = () => {};

export function startLibraryCleanup(): void {
  running = new Promise((resolve) => (finish = resolve));
}

export function finishLibraryCleanup(): void {
  finish();
}

export function libraryCleanupDone(): Promise<void> {
  return running;
}
