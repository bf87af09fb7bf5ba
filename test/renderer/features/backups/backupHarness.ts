// The backup service under Node: main's own DataFolders in a temporary data folder behind the
// window's BackupFiles interface, the worker's functions run in this thread, a clock the test moves.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolders, type AtomicWrite } from '../../../../electron/files/dataFolders';
import { receiveOriginal } from '../../../../electron/originals/libraryOriginals';
import { RegistryDatabase } from '../../../../renderer/db/registry';
import type { BackupFiles } from '../../../../renderer/features/backups/backupFiles';
import { inThreadRunner } from '../../../../renderer/features/backups/backupRunner';
import { BackupService } from '../../../../renderer/features/backups/backupService';
import type { TransferEnvironment } from '../../../../renderer/features/backups/projectTransfer';

export function folderFiles(folders: DataFolders): BackupFiles {
  const folder = (projectId: string) => ({ area: 'backups' as const, subfolders: [projectId] });
  return {
    projects: () => folders.listFolders({ area: 'backups', subfolders: [] }),
    list: (projectId) => folders.list(folder(projectId)),
    read: async (projectId, name) => {
      const file = await folders.read({ folder: folder(projectId), name, as: 'bytes' });
      return file.as === 'bytes' ? new Uint8Array(file.bytes) : new TextEncoder().encode(file.text);
    },
    readText: async (projectId, name) => {
      const file = await folders.read({ folder: folder(projectId), name, as: 'text' });
      return file.as === 'text' ? file.text : '';
    },
    write: (projectId, name, content) => folders.write({ folder: folder(projectId), name, content }),
    remove: (projectId, name) => folders.remove({ folder: folder(projectId), name }),
  };
}

export interface Harness {
  dataPath: string;
  registry: RegistryDatabase;
  files: BackupFiles;
  service: BackupService;
  transfer: TransferEnvironment;
  clock: { now: Date; advance(minutes: number): void };
  dispose(): Promise<void>;
}

export async function backupHarness(options: { writeAtomic?: AtomicWrite; files?: (files: BackupFiles) => BackupFiles } = {}): Promise<Harness> {
  const dataPath = await mkdtemp(join(tmpdir(), 'fw-backups-'));
  const registry = new RegistryDatabase(undefined, `framewise-registry-${crypto.randomUUID()}`);
  await registry.open();
  const plain = folderFiles(new DataFolders(dataPath, options.writeAtomic));
  const files = options.files ? options.files(plain) : plain;
  const clock = {
    now: new Date('2026-03-05T09:00:00.000Z'),
    advance(minutes: number) {
      this.now = new Date(this.now.getTime() + minutes * 60_000);
    },
  };
  const service = new BackupService({ runner: inThreadRunner, files, registry, now: () => clock.now, appVersion: async () => 'test', utcOffsetMinutes: () => 0 });
  const transfer: TransferEnvironment = { runner: inThreadRunner, registry, receiveOriginal: (name, bytes) => receiveOriginal(join(dataPath, 'library'), name, bytes) };
  return {
    dataPath,
    registry,
    files,
    service,
    transfer,
    clock,
    dispose: async () => {
      await registry.delete();
      await rm(dataPath, { recursive: true, force: true });
    },
  };
}
