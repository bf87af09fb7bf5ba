// Opens a stored original with the system's viewer (a PDF reader, a word processor). Only names of
// the library's own content-addressed files are accepted (the IPC schema checks their form), so the
// renderer cannot make the system open an arbitrary path.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ShellService } from '../services';
import { UserFacingError } from '../ipc';

export async function showOriginal(libraryDir: string, storedName: string, shell: ShellService): Promise<void> {
  const path = join(libraryDir, storedName);
  if (!(await stat(path).catch(() => null))?.isFile()) {
    throw new UserFacingError('The original file is missing from the library folder; import it again to restore it.');
  }
  const error = await shell.openPath(path);
  if (error) throw new UserFacingError(`The system could not open the original: ${error}`);
}
