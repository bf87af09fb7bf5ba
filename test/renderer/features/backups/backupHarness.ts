// The backup service under Node: main's own DataFolders in a temporary data folder behind the
// window's BackupFiles interface, the worker's functions run in this thread, a clock the test moves.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolders, type AtomicWrite } from '../../../../electron/files/dataFolders';
import { receiveOriginal } from '../../../../electron/originals/libraryOriginals';
import Dexie from 'dexie';
import { loadProject } from '../../../../renderer/db/loadProject';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { RegistryDatabase } from '../../../../renderer/db/registry';
import { everyKindOfRow, PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
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

/** The harness beside a project holding every kind of row (the fixture): what most backup tests start from. */
export interface ProjectUnderBackup {
  h: Harness;
  db: ProjectDatabase;
}

export async function projectWithEveryKindOfRow(): Promise<ProjectUnderBackup> {
  const h = await backupHarness();
  const db = new ProjectDatabase(PROJECT_ID);
  await db.open();
  await loadProject(db, everyKindOfRow().tables, { replace: false });
  return { h, db };
}

/** Closes the project, deletes every project database the test made, and the harness's folders. */
export async function disposeProject({ h, db }: ProjectUnderBackup): Promise<void> {
  db.close();
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
}
