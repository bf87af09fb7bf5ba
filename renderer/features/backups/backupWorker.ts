// The backup worker: backupWork.ts's functions behind Comlink. The bytes of a file cross between the
// worker and the window transferred, not copied (a 30 MB backup is moved, not duplicated); the
// window's `readOriginal` (an IPC call to main, which the worker cannot make) comes as a proxy.
import * as Comlink from 'comlink';
import { checkFile, forgetParsed, loadParsed, parseFile, writeSnapshot, type SnapshotRequest } from './backupWork';

const api = {
  async writeSnapshot(request: SnapshotRequest, readOriginal?: (storedName: string) => Promise<Uint8Array>) {
    const snapshot = await writeSnapshot(request, readOriginal);
    return Comlink.transfer(snapshot, [snapshot.bytes.buffer]);
  },
  checkFile: (bytes: Uint8Array) => checkFile(bytes),
  async parseFile(bytes: Uint8Array) {
    const result = await parseFile(bytes);
    return result.ok ? Comlink.transfer(result, [...result.originals.values()].map((original) => original.buffer)) : result;
  },
  loadParsed,
  forgetParsed,
};

export type BackupWorkerApi = typeof api;

Comlink.expose(api);
