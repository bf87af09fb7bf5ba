// The backups folder, `<userData>/backups/<project id>/`, through main's data-folder door
// (shared/ipc.ts writeDataFile and its siblings): written whole or not at all, never outside it.
// An interface, so the service's tests run over main's own DataFolders in a temporary folder.
import type { DataFileInfo, DataFolder, WrittenDataFile } from '../../../shared/ipc';
import { call } from '../../api';

export interface BackupFiles {
  /** The project ids that have a backups folder. */
  projects(): Promise<string[]>;
  list(projectId: string): Promise<DataFileInfo[]>;
  read(projectId: string, name: string): Promise<Uint8Array>;
  readText(projectId: string, name: string): Promise<string>;
  /** Written whole or not at all; main reads it back and says its SHA-256. */
  write(projectId: string, name: string, content: Uint8Array<ArrayBuffer> | string): Promise<WrittenDataFile>;
  remove(projectId: string, name: string): Promise<boolean>;
}

const folder = (projectId: string): DataFolder => ({ area: 'backups', subfolders: [projectId] });

export const ipcBackupFiles: BackupFiles = {
  projects: () => call('listDataFolders', { area: 'backups', subfolders: [] }),
  list: (projectId) => call('listDataFiles', folder(projectId)),
  read: async (projectId, name) => {
    const file = await call('readDataFile', { folder: folder(projectId), name, as: 'bytes' });
    if (file.as !== 'bytes') throw new Error(`“${name}” came back as text, not bytes.`);
    return file.bytes;
  },
  readText: async (projectId, name) => {
    const file = await call('readDataFile', { folder: folder(projectId), name, as: 'text' });
    if (file.as !== 'text') throw new Error(`“${name}” came back as bytes, not text.`);
    return file.text;
  },
  write: (projectId, name, content) => call('writeDataFile', { folder: folder(projectId), name, content }),
  remove: (projectId, name) => call('deleteDataFile', { folder: folder(projectId), name }),
};
