// The page of test/bench/backupPhases.probe.ts: starts the probe's worker (a worker, as the app's
// backup worker is) and hands it to the probe as `window.backupPhases`.
import * as Comlink from 'comlink';
import type { BackupPhasesApi } from './backupPhasesWorker';

declare global {
  interface Window {
    backupPhases: Comlink.Remote<BackupPhasesApi>;
  }
}

window.backupPhases = Comlink.wrap<BackupPhasesApi>(new Worker(new URL('./backupPhasesWorker.ts', import.meta.url), { type: 'module', name: 'backup-phases' }));
