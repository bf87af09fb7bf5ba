// Reads a file for the window, chosen in an open dialog or handed over before (dropped on the window,
// chosen for an import): as bytes (a project file, a REFI-QDA archive), or as text decoded like an
// imported text, so that a manifest or codebook saved by Excel in Windows-1252 or UTF-16 reads
// correctly. The purpose sets the dialog, the file types and the largest file read.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { OpenedFile, OpenFileRequest, ReadFileRequest } from '../../shared/ipc';
import { OPEN_PURPOSES } from '../../shared/files/filePurposes';
import { normalizeLineEndings } from '../../shared/text/canonical';
import type { DialogService } from '../services';
import { decodeText } from '../extract/decodeText';
import { UnreadableFileError } from '../extract/unreadableFileError';
import type { PathGrants } from '../library/pathGrants';
import { grantedPath } from '../library/requestPaths';
import { UserFacingError } from '../userFacingError';

/** Null when the dialog was cancelled. The chosen file is granted, as a file chosen for an import is. */
export async function openFile(request: OpenFileRequest, dialog: DialogService, grants: PathGrants): Promise<OpenedFile | null> {
  const { title, extensions } = OPEN_PURPOSES[request.purpose];
  const [path] = await dialog.chooseFiles({ title, extensions, multiple: false });
  if (!path) return null;
  // The dialog's filter is a suggestion: Windows lists every file once "*.*" is typed, GTK takes any name.
  checkType(path, request.purpose);
  await grants.grantFiles([path]);
  return readFileAs(path, request);
}

/** A file the researcher handed over already, of one of the purpose's file types. */
export async function readGrantedFile(request: ReadFileRequest, grants: PathGrants): Promise<OpenedFile> {
  const path = await grantedPath(request.path, grants);
  checkType(path, request.purpose);
  return readFileAs(path, request);
}

/** Refuses a file that is not of one of the purpose's types, by its extension in any letter case. */
function checkType(path: string, purpose: OpenFileRequest['purpose']): void {
  const { noun, extensions } = OPEN_PURPOSES[purpose];
  const extension = extname(path).slice(1).toLowerCase();
  if (!(extensions as readonly string[]).includes(extension)) {
    throw new UserFacingError(`“${basename(path)}” is not a ${noun}: Framewise reads a ${noun} from ${extensions.map((e) => `.${e}`).join(', ')} files.`);
  }
}

async function readFileAs(path: string, { purpose, as }: OpenFileRequest): Promise<OpenedFile> {
  const { noun, maxBytes } = OPEN_PURPOSES[purpose];
  const fileName = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new UserFacingError(`“${fileName}” could not be read: it is no longer there.`);
  if (info.size > maxBytes) throw new UserFacingError(`“${fileName}” is too large for a ${noun} (over ${Math.round(maxBytes / (1024 * 1024))} MB).`);
  const bytes = await readFile(path);
  if (as === 'bytes') return { path, fileName, size: bytes.byteLength, as, bytes };
  try {
    return { path, fileName, size: bytes.byteLength, as, text: normalizeLineEndings(decodeText(bytes).text) };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UserFacingError(`“${fileName}” could not be read: ${error.message}`, { cause: error });
    throw error;
  }
}
