// Which files and folders the researcher has handed to Framewise in this session, so that main reads
// only those when the window asks (to import, or to preview a table): a window taken over by a
// malicious page could otherwise ask main to read any document on the disk and hand back its text.
//
// A path is granted by the researcher's own act, seen where the window cannot forge it:
// - the open dialogs main shows (chooseImportFiles, chooseImportFolder): granted here, in main;
// - files and folders dropped on the window: main never sees a drop; the window only has the File
//   objects Chromium made of it. The preload, in its isolated world, turns each into its path
//   (webUtils.getPathForFile, which gives a path only for a File the user dropped or picked, never one
//   a page made up) and grants that path with a message the page's own scripts cannot send (no
//   ipcRenderer in the main world). That is the limit of this check: it trusts the renderer process
//   itself. A page that takes over the whole renderer process (a Chromium exploit, not a script)
//   could send that message too; the sandbox, not this list, is the defence there.
// A granted folder grants what is inside it, as an import walks it.
//
// Grants and requests are compared where they really are on the disk (realpath: every symbolic link,
// Windows junction and, on Windows and macOS, difference of letter case resolved), never as written:
// a link inside a chosen folder that leads to ~/.ssh must not carry the grant there, and macOS's
// /var is /private/var. Both sides are resolved, so that the comparison is of like with like.
import { lstatSync, realpathSync } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  // A path that leads nowhere is not granted. These two resolve it on main's thread: the preload's
  // grant of a dropped path is a synchronous message, and the window may ask for the path as soon as
  // it returns. The asynchronous ones below are for main's own dialogs and records, which may name
  // thousands of paths, or a network share that is slow to answer.
  grantFile(path: string): void {
    const real = realPathSync(path);
    if (real) this.files.add(real);
  }

  /** A folder, or a dropped item that may be one: everything under it is granted. */
  grantFolder(path: string): void {
    const real = realPathSync(path);
    if (real) this.folders.add(real);
  }

  async grantFiles(paths: readonly string[]): Promise<void> {
    for (const real of await Promise.all(paths.map(realPathOf))) if (real) this.files.add(real);
  }

  async grantFolders(paths: readonly string[]): Promise<void> {
    for (const real of await Promise.all(paths.map(realPathOf))) if (real) this.folders.add(real);
  }

  /** True when `path` (absolute), wherever its links lead, was granted or lies inside a granted folder. */
  async allows(path: string): Promise<boolean> {
    const real = await realPathOf(path);
    if (real === null) return false;
    if (this.files.has(real)) return true;
    for (const folder of this.folders) if (isWithin(folder, real)) return true;
    return false;
  }
}

/** True when `path` is `folder` or lies under it; both real paths (realPathOf). */
export function isWithin(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  // "..notes" is a name inside; ".." and "../x" lead out; on Windows, another drive gives an absolute path.
  return inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/**
 * Where `path` really is, every link resolved. A path not there yet (a file about to be written, a
 * folder since removed) is its nearest existing folder's real path followed by the names that are not
 * there, which cannot be links. Null for a link that leads nowhere (writing through it would create
 * its target, wherever that is), a circle of links, or a path that cannot be looked at.
 */
export async function realPathOf(path: string): Promise<string | null> {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    const real = await realpath(at).catch((error: NodeJS.ErrnoException) => (error.code === 'EISDIR' ? linkByLink(at) : error));
    if (typeof real === 'string') return join(real, ...missing.reverse());
    if (real.code !== 'ENOENT' || !(await isAbsent(at)) || dirname(at) === at) return null;
    missing.push(basename(at));
  }
}

/** realPathOf, for the grants made on main's thread. */
export function realPathSync(path: string): string | null {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    const real = nativeRealPathSync(at);
    if (typeof real === 'string') return join(real, ...missing.reverse());
    if (real.code !== 'ENOENT' || !isAbsentSync(at) || dirname(at) === at) return null;
    missing.push(basename(at));
  }
}

function nativeRealPathSync(path: string): string | NodeJS.ErrnoException {
  try {
    return realpathSync.native(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EISDIR' ? linkByLink(path) : (error as NodeJS.ErrnoException);
  }
}

/**
 * Node's own walk of a path, link by link: for Windows' virtual disks (ImDisk RAM disks), where the
 * system's realpath fails with EISDIR. It keeps letter case as written, so there a file asked for in
 * another case than it was granted in is refused, not allowed.
 */
function linkByLink(path: string): string | NodeJS.ErrnoException {
  try {
    return realpathSync(path);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/** True when nothing, not even a link, is at `path`. */
async function isAbsent(path: string): Promise<boolean> {
  return lstat(path).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
  );
}

function isAbsentSync(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}
