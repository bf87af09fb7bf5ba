// Writes a file the window serialised (an export, a project file, a chart): the researcher picks the
// place in a native save dialog whose title and file types come from the purpose, and the file appears
// whole or not at all (fsAtomic.ts).
import { basename, dirname } from 'node:path';
import type { SavedFile, SaveFileRequest } from '../../shared/ipc';
import { SAVE_PURPOSES } from '../../shared/files/filePurposes';
import type { DialogService } from '../services';
import { saveFailedReason } from '../diskFull';
import { writeFileAtomic } from '../fsAtomic';
import type { AtomicWrite } from './dataFolders';
import { UserFacingError } from '../userFacingError';
import { saveDialogName } from './saveDialogName';

const UTF8_BOM = '\uFEFF';

/** `writeAtomic`: tests pass one that fails as a full disk or a locked file does. */
export async function saveFile(request: SaveFileRequest, dialog: DialogService, writeAtomic: AtomicWrite = writeFileAtomic): Promise<SavedFile | null> {
  const { title, extensions } = SAVE_PURPOSES[request.purpose];
  const path = await dialog.chooseSaveFile({ title, suggestedName: saveDialogName(request.suggestedName, extensions), extensions });
  if (path === null) return null;
  const data = typeof request.content === 'string' ? Buffer.from(request.bom ? UTF8_BOM + request.content : request.content, 'utf8') : request.content;
  try {
    await writeAtomic(path, data);
  } catch (error) {
    // The file and folder the researcher chose; the system's message would name the temporary file.
    throw new UserFacingError(`Could not write “${basename(path)}” in ${dirname(path)}: ${saveFailedReason(error)}`, { cause: error });
  }
  return { path, fileName: basename(path), bytes: data.byteLength };
}
