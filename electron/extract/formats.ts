// Which file extensions the library reads, and as what format: the list itself is in
// shared/library/fileFormats.ts, which the window uses too.
export { formatOfFileName, SUPPORTED_EXTENSIONS, TABLE_EXTENSIONS, TABLE_FORMATS } from '../../shared/library/fileFormats';

/** The title a document gets before any metadata names it: its file name without the extension. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
