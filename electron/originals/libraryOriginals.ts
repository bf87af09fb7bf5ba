// Originals going out of the library into a project file ("Save a copy…") and coming into it from one
// ("Open project file…"). Both check the one thing a library name promises: the bytes' SHA-256 is the
// name's. An original read back that no longer matches (edited by hand, damaged on disk) is refused
// rather than saved into a copy under a name it does not deserve; one coming in that does not match is
// refused rather than stored where every project that names it would trust it.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { STORED_NAME } from '../../shared/projectFile/entryNames';
import { LARGEST_READABLE_BYTES } from '../../shared/files/filePurposes';
import { UserFacingError } from '../userFacingError';
import { sha256Hex, storeReceivedOriginal } from './originalStore';
import { writeFailedReason } from '../diskFull';

function checkName(storedName: string): void {
  if (!STORED_NAME.test(storedName)) throw new UserFacingError(`“${storedName}” is not the name of an original in Framewise's library (<sha256>.<ext>).`);
}

/** The bytes of a stored original, checked against its name. Links are not followed. */
export async function readOriginal(libraryDir: string, storedName: string): Promise<Uint8Array> {
  checkName(storedName);
  const handle = await open(join(libraryDir, storedName), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UserFacingError(`The original ${storedName} is missing from Framewise's library folder; import that document's file again to restore it.`);
    throw error;
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UserFacingError(`The original ${storedName} in Framewise's library folder is not a file.`);
    if (stats.size > LARGEST_READABLE_BYTES) throw new UserFacingError(`The original ${storedName} is larger than Framewise reads in one piece (2 GB).`);
    const bytes = new Uint8Array(await handle.readFile());
    if (!storedName.startsWith(sha256Hex(bytes))) {
      throw new UserFacingError(`The original ${storedName} in Framewise's library folder has changed since it was imported (its content no longer matches its name); import that document's file again.`);
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/**
 * Stores an original that came in a project file under its library name, after checking the bytes
 * are what the name says. An original already there is left as it is (content-addressed: the same
 * name is the same bytes). Returns whether it was new to the library. It is not recorded as imported:
 * the renderer chose these bytes and their extension, so Show original only shows it in its folder.
 */
export async function receiveOriginal(libraryDir: string, storedName: string, bytes: Uint8Array): Promise<boolean> {
  checkName(storedName);
  const sha256 = sha256Hex(bytes);
  if (!storedName.startsWith(sha256)) throw new UserFacingError(`The original ${storedName} in the project file is not what its name says (its content has another SHA-256); it was not stored.`);
  const dot = storedName.indexOf('.');
  const existed = await open(join(libraryDir, storedName), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).then(
    async (handle) => {
      const size = (await handle.stat()).size;
      await handle.close();
      return size === bytes.byteLength;
    },
    () => false,
  );
  if (existed) return false;
  try {
    await storeReceivedOriginal(libraryDir, sha256, storedName.slice(dot + 1), bytes);
  } catch (error) {
    throw new UserFacingError(`The original ${storedName} could not be stored in Framewise's library folder: ${writeFailedReason(error)}.`, { cause: error });
  }
  return true;
}
