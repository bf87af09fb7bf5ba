// What every format adapter (docx.ts, html.ts, pdf.ts…) gives back. Its own module, so that the adapters,
// which extractor.ts loads on demand, do not import the module that loads them.
import type { DocumentMetadata } from '../../shared/model';

export interface Extracted {
  /** A title found inside the file (an HTML <title>, a PDF's metadata), if any. */
  title?: string;
  /** Canonical text. */
  text: string;
  /** Facts shown in the document's info, e.g. `{ encoding: 'Windows-1252' }`. */
  extraction: Record<string, string>;
  /** Author, date, outlet, address, where the file states them. */
  metadata?: Partial<DocumentMetadata>;
}

/** A text file's content and the encoding it was read in (decodeText.ts, legacyEncoding.ts). */
export interface DecodedText {
  text: string;
  /** For the document's info, e.g. "UTF-8" or "Windows-1251 (detected)". */
  encoding: string;
}
