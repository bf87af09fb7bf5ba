// The files the system handed Framewise to open (a double-clicked .framewise or .qdpx, taken from main:
// electron/openedFiles.ts), waiting in the window until it is free to open them, one at a time.
import type { OpenPurposeName } from '../../shared/files/filePurposes';

/** How the window opens a file of the type: as "Open project file…" or as the REFI-QDA import would. */
export type SystemFileKind = Extract<OpenPurposeName, 'projectFile' | 'refiProject'>;

/** By its extension, in any letter case (main hands over nothing else). */
export function kindOfFile(path: string): SystemFileKind | null {
  if (/\.framewise$/iu.test(path)) return 'projectFile';
  if (/\.qdpx$/iu.test(path)) return 'refiProject';
  return null;
}

/** The name the researcher knows the file by, from a POSIX or a Windows path. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/u).at(-1) ?? path;
}

/** What the window is doing that a file must wait for: a dialog asks a question first, or the project is held. */
export type Busy = { kind: 'dialog' } | { kind: 'held'; reason: string };

/** Said when files wait: which, and until when. */
export function waitingMessage(paths: readonly string[], busy: Busy): string {
  const names = paths.map((path) => `“${fileNameOf(path)}”`);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return busy.kind === 'dialog' ? `Framewise will open ${listed} once this dialog is closed.` : `Framewise will open ${listed} once it is free. ${busy.reason}`;
}

export class WaitingFiles {
  private readonly waiting: string[] = [];
  /** What each waiting file was said to wait for, so that it is said once, and again only when that changes. */
  private readonly told = new Map<string, string>();
  private opening = false;

  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.waiting.includes(path)) this.waiting.push(path);
  }

  /** True when a file waits and none is being opened. */
  get ready(): boolean {
    return !this.opening && this.waiting.length > 0;
  }

  /** The waiting files not yet told to wait for `busy`; from now on, told. */
  untold(busy: Busy): string[] {
    const key = busy.kind === 'dialog' ? 'dialog' : `held: ${busy.reason}`;
    const untold = this.waiting.filter((path) => this.told.get(path) !== key);
    for (const path of untold) this.told.set(path, key);
    return untold;
  }

  /** The next file, now being opened until `done`. */
  start(): string | undefined {
    const path = this.waiting.shift();
    if (path === undefined) return undefined;
    this.told.delete(path);
    this.opening = true;
    return path;
  }

  done(): void {
    this.opening = false;
  }
}
