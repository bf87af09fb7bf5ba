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
import { isAbsolute, relative, resolve, sep } from 'node:path';

export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  grantFile(path: string): void {
    this.files.add(resolve(path));
  }

  /** A folder, or a dropped item that may be one: everything under it is granted. */
  grantFolder(path: string): void {
    this.folders.add(resolve(path));
  }

  /** True when `path` (absolute) was granted, or lies inside a granted folder. */
  allows(path: string): boolean {
    const target = resolve(path);
    if (this.files.has(target) || this.folders.has(target)) return true;
    for (const folder of this.folders) {
      const inside = relative(folder, target);
      if (inside && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)) return true;
    }
    return false;
  }
}
