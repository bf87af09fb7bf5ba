// Where the heavy half of backups runs: in the backup worker in the app (Comlink), in the caller's
// thread in tests (fake IndexedDB has no workers). The service (backupService.ts) sees one interface.
import * as Comlink from 'comlink';
import * as work from './backupWork';
import type { BackupWorkerApi } from './backupWorker';

export interface BackupRunner {
  writeSnapshot(request: work.SnapshotRequest, readOriginal?: (storedName: string) => Promise<Uint8Array>): Promise<work.Snapshot>;
  checkFile(bytes: Uint8Array): Promise<work.CheckedFile>;
  parseFile(bytes: Uint8Array): Promise<work.ParsedFile>;
  loadParsed(token: string, projectId: string, replace: boolean): Promise<void>;
  forgetParsed(token: string): Promise<void>;
}

export const inThreadRunner: BackupRunner = {
  writeSnapshot: (request, readOriginal) => work.writeSnapshot(request, readOriginal),
  checkFile: (bytes) => work.checkFile(bytes),
  parseFile: (bytes) => work.parseFile(bytes),
  loadParsed: (token, projectId, replace) => work.loadParsed(token, projectId, replace),
  forgetParsed: async (token) => work.forgetParsed(token),
};

let worker: Comlink.Remote<BackupWorkerApi> | null = null;

/** The backup worker, started on first use and kept for the window's life. */
export function workerRunner(): BackupRunner {
  const remote = () => (worker ??= Comlink.wrap<BackupWorkerApi>(new Worker(new URL('./backupWorker.ts', import.meta.url), { type: 'module', name: 'framewise-backups' })));
  // The window gives its bytes away: they are not used after they are handed over.
  const moved = (bytes: Uint8Array) => Comlink.transfer(bytes, [bytes.buffer]);
  return {
    writeSnapshot: (request, readOriginal) => remote().writeSnapshot(request, readOriginal ? Comlink.proxy(readOriginal) : undefined) as Promise<work.Snapshot>,
    checkFile: (bytes) => remote().checkFile(moved(bytes)),
    parseFile: (bytes) => remote().parseFile(moved(bytes)) as Promise<work.ParsedFile>,
    loadParsed: (token, projectId, replace) => remote().loadParsed(token, projectId, replace),
    forgetParsed: (token) => remote().forgetParsed(token),
  };
}
