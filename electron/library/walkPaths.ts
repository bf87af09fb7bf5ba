// What a batch of dropped or chosen paths means as files: folders are walked recursively, in name
// order so that two imports of the same folder list the same documents in the same order. Hidden
// entries (".git", ".DS_Store") and Office's lock files ("~$report.docx") are not documents; files of
// formats Framewise does not read are counted, not refused. A symbolic link to a folder is followed
// once, so a link back up the tree cannot loop.
import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOfFileName } from '../extract/formats';

export interface WalkedFile {
  path: string;
  /** Named by the researcher, rather than found in a folder: such a file is reported even when unsupported. */
  explicit: boolean;
  /** What the walk learnt of a named file, so the import need not ask again (a thousand files a dialog). */
  stats?: Stats;
}

export interface Walk {
  files: WalkedFile[];
  unsupported: number;
}

const STATS_AT_ONCE = 64;

export async function walkPaths(paths: readonly string[]): Promise<Walk> {
  const walk: Walk = { files: [], unsupported: 0 };
  const visited = new Set<string>();
  // Looked at a few dozen at a time rather than one after the other: a dialog can name thousands.
  for (let start = 0; start < paths.length; start += STATS_AT_ONCE) {
    const chunk = paths.slice(start, start + STATS_AT_ONCE);
    const infos = await Promise.all(chunk.map((path) => stat(path).catch(() => null)));
    for (const [i, path] of chunk.entries()) {
      const info = infos[i];
      if (info?.isDirectory()) await walkFolder(path, walk, visited);
      else walk.files.push(info ? { path, explicit: true, stats: info } : { path, explicit: true });
    }
  }
  return walk;
}

async function walkFolder(root: string, walk: Walk, visited: Set<string>): Promise<void> {
  // An explicit stack, not recursion: folder depth is the user's, not ours, to choose.
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    const real = await realpath(folder).catch(() => null);
    if (!real || visited.has(real)) continue;
    visited.add(real);
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    const subfolders: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(folder, entry.name);
      const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory() === true);
      if (isFolder) subfolders.push(path);
      else if (formatOfFileName(entry.name)) walk.files.push({ path, explicit: false });
      else walk.unsupported++;
    }
    // Reversed onto the stack, so the first subfolder is walked first.
    pending.push(...subfolders.reverse());
  }
}
