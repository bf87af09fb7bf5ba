// Files the system hands Framewise to open: a .framewise or .qdpx double-clicked in the file manager
// (electron-builder.yml's fileAssociations register the types). Windows and Linux start the app with
// the file on its command line, or, when it runs already, start a second instance whose command line
// main.ts's single-instance lock passes here (`second-instance`); macOS sends `open-file` events,
// which may come before the app is ready.
//
// Each file is granted to the window as a file chosen in an open dialog is (library/pathGrants.ts):
// that one file, which the window then reads with `readFile` for its purpose (a project file, a
// REFI-QDA project), as it reads a chosen one. The researcher's double-click is the act that grants
// it, seen here in main, where the window cannot forge it. The files wait here until the window takes
// them (`takeOpenedFiles`): a window still starting, or not listening yet, loses none.
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PathGrants } from './library/pathGrants';

/** The types the system may hand over: what the window opens (project file, REFI-QDA project). */
export const OPENED_FILE_EXTENSIONS = ['framewise', 'qdpx'] as const;

export interface CommandLineContext {
  /** The folder the command was given in: a relative path is read from there. */
  workingDirectory: string;
}

/**
 * The files of a command line to open: `argv[0]` is the executable; the app's own path (when run as
 * `electron .`), Chromium's and Electron's switches (which a second instance's command line gains)
 * and anything not an existing file of an opened type are left out.
 */
export function filesInCommandLine(argv: readonly string[], context: CommandLineContext): Promise<string[]> {
  return filesToOpen(argv.slice(1), context);
}

/** Of these paths (or file:// addresses), the existing files of an opened type, each once, in order. */
export async function filesToOpen(candidates: readonly string[], { workingDirectory }: CommandLineContext): Promise<string[]> {
  const paths = candidates.flatMap((candidate) => {
    // A switch (`--flag`, `--key=value`, macOS's old `-psn_…`); a file manager always passes a file
    // by its absolute path, so a file whose name starts with '-' is still reached as "/…/-name".
    if (candidate.startsWith('-')) return [];
    const path = pathOf(candidate, workingDirectory);
    return path && hasOpenedType(path) ? [path] : [];
  });
  const unique = [...new Set(paths)];
  const isFile = await Promise.all(unique.map((path) => stat(path).then((info) => info.isFile(), () => false)));
  return unique.filter((_, i) => isFile[i]);
}

/**
 * A command-line argument as a path. A desktop entry's `%U` (what electron-builder writes on Linux)
 * lets the file manager pass a file:// address; only a local one is a file here.
 */
function pathOf(candidate: string, workingDirectory: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(candidate)) {
    if (!/^file:\/\/(localhost)?\//iu.test(candidate)) return null;
    try {
      return fileURLToPath(candidate);
    } catch {
      return null;
    }
  }
  return resolve(workingDirectory, candidate);
}

function hasOpenedType(path: string): boolean {
  const extension = extname(path).slice(1).toLowerCase();
  return (OPENED_FILE_EXTENSIONS as readonly string[]).includes(extension);
}

/** The files handed over and not yet taken by the window. */
export class OpenedFiles {
  private waiting: string[] = [];

  /** `tellWindow`: says to the window that there are files to take (it may not be listening yet). */
  constructor(
    private readonly grants: PathGrants,
    private readonly tellWindow: () => void,
  ) {}

  /** Grants the files, then keeps them for the window and tells it: it never hears of a file it may not read yet. */
  async add(paths: readonly string[]): Promise<void> {
    if (paths.length === 0) return;
    await this.grants.grantFiles(paths);
    for (const path of paths) if (!this.waiting.includes(path)) this.waiting.push(path);
    this.tellWindow();
  }

  /** The files waiting, in the order handed over; each is taken once. */
  take(): string[] {
    const taken = this.waiting;
    this.waiting = [];
    return taken;
  }
}

/** Electron's `app`, as far as the system's handing over of files goes. */
export interface FileOpeningEvents {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

/**
 * Listens for files handed over while Framewise runs (or, on macOS, while it starts: register before
 * `ready`). `handedOver` runs for each event, once its files wait for the window: main brings the
 * window to the front (a second start with no file still does).
 */
export function receiveOpenedFiles(app: FileOpeningEvents, files: OpenedFiles, handedOver: () => void): void {
  const receive = (paths: Promise<string[]>) =>
    void paths
      .then((found) => files.add(found))
      .catch((error: unknown) => console.error('files handed over by the system were not kept', error))
      .finally(handedOver);
  app.on('open-file', (event, path) => {
    // Taken, so that macOS does not say Framewise could not open it; a file of another type (dropped on
    // the Dock icon) is left to macOS, which says so.
    if (hasOpenedType(path)) event.preventDefault();
    receive(filesToOpen([path], { workingDirectory: '/' }));
  });
  app.on('second-instance', (_event, argv, workingDirectory) => receive(filesInCommandLine(argv, { workingDirectory })));
}

/** A BrowserWindow, as far as bringing it forward goes. */
export interface FrontWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export function bringToFront(window: FrontWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
