// The window's one backup service and the services it is built from: the backup worker, the backups
// folder through main, the registry (an instance of its own, so that backing up before a schema
// upgrade works before any screen, or ProjectContext's registry, exists).
import { call } from '../../api';
import { RegistryDatabase } from '../../db/registry';
import { ipcBackupFiles } from './backupFiles';
import { workerRunner } from './backupRunner';
import { BackupService } from './backupService';
import type { TransferEnvironment } from './projectTransfer';
import { holdLibrary } from './libraryCleanupGate';

let service: BackupService | null = null;
let registry: RegistryDatabase | null = null;
let version: Promise<string> | null = null;

export function appVersion(): Promise<string> {
  return (version ??= call('getAppInfo').then((info) => info.version));
}

export function backupRegistry(): RegistryDatabase {
  return (registry ??= new RegistryDatabase());
}

export function appBackups(): BackupService {
  return (service ??= new BackupService({ runner: workerRunner(), files: ipcBackupFiles, registry: backupRegistry(), now: () => new Date(), appVersion }));
}

export function appTransfer(): TransferEnvironment {
  return {
    runner: workerRunner(),
    registry: backupRegistry(),
    receiveOriginal: async (storedName, bytes) => (await call('receiveOriginal', { storedName, bytes: bytes as Uint8Array<ArrayBuffer> })).stored,
    holdLibrary,
  };
}

/**
 * Backs a project up at its stored schema version before it is upgraded (ProjectProvider's
 * `beforeUpgrade`); the upgrade does not run when this throws.
 */
export async function backupBeforeUpgrade(projectId: string, from: number, to: number): Promise<void> {
  const entry = await backupRegistry().projects.get(projectId);
  try {
    await appBackups().take({ id: projectId, name: entry?.name ?? 'Project', writtenBy: null }, 'before-schema-upgrade', { atStoredVersion: true });
  } catch (error) {
    throw new Error(`Framewise did not upgrade “${entry?.name ?? projectId}” from schema ${from} to ${to}, because it could not back it up first: ${(error as Error).message}`, { cause: error });
  }
}
