// The table of IPC handlers, built from injected services. `main.ts` registers it with Electron's
// ipcMain; the end-to-end harness registers the very same table with its bridge.
import { join } from 'node:path';
import type { Handlers } from './ipc';
import type { Services } from './services';
import { ImportJobs } from './library/importJobs';
import { SUPPORTED_EXTENSIONS } from './extract/formats';
import { saveExport } from './export/saveExport';

export function libraryPath(dataPath: string): string {
  return join(dataPath, 'library');
}

export function createHandlers(services: Services): Handlers {
  const jobs = new ImportJobs();
  return {
    getAppInfo: () => ({ version: services.appVersion, dataPath: services.dataPath }),
    chooseImportFiles: () =>
      services.dialog.chooseFiles({ title: 'Import documents', extensions: SUPPORTED_EXTENSIONS }),
    importFiles: (request) =>
      jobs.run(request, {
        libraryDir: libraryPath(services.dataPath),
        extractor: services.extractor,
        onProgress: (progress) => services.emit('importProgress', progress),
      }),
    cancelImport: (jobId) => jobs.cancel(jobId),
    saveExport: (request) => saveExport(request, services.dialog),
  };
}
