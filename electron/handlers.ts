// The table of IPC handlers, built from injected services. `main.ts` registers it with Electron's
// ipcMain; the end-to-end harness registers the very same table with its bridge.
import { join } from 'node:path';
import type { Handlers } from './ipc';
import type { ImportReport, ImportRequest } from '../shared/ipc';
import type { Services } from './services';
import { ImportJobs } from './library/importJobs';
import { SUPPORTED_EXTENSIONS } from './extract/formats';
import { saveFile } from './files/saveFile';
import { openFile, readGrantedFile } from './files/readFileAs';
import { DataFolders, type AtomicWrite } from './files/dataFolders';
import { showOriginal } from './library/showOriginal';
import { previewTable } from './library/previewTable';
import { PathGrants } from './library/pathGrants';
import { grantedImportRequest, grantedPath } from './library/requestPaths';
import { readOriginal, receiveOriginal } from './originals/libraryOriginals';
import { cleanUpLibrary } from './originals/libraryCleanup';
import { recordEarlierOriginals } from './originals/importedOriginals';
import { CloseGuard } from './closeGuard';
import { MenuState } from './menuState';
import { ImportRecords } from './library/importRecords';
import { UserFacingError } from './userFacingError';
import { isDiskFull } from './diskFull';
import { LinkedSources } from './files/linkedSources';
import { originalText } from './files/originalText';
import { OpenedFiles } from './openedFiles';

export function libraryPath(dataPath: string): string {
  return join(dataPath, 'library');
}

export function backupsPath(dataPath: string): string {
  return join(dataPath, 'backups');
}

export interface HandlerOptions {
  /**
   * The files and folders the researcher handed over (pathGrants.ts); main.ts passes the same list to
   * the preload's grant of dropped files.
   */
  grants?: PathGrants;
  /** Consulted by main.ts before the window closes. */
  closeGuard?: CloseGuard;
  /** Writes a data-folder file whole or not at all; tests pass one that fails as a full disk does. */
  writeAtomic?: AtomicWrite;
  /** Which menu commands can run now; main.ts rebuilds the menu from it. */
  menuState?: MenuState;
  /** The files the system handed over to open (openedFiles.ts): main.ts adds to it, the window takes from it. */
  openedFiles?: OpenedFiles;
}

/**
 * `grants`: the files and folders the researcher handed over (pathGrants.ts); main.ts passes the same
 * list to the preload's grant of dropped files.
 */
export function createHandlers(services: Services, { grants = new PathGrants(), closeGuard = new CloseGuard(), writeAtomic, menuState = new MenuState(), openedFiles }: HandlerOptions = {}): Handlers {
  const opened = openedFiles ?? new OpenedFiles(grants, () => services.emit('filesOpened', {}));
  const jobs = new ImportJobs();
  const dataFolders = new DataFolders(services.dataPath, writeAtomic);
  const importsDir = join(services.dataPath, 'imports');
  const imports = new ImportRecords(importsDir);
  // The files the REFI-QDA projects opened in this session name outside themselves.
  const linkedSources = new LinkedSources();
  // The library's cleanup and imports never run at once: an import stores originals that no project
  // refers to yet. The first wait is for the record of imported originals a library from before it
  // gets (importedOriginals.ts), taken before anything stores or shows an original.
  const recorded = recordEarlierOriginals(libraryPath(services.dataPath)).catch(() => {});
  let cleaning: Promise<unknown> = recorded;
  // Imports from their request's arrival, not only once running: between the two, an import waits for
  // its grant and writes its note, and a cleanup started then could delete an original it reuses.
  let importsUnderWay = 0;
  const startImport = async (request: ImportRequest): Promise<ImportReport> => {
    await cleaning;
    const granted = await grantedImportRequest(request, grants);
    await imports
      .note({
        jobId: granted.jobId,
        projectId: granted.projectId ?? null,
        paths: granted.paths,
        ...(granted.tables ? { tables: granted.tables } : {}),
        ...(granted.manifest ? { manifest: granted.manifest } : {}),
        startedAt: new Date().toISOString(),
      })
      .catch((error: unknown) => {
        throw importNotStarted(importsDir, error);
      });
    return jobs.run(granted, {
      libraryDir: libraryPath(services.dataPath),
      extractor: services.extractor,
      onProgress: (progress) => services.emit('importProgress', progress),
      onBatch: (batch) => services.emit('importBatch', batch),
    });
  };
  return {
    getAppInfo: () => ({ version: services.appVersion, dataPath: services.dataPath }),
    chooseImportFiles: async () => {
      services.extractor.warmUp?.();
      const paths = await services.dialog.chooseFiles({ title: 'Import documents', extensions: SUPPORTED_EXTENSIONS });
      await grants.grantFiles(paths);
      return paths;
    },
    chooseImportFolder: async () => {
      services.extractor.warmUp?.();
      const folder = await services.dialog.chooseFolder({ title: 'Import a folder of documents' });
      if (folder) await grants.grantFolders([folder]);
      return folder;
    },
    previewTable: async (path, maxFileBytes) => previewTable(await grantedPath(path, grants), services.extractor, maxFileBytes),
    importFiles: async (request) => {
      importsUnderWay++;
      try {
        return await startImport(request);
      } finally {
        importsUnderWay--;
      }
    },
    cancelImport: (jobId) => jobs.cancel(jobId),
    showOriginal: async (storedName) => {
      await recorded;
      return showOriginal(libraryPath(services.dataPath), storedName, services.shell);
    },
    saveFile: (request) => saveFile(request, services.dialog),
    openFile: async (request) => linkedSources.noteOpened(await openFile(request, services.dialog, grants)),
    readFile: async (request) => linkedSources.noteOpened(await readGrantedFile(request, grants)),
    writeDataFile: (request) => dataFolders.write(request),
    listDataFiles: (folder) => dataFolders.list(folder),
    readDataFile: (request) => dataFolders.read(request),
    deleteDataFile: (file) => dataFolders.remove(file),
    listDataFolders: (folder) => dataFolders.listFolders(folder),
    readOriginal: (storedName) => readOriginal(libraryPath(services.dataPath), storedName),
    receiveOriginal: async ({ storedName, bytes }) => {
      await recorded;
      return { stored: await receiveOriginal(libraryPath(services.dataPath), storedName, bytes) };
    },
    extractText: async ({ fileName, bytes }) => ({ text: await originalText(services.extractor, fileName, bytes) }),
    readLinkedSource: (request) => linkedSources.read(request, services.extractor),
    cleanUpLibrary: ({ inUse }) => {
      if (importsUnderWay > 0) throw new UserFacingError('The library was not cleaned up: an import is running. It is cleaned up at the next start.');
      const run = cleanUpLibrary(libraryPath(services.dataPath), backupsPath(services.dataPath), inUse);
      cleaning = run.catch(() => {});
      return run;
    },
    holdClosing: (reason) => closeGuard.hold(reason),
    savedBeforeClosing: () => closeGuard.windowSaved(),
    setEnabledCommands: (ids) => {
      menuState.set(ids);
      return null;
    },
    interruptedImports: async () => {
      const left = (await imports.list()).filter((record) => !jobs.isRunning(record.jobId));
      await grants.grantFolders(left.flatMap((record) => record.paths));
      return left;
    },
    forgetImport: (jobId) => imports.forget(jobId),
    takeOpenedFiles: () => opened.take(),
  };
}

/**
 * The note of an import is its first write, so a full disk shows there first; the system's message
 * would name the note's hidden temporary file, which means nothing to the researcher.
 */
function importNotStarted(importsDir: string, error: unknown): UserFacingError {
  if (isDiskFull(error)) {
    return new UserFacingError('The import did not start: the disk that holds Framewise’s data folder is full. Free some space on it, then import again.', { cause: error });
  }
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'no code';
  return new UserFacingError(`The import did not start: Framewise could not write in its data folder (${importsDir}): ${code}. Check that Framewise may write there, then import again.`, { cause: error });
}
