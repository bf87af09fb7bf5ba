// Writes that never leave a half-written file behind: a crash or a full disk during the write leaves
// the previous file (or none) in place, never a truncated export or a corrupt stored original. And
// durable: the file's bytes are synced before the rename (without it, a power cut could leave an
// empty file under the final name), and on Linux and macOS the folder after it (without it, the
// rename itself, so a just-finished backup or saved project file, could be lost).
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
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
  open(path: string, flags: string): Promise<WrittenHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

const nodeSystem: AtomicWriteSystem = { platform: process.platform, open, rename, rm };

/**
 * Why a folder could not be opened or synced where that is no fault of the write: a system or file
 * system that does not sync folders (Windows is not even asked), or a folder the app may write into
 * but not list.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EBADF']);

export async function writeFileAtomic(path: string, data: Uint8Array | string, system: AtomicWriteSystem = nodeSystem): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await system.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await system.rename(temp, path);
  } catch (error) {
    await system.rm(temp, { force: true });
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
