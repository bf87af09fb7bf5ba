// Writes a file the window serialised (an export, a project file, a chart): the researcher picks the
// place in a native save dialog whose title and file types come from the purpose, and the file appears
// whole or not at all (fsAtomic.ts).
import { basename } from 'node:path';
import type { SavedFile, SaveFileRequest } from '../../shared/ipc';
import { SAVE_PURPOSES } from '../../shared/files/filePurposes';
import type { DialogService } from '../services';
import { writeFileAtomic } from '../fsAtomic';
import { UserFacingError } from '../userFacingError';

const UTF8_BOM = '\uFEFF';

export async function saveFile(request: SaveFileRequest, dialog: DialogService): Promise<SavedFile | null> {
  const { title, extensions } = SAVE_PURPOSES[request.purpose];
  const path = await dialog.chooseSaveFile({ title, suggestedName: request.suggestedName, extensions });
  if (path === null) return null;
  const data = typeof request.content === 'string' ? Buffer.from(request.bom ? UTF8_BOM + request.content : request.content, 'utf8') : request.content;
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    throw new UserFacingError(`Could not write ${path}: ${(error as Error).message}. Choose another folder or free some space.`, { cause: error });
  }
  return { path, fileName: basename(path), bytes: data.byteLength };
}
