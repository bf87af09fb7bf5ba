// Which file extensions Framewise reads, and as what format: one list for both sides. Main reads files
// by it; the window asks for a text column for every file it calls a table before the import starts,
// so the two must agree on what a table is (they once did not, and .tsv files could never be imported).
import type { DocumentFormat } from '../model';

const FORMAT_BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
  odt: 'odt',
  rtf: 'rtf',
  csv: 'csv',
  // Tab-separated: the CSV reader detects the delimiter.
  tsv: 'csv',
  xlsx: 'xlsx',
};

/** Spreadsheets of answers: each row becomes a document, once the researcher has chosen the text column. */
export const TABLE_FORMATS: ReadonlySet<DocumentFormat> = new Set(['csv', 'xlsx']);

/** Lower case, without the dot, as a file dialog's filter takes them. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The table extensions (csv, tsv, xlsx), for messages. */
export const TABLE_EXTENSIONS: readonly string[] = SUPPORTED_EXTENSIONS.filter((extension) => TABLE_FORMATS.has(FORMAT_BY_EXTENSION[extension]!));

/** The format a file name's extension names (any case), or null when Framewise does not read it. */
export function formatOfFileName(fileName: string): DocumentFormat | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return null;
  return FORMAT_BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

/** True for a path (POSIX or Windows) or file name that names a table: a .csv, .tsv or .xlsx file. */
export function isTableFile(path: string): boolean {
  const format = formatOfFileName(path.split(/[\\/]/u).at(-1) ?? '');
  return format !== null && TABLE_FORMATS.has(format);
}
