// Writes that never leave a half-written file behind: a crash or a full disk during the write leaves
// the previous file (or none) in place, never a truncated export or a corrupt stored original. And
// durable: the file's bytes are synced before the rename (without it, a power cut could leave an
// empty file under the final name), and on Linux and macOS the folder after it (without it, the
// rename itself, so a just-finished backup or saved project file, could be lost). A file it replaces
// keeps who may read it: an export of interviews made readable to its owner only stays so.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a write needs of a file it opened. */
interface WrittenHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file system an atomic write uses; tests watch or refuse its calls. */
export interface AtomicWriteSystem {
  platform: NodeJS.Platform;
  /** `mode`: the new file's permissions, as the system's umask lets them be. */
  open(path: string, flags: string, mode?: number): Promise<WrittenHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
}

const nodeSystem: AtomicWriteSystem = { platform: process.platform, open, rename, rm, stat };

/**
 * Why a folder could not be opened or synced where that is no fault of the write: a system or file
 * system that does not sync folders (Windows is not even asked), or a folder the app may write into
 * but not list.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EBADF']);

/** The longest file name ext4 and APFS accept, in UTF-8 bytes (NTFS's 255 UTF-16 units are never fewer characters). */
const MAX_NAME_BYTES = 255;
/** What a temporary name adds to the name it is for: the leading dot, and `.<12 hex digits>.tmp`. */
const TEMPORARY_PARTS_BYTES = 1 + 1 + 12 + 4;
const TEMPORARY = /^\.(.+)\.[0-9a-f]{12}\.tmp$/su;

/**
 * The temporary file of a write of `name`: `.<name>.<12 hex digits>.tmp`, hidden, in the same folder so
 * that the rename is atomic. A name near the system's limit is cut short here (at a character, never
 * inside one), or the researcher could not save under a name the system itself accepts.
 */
export function temporaryName(name: string, random: string = randomBytes(6).toString('hex')): string {
  return `.${temporaryStem(name)}.${random}.tmp`;
}

/** True when `file` is a temporary file of a write of `name` (temporaryName). */
export function isTemporaryOf(file: string, name: string): boolean {
  return TEMPORARY.exec(file)?.[1] === temporaryStem(name);
}

/** True when `file` has the form of a temporary file of some write. */
export function isTemporaryName(file: string): boolean {
  return TEMPORARY.test(file);
}

function temporaryStem(name: string): string {
  const room = MAX_NAME_BYTES - TEMPORARY_PARTS_BYTES;
  let bytes = 0;
  let stem = '';
  for (const character of name) {
    bytes += Buffer.byteLength(character);
    if (bytes > room) break;
    stem += character;
  }
  return stem;
}

export async function writeFileAtomic(path: string, data: Uint8Array | string, system: AtomicWriteSystem = nodeSystem): Promise<void> {
  const temp = join(dirname(path), temporaryName(basename(path)));
  // The permissions of the file replaced (none for a new file: the system's default). Windows' modes
  // only say read-only, and a read-only file is not replaced there anyway.
  const mode =
    system.platform === 'win32'
      ? undefined
      : await system.stat(path).then(
          (stats) => stats.mode & 0o777,
          () => undefined,
        );
  try {
    const handle = await system.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await system.rename(temp, path);
  } catch (error) {
    // Why the write failed is what the researcher needs; a temporary file left behind (Windows: a
    // scanner holds it a moment) is removed by the next listing or cleanup of its folder.
    await system.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(dirname(path), system);
}

/** Makes a rename into `folder` durable (POSIX: fsync of the folder); skipped where folders cannot be synced. */
async function syncFolder(folder: string, system: AtomicWriteSystem): Promise<void> {
  if (system.platform === 'win32') return;
  try {
    const handle = await system.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}
