// Which file extensions the library reads, and as what format.
import type { DocumentFormat } from '../../shared/model';

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
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
  tsv: 'csv',
  xlsx: 'xlsx',
};

/** Spreadsheets of answers: each row becomes a document, once the researcher has chosen the text column. */
export const TABLE_FORMATS: ReadonlySet<DocumentFormat> = new Set(['csv', 'xlsx']);

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The format a file name's extension names, or null when Framewise does not read it. */
export function formatOfFileName(fileName: string): DocumentFormat | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return null;
  return FORMAT_BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

/** The title a document gets before any metadata names it: its file name without the extension. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
