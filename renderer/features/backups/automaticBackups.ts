// The backups a project gets without being asked: on opening it (if it changed since its last
// backup) and on the timer while it changes. Both wait until the researcher pauses and no import runs
// (`pause`: inputPause.ts in the app) before the service decides: reading a project of 100,000
// codings, the backup would otherwise hold up the document the researcher opens first, or the
// import's writes. The wait for a pause is bounded (inputPause.ts LONGEST_WAIT_MS): a researcher who
// never stops for two seconds still gets backups. Backups the researcher asks for, and those before
// destructive operations, do not wait (they are the service's `take` and `before`).
import type Dexie from 'dexie';
import type { BackedUpProject, BackupService } from './backupService';

export interface AutomaticBackups {
  /** The timer's tick: a backup once the researcher pauses, if the interval has passed since the last. */
  tick(): void;
  /** The project is closed: no backup waiting for a pause is taken. */
  stop(): void;
}

export function startAutomaticBackups(service: BackupService, db: Dexie, project: () => BackedUpProject, pause: (signal: AbortSignal) => Promise<void>): AutomaticBackups {
  const closed = new AbortController();
  // One wait at a time: a tick while the opening's backup waits adds nothing (that backup decides
  // after it, and a timer's backup right after it would not be due).
  let waiting = false;
  const afterPause = (decide: () => Promise<unknown>) => {
    if (waiting) return;
    waiting = true;
    void pause(closed.signal)
      .then(() => {
        waiting = false;
        return decide();
      })
      // Failures show in the service's status; the project stays usable.
      .catch(() => {});
  };
  afterPause(() => service.onOpen(project(), db));
  return {
    tick: () => afterPause(() => service.onTimer(project(), db)),
    stop: () => closed.abort(),
  };
}
