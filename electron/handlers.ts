// The table of IPC handlers, built from injected services. `main.ts` registers it with Electron's
// ipcMain; the end-to-end harness registers the very same table with its bridge.
import { join } from 'node:path';
import type { Handlers } from './ipc';
import type { Services } from './services';
import { ImportJobs } from './library/importJobs';
import { SUPPORTED_EXTENSIONS } from './extract/formats';
import { saveExport } from './export/saveExport';
import { openTextFile } from './library/openTextFile';
import { showOriginal } from './library/showOriginal';
import { previewTable } from './library/previewTable';

export function libraryPath(dataPath: string): string {
  return join(dataPath, 'library');
}

export function createHandlers(services: Services): Handlers {
  const jobs = new ImportJobs();
  return {
    getAppInfo: () => ({ version: services.appVersion, dataPath: services.dataPath }),
    chooseImportFiles: () =>
      services.dialog.chooseFiles({ title: 'Import documents', extensions: SUPPORTED_EXTENSIONS }),
    chooseImportFolder: () => services.dialog.chooseFolder({ title: 'Import a folder of documents' }),
    previewTable: (path) => previewTable(path, services.extractor),
    importFiles: (request) =>
      jobs.run(request, {
        libraryDir: libraryPath(services.dataPath),
        extractor: services.extractor,
        onProgress: (progress) => services.emit('importProgress', progress),
        onBatch: (batch) => services.emit('importBatch', batch),
      }),
    cancelImport: (jobId) => jobs.cancel(jobId),
    openTextFile: (request) => openTextFile(request, services.dialog),
    showOriginal: (storedName) => showOriginal(libraryPath(services.dataPath), storedName, services.shell),
    saveExport: (request) => saveExport(request, services.dialog),
  };
}
