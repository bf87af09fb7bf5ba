// App lifecycle and wiring: real services in, handlers registered, one locked-down window. Thin by
// design; everything with logic lives in modules that tests run under plain Node.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME } from './appOrigin';
import { nativeDialog } from './electronDialog';
import { ExtractorPool } from './extract/workerPool';
import { createHandlers } from './handlers';
import { grantDroppedPath, registerHandlers } from './ipc';
import { PathGrants } from './library/pathGrants';
import { DROP_GRANT_CHANNEL } from '../shared/ipc';
import { buildMenu } from './menu';
import { MenuState } from './menuState';
import { CloseGuard } from './closeGuard';
import { serveAppFile } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { bringToFront, filesInCommandLine, OpenedFiles, receiveOpenedFiles } from './openedFiles';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');

// Must run before `ready`: a standard, secure scheme gets its own origin, IndexedDB and fetch.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
// Handlers and window are set up: a file handed over by the system may open a window (macOS keeps the
// app running with none).
let started = false;

// The files the researcher has handed over (pathGrants.ts); made now, since macOS hands over a
// double-clicked file before the app is ready.
const grants = new PathGrants();
// Double-clicked project files (openedFiles.ts), waiting for the window to take them.
const openedFiles = new OpenedFiles(grants, () => mainWindow?.webContents.send('filesOpened', {}));

// Asks before closing while the window says work would be lost (closeGuard.ts).
let closeGuard: CloseGuard | null = null;
// The researcher asked to quit: once the window is closed, the app quits too (on macOS as well).
let quitting = false;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Framewise',
    show: false,
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  lockDownContents(window.webContents, APP_ORIGIN);
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    const guard = closeGuard;
    if (!guard) return;
    event.preventDefault();
    const closing = guard.closeRequested({
      askToSave: () => {
        const page = window.webContents;
        if (page.isDestroyed() || page.isCrashed() || page.isLoading()) return false;
        page.send('saveBeforeClosing', {});
        return true;
      },
      confirm: async (message, detail) =>
        (await dialog.showMessageBox(window, { type: 'warning', message, detail, buttons: ['Keep Framewise open', 'Close anyway'], defaultId: 0, cancelId: 0 })).response === 1,
      close: () => {
        window.destroy();
        // Quitting (Cmd+Q, the menu's Quit) was stopped by the prevented close: it goes on now.
        if (quitting) app.quit();
      },
    });
    // Kept open: a quit asked for is not pending any more.
    void closing.then((closed) => {
      if (!closed) quitting = false;
    });
  });
  // The window's beforeunload (a reload while an import writes) asks the same question.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, { type: 'warning', message: 'Leave this page now?', detail: 'An import is still adding documents to the project; reloading now stops it.', buttons: ['Stay', 'Leave'], defaultId: 0, cancelId: 0 });
    if (choice === 1) event.preventDefault();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Before `ready`: macOS sends the file that started the app as an open-file event as it starts.
  receiveOpenedFiles(app, openedFiles, () => {
    if (!started) return;
    if (mainWindow) bringToFront(mainWindow);
    else mainWindow = createWindow();
  });
  // Windows and Linux start the app with the double-clicked file on its command line.
  void filesInCommandLine(process.argv, { workingDirectory: process.cwd() }).then((paths) => openedFiles.add(paths));

  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession, APP_ORIGIN);
    protocol.handle(APP_SCHEME, (request) =>
      new URL(request.url).host === APP_HOST ? serveAppFile(rendererRoot, request) : new Response('Not found', { status: 404 }),
    );
    // Text extraction runs in worker threads (the bundle's `extractWorker.js`), never on this thread.
    const extractor = new ExtractorPool({ workerPath: join(here, 'extractWorker.js') });
    app.on('will-quit', () => void extractor.close());
    closeGuard = new CloseGuard();
    const menuState = new MenuState();
    ipcMain.on(DROP_GRANT_CHANNEL, (event, path: unknown) => {
      event.returnValue = grantDroppedPath(grants, event, path, APP_ORIGIN);
    });
    const handlers = createHandlers({
      appVersion: app.getVersion(),
      dataPath: app.getPath('userData'),
      dialog: nativeDialog(() => mainWindow),
      shell: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
      extractor,
      emit: (event, payload) => mainWindow?.webContents.send(event, payload),
    }, { grants, closeGuard, menuState, openedFiles });
    registerHandlers(ipcMain, handlers, APP_ORIGIN);
    // Rebuilt whenever the window says which commands can run: the others are greyed out.
    const setMenu = () =>
      Menu.setApplicationMenu(buildMenu((command) => mainWindow?.webContents.send('menuCommand', { command }), process.platform === 'darwin', (id) => menuState.isEnabled(id)));
    menuState.onChange(setMenu);
    setMenu();
    mainWindow = createWindow();
    started = true;
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
