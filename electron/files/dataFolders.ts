// Files the window keeps in named folders of the app's data folder without asking the researcher
// where: automatic backups (`<userData>/backups/<project id>/`) first. The window names a folder by
// its area and subfolders and a file by a plain name (shared/files/fileNames.ts, checked here again);
// nothing it sends can reach outside `<userData>/<area>`:
// - names are single plain file names: no separators, no "." or "..", no absolute paths;
// - the folder is resolved to its real path and must lie inside the data folder's, so a link planted
//   inside it (to a system folder, say) is not followed out of it;
// - a file that is itself a link is neither read nor deleted, and is not listed; a write replaces a
//   link by the file rather than writing through it (the rename of fsAtomic.ts);
// - reads and writes stop at MAX_DATA_FILE_BYTES.
// A write the disk has no room for says so in plain words (diskFull.ts) and leaves nothing behind; the
// temporary file of a write that a crash cut short is deleted the next time the folder is listed.
import { constants, createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { lstat, mkdir, open, readdir, realpath, rm } from 'node:fs/promises';
import { basename, join, relative, isAbsolute, sep } from 'node:path';
import type { DataFile, DataFileInfo, DataFileRef, DataFolder, ReadDataFileRequest, WriteDataFileRequest, WrittenDataFile } from '../../shared/ipc';
import { MAX_TRANSFER_BYTES } from '../../shared/ipc';
import { fileNameProblem } from '../../shared/files/fileNames';
import { isTemporaryName, isTemporaryOf, writeFileAtomic } from '../fsAtomic';
import { UserFacingError } from '../userFacingError';
import { writeFailedReason } from '../diskFull';
import { realPathOf } from '../library/pathGrants';

/** Writes a file whole or not at all (fsAtomic.ts); tests pass one that fails as a full disk does. */
export type AtomicWrite = (path: string, data: Uint8Array | string) => Promise<void>;

/** The largest file kept there: what one IPC message carries (shared/ipc.ts). */
export const MAX_DATA_FILE_BYTES = MAX_TRANSFER_BYTES;

export class DataFolders {
  /** Files being written now, by path: their temporary files are not a crash's leftovers. */
  private readonly writing = new Set<string>();

  constructor(
    private readonly dataPath: string,
    private readonly writeAtomic: AtomicWrite = writeFileAtomic,
  ) {}

  /**
   * Writes the file whole or not at all, then reads it back from the disk: the SHA-256 returned is of
   * what is there, so the window can tell a write that did not land as written.
   */
  async write({ folder, name, content }: WriteDataFileRequest): Promise<WrittenDataFile> {
    checkName(name);
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    if (data.byteLength > MAX_DATA_FILE_BYTES) throw new UserFacingError(`“${name}” was not written: it is larger than ${MAX_DATA_FILE_BYTES / 1024 ** 3} GB.`);
    const writeFailed = (error: unknown) =>
      new UserFacingError(`Could not write “${name}” in Framewise's ${describe(folder)} folder: ${writeFailedReason(error)}. Nothing was written.`, { cause: error });
    const place = await this.folderPath(folder, true).catch((error: unknown) => {
      throw error instanceof UserFacingError ? error : writeFailed(error);
    });
    const path = join(place!, name);
    this.writing.add(path);
    try {
      await this.writeAtomic(path, data);
      return { ...info(name, await lstat(path)), sha256: await fileSha256(path) };
    } catch (error) {
      throw writeFailed(error);
    } finally {
      this.writing.delete(path);
    }
  }

  /** The subfolders of a folder (for backups: one per project id), by name; links are left out. */
  async listFolders(folder: DataFolder): Promise<string[]> {
    const place = await this.folderPath(folder, false);
    if (!place) return [];
    const entries = await readdir(place, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && fileNameProblem(entry.name) === null)
      .map((entry) => entry.name)
      .sort();
  }

  /** The plain files of the folder, by name; links, subfolders and temporary files are left out. */
  async list(folder: DataFolder): Promise<DataFileInfo[]> {
    const place = await this.folderPath(folder, false);
    if (!place) return [];
    const entries = await readdir(place, { withFileTypes: true });
    await this.removeLeftovers(place, entries.filter((entry) => entry.isFile() && isTemporaryName(entry.name)).map((entry) => entry.name));
    const files = entries.filter((entry) => entry.isFile() && fileNameProblem(entry.name) === null).map((entry) => entry.name);
    const listed = await Promise.all(files.map(async (name) => lstat(join(place, name)).then((stats) => (stats.isFile() ? info(name, stats) : null), () => null)));
    return listed.filter((file) => file !== null).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async read({ folder, name, as }: ReadDataFileRequest): Promise<DataFile> {
    checkName(name);
    const place = await this.folderPath(folder, false);
    const missing = () => new UserFacingError(`“${name}” is not in Framewise's ${describe(folder)} folder.`);
    if (!place) throw missing();
    // O_NOFOLLOW: a link put in place of the file between a check and the read is refused, not followed
    // (where the system has the flag; elsewhere the lstat below refuses a link).
    const handle = await open(join(place, name), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw missing();
      if (error.code === 'ELOOP') throw linkRefused(name);
      throw error;
    });
    try {
      const stats = await handle.stat();
      if ((await lstat(join(place, name))).isSymbolicLink()) throw linkRefused(name);
      if (!stats.isFile()) throw missing();
      if (stats.size > MAX_DATA_FILE_BYTES) throw new UserFacingError(`“${name}” is larger than Framewise reads of a file it keeps (${MAX_DATA_FILE_BYTES / 1024 ** 3} GB).`);
      const bytes = await handle.readFile();
      const base = info(name, stats);
      return as === 'bytes' ? { ...base, as, bytes } : { ...base, as, text: new TextDecoder('utf-8').decode(bytes) };
    } finally {
      await handle.close();
    }
  }

  /** False when there was no such file. */
  async remove({ folder, name }: DataFileRef): Promise<boolean> {
    checkName(name);
    const place = await this.folderPath(folder, false);
    if (!place) return false;
    const path = join(place, name);
    const stats = await lstat(path).catch(() => null);
    if (!stats) return false;
    if (stats.isSymbolicLink()) throw linkRefused(name);
    if (!stats.isFile()) throw new UserFacingError(`“${name}” in Framewise's ${describe(folder)} folder is not a file; it was left as it is.`);
    await rm(path);
    return true;
  }

  /**
   * Temporary files of writes that never finished (the app was killed, the power went): no write of
   * this process is making them, so nothing will ever rename them into place.
   */
  private async removeLeftovers(place: string, temporaries: string[]): Promise<void> {
    const inFlight = [...this.writing].map((path) => basename(path));
    for (const temp of temporaries) {
      if (!inFlight.some((name) => isTemporaryOf(temp, name))) await rm(join(place, temp), { force: true });
    }
  }

  /**
   * The folder's real path, checked to lie inside the data folder's; null when it does not exist and
   * `create` is false.
   */
  private async folderPath(folder: DataFolder, create: boolean): Promise<string | null> {
    for (const part of folder.subfolders) checkName(part);
    const path = join(this.dataPath, folder.area, ...folder.subfolders);
    const root = await realpath(this.dataPath);
    // Checked before anything is made too: through a link planted above the folder, mkdir would make
    // folders wherever that link leads. (realPathOf is null for a link that leads nowhere.)
    if (create) {
      checkInside(root, await realPathOf(path), folder);
      await mkdir(path, { recursive: true });
    }
    const real = await realpath(path).catch(() => null);
    if (real === null) return null;
    checkInside(root, real, folder);
    return real;
  }
}

/** Hashed as it streams from the disk: a large backup never blocks main's event loop for long. */
function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** `real` (a real path, or null when it cannot be resolved) must lie inside the data folder's real path `root`. */
function checkInside(root: string, real: string | null, folder: DataFolder): void {
  const inside = real === null ? null : relative(root, real);
  if (inside === null || inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new UserFacingError(`Framewise's ${describe(folder)} folder is a link to a place outside its data folder; it was not used. Remove the link, and Framewise makes the folder anew.`);
  }
}

function checkName(name: string): void {
  const problem = fileNameProblem(name);
  if (problem) throw new UserFacingError(`“${name}” cannot name a file in Framewise's data folder: ${problem}.`);
}

function linkRefused(name: string): UserFacingError {
  return new UserFacingError(`“${name}” is a link; Framewise does not follow links in its data folder.`);
}

function info(name: string, stats: { size: number; mtime: Date }): DataFileInfo {
  return { name, size: stats.size, modifiedAt: stats.mtime.toISOString() };
}

function describe(folder: DataFolder): string {
  return [folder.area, ...folder.subfolders].join('/');
}
