// The end-to-end harness: the real renderer (the production build) in Debian's Chromium, with the
// preload's API bridged to the real main-process handlers running in this Node process. Only the
// Electron shell is missing: window creation, the app:// protocol and the preload file itself.
//
//   const app = await launchApp();              // fresh profile and data folder
//   app.dialog.willOpen([...paths]);            // the next native open dialog returns these
//   await app.page.getByRole('button', { name: 'Import documents…' }).click();
//   const again = await app.relaunch();         // quit and reopen on the same profile
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { CHANNELS, EVENT_NAMES, type EventName, type Events } from '../../shared/ipc';
import { createHandlers } from '../../electron/handlers';
import { CloseGuard } from '../../electron/closeGuard';
import type { AtomicWrite } from '../../electron/files/dataFolders';
import { grantDroppedPath, registerHandlers, type InvokeEvent, type IpcRegistrar } from '../../electron/ipc';
import { PathGrants } from '../../electron/library/pathGrants';
import { filesToOpen, OpenedFiles } from '../../electron/openedFiles';
import { ExtractorPool } from '../../electron/extract/workerPool';
import type { Extractor } from '../../electron/extract/extractor';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { ScriptedDialog } from './scriptedDialog';
import { workerInBuild } from '../electron/extract/workerBuild';
import { serveFolder } from './staticFiles';
import { allowEvaluatedFunctions } from './evaluatedFunctions';
import { atTeardown } from './teardown';
import { nodeBase64, packBytes, PAGE_BASE64, unpackBytes } from './bridgeBytes';

/** The origin the renderer is served from in tests: fixed, like app://framewise, so IndexedDB persists. */
export const TEST_ORIGIN = 'https://framewise.test';
/** The build under test: the one globalSetup made for this run, else `npm run build`'s dist/. */
export function buildDir(): string {
  return process.env.FW_BUILD_DIR ?? join(import.meta.dirname, '..', '..', 'dist');
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Chromium profile (IndexedDB lives here); a new temporary one when absent. */
  profileDir?: string;
  /** The app's userData folder (the library of originals); a new temporary one when absent. */
  dataDir?: string;
  /** Where files "dropped on the window" are taken from. */
  dropDir?: string;
  /** Skip the welcome dialog by answering it with an empty project (most scenarios want that). */
  welcome?: 'empty' | 'sample' | 'leave-open';
  /**
   * Main reads this many files, then holds every further file until `app.releaseFiles()`: an import
   * still running when the test acts, whatever the speed of the machine.
   */
  holdFilesAfter?: number;
  /** Main's atomic write into the data folder: a test passes one that fails as a full disk does. */
  writeAtomic?: AtomicWrite;
  /** Keep what the bridge carries from main to the window (`app.bridgeTraffic`): the import bench replays it to time the transport. */
  recordBridge?: boolean;
  /** Files on the command line that started Framewise (a .framewise or .qdpx double-clicked while it was not running). */
  openedAtStart?: string[];
}

export interface App {
  page: Page;
  context: BrowserContext;
  dialog: ScriptedDialog;
  profileDir: string;
  dataDir: string;
  /** Errors the page threw or logged: a scenario ends by checking there are none. */
  pageErrors: string[];
  /** Paths "show original" asked the system to open. */
  openedOriginals: string[];
  /** Paths "show original" asked the system to show in their folder (web pages, PDFs: not opened). */
  revealedOriginals: string[];
  /** The channels whose handlers have answered the window, in order. */
  handled: string[];
  /** With `recordBridge`: every payload main sent the window (answers and events), packed as the bridge carries it. */
  bridgeTraffic: unknown[];
  /** Lets the files held back by `holdFilesAfter` be read. */
  releaseFiles(): void;
  /**
   * Files double-clicked in the file manager while Framewise runs (a second instance's command line,
   * macOS's open-file): main picks them out, grants them and tells the window (electron/openedFiles.ts).
   */
  openFromSystem(paths: string[]): Promise<void>;
  /**
   * The window's close button, as electron/main.ts handles it (the same close guard): the window is
   * asked to save what is typed, then, if an import would be stopped, `closeAnyway` answers the
   * question. True when the window closed (then `relaunch` opens it again).
   */
  closeAsMainDoes(options?: { closeAnyway?: boolean }): Promise<boolean>;
  relaunch(options?: Pick<LaunchOptions, 'welcome'>): Promise<App>;
  close(): Promise<void>;
  /** Closes and deletes the temporary folders (the teardown after each test does). */
  dispose(): Promise<void>;
}

export async function launchApp(options: LaunchOptions = {}): Promise<App> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'fw-profile-')));
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'fw-data-')));
  const dialog = new ScriptedDialog();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const pageErrors: string[] = [];
  const openedOriginals: string[] = [];
  const revealedOriginals: string[] = [];
  const handled: string[] = [];
  const bridgeTraffic: unknown[] = [];
  const carried = <T>(packed: T): T => {
    if (options.recordBridge) bridgeTraffic.push(packed);
    return packed;
  };
  // Assigned once the page exists; main may emit events before that (it does not, but be safe).
  const pageRef: { current?: Page } = {};

  // The build is the one named when the window was launched, for all of its life: a probe that launches
  // one window per build (FW_BUILD_DIR set before each) must not have an earlier window's reloads and
  // later-loaded scripts served from the build named last.
  const build = buildDir();
  await serveFolder(context, TEST_ORIGIN, join(build, 'renderer'), { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });

  // Extraction runs in the app's worker pool, with the worker bundled by this run's build.
  const extractor = new ExtractorPool({ workerPath: await workerInBuild(build) });
  const gate = fileGate(extractor, options.holdFilesAfter);
  const grants = new PathGrants();
  const closeGuard = new CloseGuard();
  const emit = <E extends EventName>(event: E, payload: Events[E]) => {
    const packed = carried(packBytes(payload, nodeBase64.encode));
    void pageRef.current?.evaluate(([name, data]) => (window as unknown as BridgeWindow).__framewiseEmit(name, data), [event, packed] as const).catch(() => {});
  };
  const openedFiles = new OpenedFiles(grants, () => emit('filesOpened', {}));
  const openFromSystem = async (paths: string[]) => openedFiles.add(await filesToOpen(paths, { workingDirectory: process.cwd() }));
  const handlers = createHandlers({
    appVersion: 'test',
    dataPath: dataDir,
    dialog,
    shell: {
      openPath: async (path) => {
        openedOriginals.push(path);
        return '';
      },
      showItemInFolder: (path) => {
        revealedOriginals.push(path);
      },
    },
    extractor: gate.extractor,
    emit,
  }, { grants, closeGuard, writeAtomic: options.writeAtomic, openedFiles });
  const registered = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const registrar: IpcRegistrar = { handle: (channel, listener) => registered.set(channel, listener) };
  registerHandlers(registrar, handlers, TEST_ORIGIN);

  // The bridge: what electron/preload.ts does with ipcRenderer, done with a Playwright binding. The
  // sender's URL is the real frame's, so handle()'s origin check runs as in the app.
  // Bytes are packed as base64 in the bridge alone (bridgeBytes.ts says why).
  await context.exposeBinding('__framewiseIpc', async (source, channel: string, packedArgs: unknown[]) => {
    const listener = registered.get(channel);
    if (!listener) return { ok: false, error: `no handler for ${channel}` };
    const args = unpackBytes(packedArgs, nodeBase64.decode) as unknown[];
    const result = await listener({ senderFrame: { url: source.frame.url() } }, ...args);
    handled.push(channel);
    return carried(packBytes(result, nodeBase64.encode));
  });
  // The preload grants each dropped path to main as it resolves it (electron/library/pathGrants.ts); here
  // the bridge's pathForFile does, through the same check main runs.
  await context.exposeBinding('__framewiseGrantDrop', (source, path: string) => grantDroppedPath(grants, { senderFrame: { url: source.frame.url() } }, path, TEST_ORIGIN));
  // First: the bridge below is written from these functions' source, which under tsx calls `__name`.
  await allowEvaluatedFunctions(context);
  await context.addInitScript({ content: bridgeScript(options.dropDir ?? dataDir) });

  const page = context.pages()[0] ?? (await context.newPage());
  pageRef.current = page;
  // With their stacks, and the cause an error logged by the app carries (the console's text leaves it
  // out), so that a benchmark's report says where an error came from.
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const at = pageErrors.push(message.text()) - 1;
    void message.args()[0]
      ?.evaluate((logged) => (logged instanceof Error && logged.cause !== undefined ? String(logged.cause instanceof Error ? logged.cause.stack : logged.cause) : null))
      .then((cause) => cause && (pageErrors[at] += `\ncaused by ${cause}`))
      .catch(() => {});
  });
  if (options.openedAtStart) await openFromSystem(options.openedAtStart);
  await page.goto(`${TEST_ORIGIN}/index.html`);

  const welcome = options.welcome ?? 'empty';
  if (welcome !== 'leave-open') {
    const dialogLocator = page.getByRole('dialog', { name: 'Welcome to Framewise' });
    // The welcome shows only on first start; on a relaunch the workspace comes straight away.
    await dialogLocator.or(page.getByRole('heading', { name: /^Documents/ })).first().waitFor();
    if (await dialogLocator.isVisible()) {
      await dialogLocator.getByRole('button', { name: welcome === 'sample' ? 'Open the sample project' : 'Start with an empty project' }).click();
      await dialogLocator.waitFor({ state: 'detached' });
    }
  }
  await page.getByRole('heading', { name: /^Documents/ }).waitFor();

  const app: App = {
    page,
    context,
    dialog,
    profileDir,
    dataDir,
    pageErrors,
    openedOriginals,
    revealedOriginals,
    handled,
    bridgeTraffic,
    releaseFiles: gate.release,
    openFromSystem,
    closeAsMainDoes: async ({ closeAnyway = true } = {}) => {
      let closed = false;
      const settled = await closeGuard.closeRequested({
        askToSave: () => {
          emit('saveBeforeClosing', {});
          return true;
        },
        confirm: async () => closeAnyway,
        close: () => (closed = true),
      });
      if (settled !== closed) throw new Error('the close guard said it closed without closing');
      if (closed) {
        await context.close();
        await extractor.close();
      }
      return closed;
    },
    relaunch: async (again = {}) => {
      await context.close();
      await extractor.close();
      return launchApp({ ...options, openedAtStart: undefined, ...again, profileDir, dataDir });
    },
    close: async () => {
      await context.close();
      await extractor.close();
    },
    dispose: async () => {
      await context.close().catch(() => {});
      await extractor.close();
      await rm(profileDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  // Disposed after the test by the one teardown (teardown.ts); a relaunch registers its own app.
  atTeardown(() => app.dispose());
  return app;
}

/** The extractor main uses, holding every file after the first `files` until released (none held when undefined). */
function fileGate(extractor: Extractor, files: number | undefined): { extractor: Extractor; release(): void } {
  if (files === undefined) return { extractor, release: () => {} };
  let letThrough = files;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = async () => {
    if (letThrough-- <= 0) await released;
  };
  return {
    extractor: {
      parallelism: extractor.parallelism,
      extract: async (input, original) => (await held(), extractor.extract(input, original)),
      readTable: async (input) => (await held(), extractor.readTable(input)),
    },
    release,
  };
}

interface BridgeWindow {
  __framewiseEmit(event: string, payload: unknown): void;
}

/** The init script that defines window.framewise exactly as the preload does, over the binding. */
function bridgeScript(dropDir: string): string {
  return `(() => {
    const channels = ${JSON.stringify(CHANNELS)};
    const events = ${JSON.stringify(EVENT_NAMES)};
    const listeners = new Map(events.map((e) => [e, new Set()]));
    const base64 = ${PAGE_BASE64};
    const packBytes = ${packBytes.toString()};
    const unpackBytes = ${unpackBytes.toString()};
    const api = Object.fromEntries(
      channels.map((c) => [c, (...args) => window.__framewiseIpc(c, packBytes(args, base64.encode)).then((result) => unpackBytes(result, base64.decode))]),
    );
    api.on = (event, listener) => {
      if (!listeners.has(event)) throw new Error('unknown event ' + event);
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    };
    api.pathForFile = (file) => {
      const path = ${JSON.stringify(dropDir + sep)} + file.name;
      void window.__framewiseGrantDrop(path);
      return path;
    };
    Object.defineProperty(window, '__framewiseEmit', { value: (event, payload) => listeners.get(event)?.forEach((l) => l(unpackBytes(payload, base64.decode))) });
    Object.defineProperty(window, 'framewise', { value: Object.freeze(api) });
  })();`;
}
