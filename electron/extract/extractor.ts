// What every format adapter produces, and the entry points the import pipeline calls (through the
// worker pool in the app, directly in some tests).
import type { DocumentFormat, DocumentMetadata } from '../../shared/model';
import { toCanonicalText, isBlankText } from '../../shared/text/canonical';
import { readCsvTable } from './csvTable';
import { decodeText } from './decodeText';
import { extractDocx } from './docx';
import { extractHtml } from './html';
import { extractMarkdown } from './markdown';
import { extractOdt } from './odt';
import { extractPdf } from './pdf';
import { extractRtf } from './rtf';
import type { TableData } from './tableData';
import { UnreadableFileError } from './unreadableFileError';
import { readXlsxTable } from './xlsxTable';

export interface ExtractInput {
  fileName: string;
  format: DocumentFormat;
  bytes: Uint8Array;
}

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

/**
 * An extractor may move the input's bytes to another thread (a transfer, not a copy); it hands them
 * back with the result, for the caller to store as the original.
 */
export interface Extraction<T> {
  value: T;
  bytes: Uint8Array;
}

export interface Extractor {
  extract(input: ExtractInput): Promise<Extraction<Extracted>>;
  /** For .csv/.xlsx: the header and rows, for the researcher to pick the text column. */
  readTable(input: ExtractInput): Promise<Extraction<TableData>>;
  /** How many files it reads at once; the pipeline keeps that many (and a few more) in flight. */
  readonly parallelism?: number;
}

export async function extractDocument(input: ExtractInput): Promise<Extracted> {
  const extracted = await extractByFormat(input).catch(explainOverflow);
  const text = toCanonicalText(extracted.text);
  if (isBlankText(text)) throw new UnreadableFileError('it contains no text to code.');
  return { ...extracted, text };
}

/**
 * Some format libraries recurse over the document's structure (mammoth and read-excel-file over
 * nested XML elements); a file nested thousands of levels deep exhausts their stack. That is
 * the file's doing, and the researcher hears so, rather than a JavaScript error.
 */
function explainOverflow(error: unknown): never {
  if (error instanceof RangeError && /call stack/iu.test(error.message)) {
    throw new UnreadableFileError('its structure is nested thousands of levels deep, as no real document is; it cannot be read.', { cause: error });
  }
  throw error;
}

async function extractByFormat({ format, bytes }: ExtractInput): Promise<Extracted> {
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      return { text, extraction: { encoding } };
    }
    case 'md': {
      const { text, encoding } = decodeText(bytes);
      return { ...extractMarkdown(text), extraction: { encoding } };
    }
    case 'html':
      return extractHtml(bytes);
    case 'docx':
      return extractDocx(bytes);
    case 'odt':
      return extractOdt(bytes);
    case 'pdf':
      return extractPdf(bytes);
    case 'rtf':
      return extractRtf(bytes);
    case 'csv':
    case 'xlsx':
      throw new UnreadableFileError('it is a table: import it on its own to choose the column that holds the text (each row becomes a document).');
  }
}

export async function readTable({ format, bytes }: ExtractInput): Promise<TableData> {
  const table = format === 'csv' ? readCsvTable(bytes) : format === 'xlsx' ? await readXlsxTable(bytes).catch(explainOverflow) : null;
  if (!table) throw new UnreadableFileError('it is not a table (.csv or .xlsx).');
  if (table.columns.length === 0) throw new UnreadableFileError('it is empty: it has no header row naming its columns.');
  return table;
}

/** Runs extraction in this thread (tests, and anywhere a worker is not wanted). */
export const inProcessExtractor: Extractor = {
  extract: async (input) => ({ value: await extractDocument(input), bytes: input.bytes }),
  readTable: async (input) => ({ value: await readTable(input), bytes: input.bytes }),
};
