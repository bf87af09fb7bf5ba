// The first rows of a survey spreadsheet, so the researcher can choose which column holds the
// answers before importing it. Read in the extraction pool, like an import.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TablePreview } from '../../shared/ipc';
import type { Extractor } from '../extract/extractor';
import { formatOfFileName, TABLE_EXTENSIONS, TABLE_FORMATS } from '../extract/formats';
import { UnreadableFileError } from '../extract/unreadableFileError';
import { UserFacingError } from '../userFacingError';
import { DEFAULT_MAX_FILE_BYTES } from '../../shared/library/fileSizeLimits';
import { MAX_READABLE_BYTES } from './importFiles';

const PREVIEW_ROWS = 5;
/** ".csv, .tsv and .xlsx" */
const TABLE_NAMES = TABLE_EXTENSIONS.map((e) => `.${e}`).join(', ').replace(/, ([^,]*)$/u, ' and $1');

export async function previewTable(path: string, extractor: Extractor, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<TablePreview> {
  const fileName = basename(path);
  const format = formatOfFileName(fileName);
  if (!format || !TABLE_FORMATS.has(format)) throw new UserFacingError(`“${fileName}” is not a table: only ${TABLE_NAMES} files have columns to choose from.`);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new UserFacingError(`“${fileName}” could not be read: it is no longer there.`);
  if (info.size > maxBytes) throw new UserFacingError(`“${fileName}” is over the limit of ${Math.round(maxBytes / (1024 * 1024))} MB per file.`);
  if (info.size > MAX_READABLE_BYTES) throw new UserFacingError(`“${fileName}” is larger than Framewise can read of one file (just under 2 GB); split it into smaller files.`);
  if (info.size === 0) throw new UserFacingError(`“${fileName}” is empty.`);
  try {
    const { value: table } = await extractor.readTable({ fileName, format, bytes: await readFile(path) });
    return { fileName, columns: table.columns, rows: table.rows.slice(0, PREVIEW_ROWS), rowCount: table.rows.length };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UserFacingError(`“${fileName}” could not be read: ${error.message}`, { cause: error });
    throw error;
  }
}
