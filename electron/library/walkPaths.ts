// What a batch of dropped or chosen paths means as files: folders are walked recursively, in name
// order so that two imports of the same folder list the same documents in the same order. Hidden
// entries (".git", ".DS_Store"), Office's lock files ("~$report.docx") and what the operating system
// keeps in folders (SYSTEM_ENTRIES) are not documents; files of formats Framewise does not read are
// counted, not refused. Each file is listed once, however many of the paths or links lead to it. A
// folder that cannot be opened is listed with the reason, so that its documents are not silently missing.
//
// Symbolic links (and Windows junctions) in a folder: the researcher chose the folder, not wherever its
// links lead (pathGrants.ts), so a link that leads out of the folder, or to nothing, is not followed; it
// is listed with the reason, which the import reports. A link that leads inside the folder leads to
// what the walk reaches in its own place: a folder is not walked again (nor round a link back up the
// tree), and a file is listed under its own name, or under the link's when the walk does not reach
// it otherwise (a hidden file).
import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOfFileName } from '../extract/formats';
import { isWithin } from './pathGrants';

export interface WalkedFile {
  path: string;
  /** Named by the researcher, rather than found in a folder: such a file is reported even when unsupported. */
  explicit: boolean;
  /** What the walk learnt of a named file, so the import need not ask again (a thousand files a dialog). */
  stats?: Stats;
  /** Why this link in a folder was not followed: the import reports it as the reason, and reads nothing. */
  skipped?: string;
}

export interface Walk {
  files: WalkedFile[];
  unsupported: number;
}

/** Real paths (pathGrants.ts's realPathOf) already walked or listed. */
interface Seen {
  folders: Set<string>;
  files: Set<string>;
}

const STATS_AT_ONCE = 64;

/**
 * Names the system gives files and folders of its own, in lower case (Windows compares names so): the
 * thumbnail caches and folder settings Windows and macOS write into every folder shown, and on a
 * drive's root the Recycle Bin (which holds the researcher's deleted files, under names like
 * $RABC123.docx), the restore points' folder, and the copies of resource forks a zip made on a Mac
 * leaves when unpacked. Hidden and system on their own platform, but not to Node, which sees no attributes.
 */
const SYSTEM_ENTRIES = new Set(['thumbs.db', 'ehthumbs.db', 'ehthumbs_vista.db', 'desktop.ini', 'icon\r', '$recycle.bin', 'recycler', 'system volume information', '__macosx']);

function isNotADocument(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || SYSTEM_ENTRIES.has(name.toLowerCase());
}

export async function walkPaths(paths: readonly string[]): Promise<Walk> {
  const walk: Walk = { files: [], unsupported: 0 };
  const seen: Seen = { folders: new Set(), files: new Set() };
  // Looked at a few dozen at a time rather than one after the other: a dialog can name thousands.
  for (let start = 0; start < paths.length; start += STATS_AT_ONCE) {
    const chunk = paths.slice(start, start + STATS_AT_ONCE);
    const infos = await Promise.all(
      chunk.map(async (path) => {
        const stats = await stat(path).catch(() => null);
        return { stats, real: stats && !stats.isDirectory() ? await realpath(path).catch(() => null) : null };
      }),
    );
    for (const [i, path] of chunk.entries()) {
      const { stats, real } = infos[i]!;
      if (stats?.isDirectory()) await walkFolder(path, walk, seen);
      else if (!stats) walk.files.push({ path, explicit: true });
      else if (!real || !seen.files.has(real)) {
        if (real) seen.files.add(real);
        walk.files.push({ path, explicit: true, stats });
      }
    }
  }
  return walk;
}

async function walkFolder(root: string, walk: Walk, seen: Seen): Promise<void> {
  const rootReal = await realpath(root).catch(() => null);
  if (!rootReal) return;
  const listFile = (path: string, real: string, name: string) => {
    if (seen.files.has(real)) return;
    seen.files.add(real);
    if (formatOfFileName(name)) walk.files.push({ path, explicit: false });
    else walk.unsupported++;
  };
  // Files inside the folder reached through links, listed once the walk is done if it did not reach them in their own place.
  const linkedFiles: Array<{ path: string; real: string; name: string }> = [];
  // An explicit stack, not recursion: folder depth is the user's, not ours, to choose. Each folder is
  // read at its real path, the place the walk checked, and listed under the path the researcher knows.
  const pending = [{ path: root, real: rootReal }];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    if (seen.folders.has(folder.real)) continue;
    seen.folders.add(folder.real);
    const entries = await readdir(folder.real, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      // One deleted since its parent was listed holds nothing to import any more.
      if (error.code !== 'ENOENT') walk.files.push({ path: folder.path, explicit: false, skipped: unopenedFolderReason(error) });
      return [];
    });
    const subfolders: typeof pending = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (isNotADocument(entry.name)) continue;
      const path = join(folder.path, entry.name);
      const real = join(folder.real, entry.name);
      const link = entry.isSymbolicLink() ? await followLink(real, rootReal) : null;
      // Windows calls every reparse point a link, files kept by a sync or deduplication service too:
      // one that leads to itself is a plain entry.
      if (!link || (link.kind === 'inside' && link.target === real)) {
        if (link ? link.isFolder : entry.isDirectory()) subfolders.push({ path, real });
        else listFile(path, real, entry.name);
      } else if (link.kind === 'broken') walk.files.push({ path, explicit: false, skipped: link.reason });
      else if (link.kind === 'outside') {
        // A file of a format Framewise does not read is counted, as it would be inside.
        if (link.isFolder || formatOfFileName(entry.name)) walk.files.push({ path, explicit: false, skipped: outsideReason(link) });
        else walk.unsupported++;
      } else if (!link.isFolder) linkedFiles.push({ path, real: link.target, name: entry.name });
      // A link to a folder inside is not followed: the walk reaches that folder in its own place (unless
      // it is hidden, or an ancestor, which would loop).
    }
    // Reversed onto the stack, so the first subfolder is walked first.
    pending.push(...subfolders.reverse());
  }
  for (const file of linkedFiles) listFile(file.path, file.real, file.name);
}

type Link = { kind: 'inside' | 'outside'; target: string; isFolder: boolean } | { kind: 'broken'; reason: string };

/** Where a link in the folder whose real path is `rootReal` leads. */
async function followLink(link: string, rootReal: string): Promise<Link> {
  const target = await realpath(link).catch((error: NodeJS.ErrnoException) => error);
  if (typeof target !== 'string') {
    if (target.code === 'ENOENT') return { kind: 'broken', reason: 'it is a link to a file or folder that is not there (moved or deleted since the link was made).' };
    if (target.code === 'ELOOP') return { kind: 'broken', reason: 'it is a link that leads round in a circle of links.' };
    return { kind: 'broken', reason: `it is a link that could not be followed (${target.code ?? target.message}).` };
  }
  const isFolder = (await stat(target).catch(() => null))?.isDirectory() === true;
  return { kind: isWithin(rootReal, target) ? 'inside' : 'outside', target, isFolder };
}

function unopenedFolderReason(error: NodeJS.ErrnoException): string {
  const code = error.code ?? error.message;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'Framewise is not allowed to read it. Check its permissions, then import it again'
      : 'check that its drive is still connected and that it can be opened, then import it again';
  return `the folder could not be opened (${code}), so none of the documents in it were imported: ${why}.`;
}

function outsideReason({ target, isFolder }: { target: string; isFolder: boolean }): string {
  return `it is a link to ${isFolder ? 'a folder' : 'a file'} outside the folder being imported (“${target}”), and an import reads only what is inside the folder chosen. To import it, choose “${target}” itself.`;
}
