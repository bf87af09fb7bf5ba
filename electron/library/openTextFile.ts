// Reads a small text file the researcher picks (a manifest of attributes, a codebook) for the
// renderer to parse. The file is decoded like an imported text, so a manifest saved by Excel in
// Windows-1252 or UTF-16 reads correctly.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedTextFile, OpenTextRequest } from '../../shared/ipc';
import type { DialogService } from '../services';
import { decodeText } from '../extract/decodeText';
import { UnreadableFileError } from '../extract/unreadableFileError';
import { UserFacingError } from '../userFacingError';
import { normalizeLineEndings } from '../../shared/text/canonical';

const PURPOSES: Record<OpenTextRequest['purpose'], { title: string; extensions: string[] }> = {
  manifest: { title: 'Choose a manifest of document attributes (CSV or JSON)', extensions: ['csv', 'json', 'tsv', 'txt'] },
  codebook: { title: 'Choose a codebook (CSV)', extensions: ['csv', 'tsv', 'txt'] },
};

/** Manifests and codebooks are small; a bigger file is almost certainly the wrong one. */
const MAX_BYTES = 20 * 1024 * 1024;

export async function openTextFile(request: OpenTextRequest, dialog: DialogService): Promise<OpenedTextFile | null> {
  const [path] = await dialog.chooseFiles({ ...PURPOSES[request.purpose], multiple: false });
  if (!path) return null;
  const fileName = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new UserFacingError(`“${fileName}” could not be read: it is no longer there.`);
  if (info.size > MAX_BYTES) throw new UserFacingError(`“${fileName}” is too large for a ${request.purpose} (over 20 MB).`);
  try {
    const { text } = decodeText(await readFile(path));
    return { path, fileName, content: normalizeLineEndings(text) };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UserFacingError(`“${fileName}” could not be read: ${error.message}`, { cause: error });
    throw error;
  }
}
