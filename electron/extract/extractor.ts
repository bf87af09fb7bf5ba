// What every format adapter produces, and the entry points the import pipeline calls (through the
// worker pool in the app, directly in some tests).
import type { DocumentFormat } from '../../shared/model';
import { toCanonicalText, isBlankText } from '../../shared/text/canonical';
import { countWords } from '../../shared/text/words';
import { storeOriginal, storingFailedReason } from '../originals/originalStore';
import { decodeText } from './decodeText';
import type { Extracted } from './extracted';
import { isStackOverflow } from './stackOverflow';
import type { TableData } from './tableData';
import { UnreadableFileError } from './unreadableFileError';

// Each format's reader, and the libraries under it, load when a file of that format first comes: an
// extraction worker that loaded them all took about 230 ms to start, and a batch of text, Markdown
// and web pages never needs mammoth, yauzl, saxes, papaparse or read-excel-file.
const readers = {
  md: () => import('./markdown'),
  html: () => import('./html'),
  docx: () => import('./docx'),
  odt: () => import('./odt'),
  pdf: () => import('./pdf'),
  rtf: () => import('./rtf'),
  csv: () => import('./csvTable'),
  xlsx: () => import('./xlsxTable'),
} satisfies Partial<Record<DocumentFormat, () => Promise<unknown>>>;
type Readers = typeof readers;
type Reader<F extends keyof Readers> = Awaited<ReturnType<Readers[F]>>;

/**
 * The readers loaded so far, kept as modules: a dynamic import() of a module already loaded still
 * goes through the module loader (resolution, a promise, and under a loader hook a round trip to
 * the hooks thread) for every file, which cost more than reading a short text file.
 */
const loadedReaders = new Map<keyof Readers, unknown>();

async function reader<F extends keyof Readers>(format: F): Promise<Reader<F>> {
  const loaded = loadedReaders.get(format);
  if (loaded) return loaded as Reader<F>;
  const module = await readers[format]();
  loadedReaders.set(format, module);
  return module as Reader<F>;
}

/**
 * Loads the reader of `format` unless it is loaded already; true when it had to. The worker calls it
 * before it reads a file, so that loading a library is not counted in the file's time limit.
 */
export async function loadReader(format: DocumentFormat): Promise<boolean> {
  if (!(format in readers) || loadedReaders.has(format as keyof Readers)) return false;
  await reader(format as keyof Readers);
  return true;
}

export interface ExtractInput {
  fileName: string;
  format: DocumentFormat;
  bytes: Uint8Array;
}

/** A document as the import takes it: canonical text, and its words counted where it was read. */
export interface ExtractedDocument extends Extracted {
  words: number;
}

/**
 * An extractor may move the input's bytes to another thread (a transfer, not a copy); a table's come
 * back with its rows, for the caller to store as the original once it has claimed the rows.
 */
export interface Extraction<T> {
  value: T;
  bytes: Uint8Array;
}

/** Where a document's original goes once it is read: `<libraryDir>/<sha256>.<extension>`. */
export interface OriginalPlace {
  libraryDir: string;
  sha256: string;
  extension: string;
}

export interface StoredExtraction {
  value: ExtractedDocument;
  /** The original's name in the library; null when no place was given. */
  storedName: string | null;
}

/**
 * `signal`, for both entry points: the researcher cancelled the import. A file not yet read, or being
 * read, is refused at once with `signal.reason` (its reading stopped, and no original stored); once it
 * is read, its original, if being stored, is stored whole and the file kept: cancel never leaves half
 * of a file's work done.
 */
export interface Extractor {
  /**
   * Reads a document, then stores its original where `original` says (in the app, a thread of its own
   * does, while the next file is read): a file that cannot be read leaves no original behind. A
   * failure to store refuses the file.
   */
  extract(input: ExtractInput, original?: OriginalPlace, signal?: AbortSignal): Promise<StoredExtraction>;
  /** For .csv/.tsv/.xlsx: the header and rows, for the researcher to pick the text column. */
  readTable(input: ExtractInput, signal?: AbortSignal): Promise<Extraction<TableData>>;
  /** The researcher is choosing files to import: start what reading needs now, not with the first file. */
  warmUp?(): void;
  /** How many files it reads at once; the pipeline keeps that many (and a few more) in flight. */
  readonly parallelism?: number;
}

export async function extractDocument(input: ExtractInput): Promise<ExtractedDocument> {
  const extracted = await extractByFormat(input).catch(explainDocumentOverflow);
  const text = toCanonicalText(extracted.text);
  if (isBlankText(text)) throw new UnreadableFileError('it contains no text to code.');
  // Counted here, in the extraction worker, rather than in the window as it writes the documents.
  return { ...extracted, text, words: countWords(text) };
}

/**
 * Some format libraries recurse over the document's structure (mammoth over nested XML elements); a
 * file nested thousands of levels deep exhausts their stack. That is the file's doing, and the
 * researcher hears so, rather than a JavaScript error.
 */
function explainDocumentOverflow(error: unknown): never {
  if (isStackOverflow(error)) {
    throw new UnreadableFileError('its structure is nested thousands of levels deep, as no real document is; it cannot be read.', { cause: error });
  }
  throw error;
}

/**
 * A table exhausts a reader's stack by its size as much as by its nesting (read-excel-file recurses
 * over a sheet's XML, and a library may pass a row per argument somewhere): the researcher hears what
 * they can do about it, rather than a JavaScript error or a claim of deep nesting.
 */
function explainTableOverflow(error: unknown): never {
  if (isStackOverflow(error)) {
    throw new UnreadableFileError(
      'it is too large or too intricate for the spreadsheet reader (its stack ran out while reading the rows). Split it into smaller files, or save an .xlsx as CSV, and import those.',
      { cause: error },
    );
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
      return { ...(await (await reader('md')).extractMarkdown(text)), extraction: { encoding } };
    }
    case 'html':
      return (await reader('html')).extractHtml(bytes);
    case 'docx':
      return (await reader('docx')).extractDocx(bytes);
    case 'odt':
      return (await reader('odt')).extractOdt(bytes);
    case 'pdf':
      return (await reader('pdf')).extractPdf(bytes);
    case 'rtf':
      return (await reader('rtf')).extractRtf(bytes);
    case 'csv':
    case 'xlsx':
      throw new UnreadableFileError('it is a table: import it on its own to choose the column that holds the text (each row becomes a document).');
  }
}

export async function readTable({ format, bytes }: ExtractInput): Promise<TableData> {
  const read = async () => (format === 'csv' ? (await reader('csv')).readCsvTable(bytes) : format === 'xlsx' ? await (await reader('xlsx')).readXlsxTable(bytes) : null);
  const table = await read().catch(explainTableOverflow);
  if (!table) throw new UnreadableFileError('it is not a table (.csv, .tsv or .xlsx).');
  if (table.columns.length === 0) throw new UnreadableFileError('it is empty: it has no header row naming its columns.');
  return table;
}

/**
 * Runs extraction in this thread (tests, and anywhere a worker is not wanted). A cancel cannot stop
 * reading here, only stop waiting for it: the read goes on to its end and its result is dropped.
 */
export const inProcessExtractor: Extractor = {
  extract: async (input, original, signal) => {
    const value = await unlessCancelled(signal, () => extractDocument(input));
    if (!original) return { value, storedName: null };
    try {
      return { value, storedName: await storeOriginal(original.libraryDir, original.sha256, original.extension, input.bytes) };
    } catch (error) {
      throw new UnreadableFileError(storingFailedReason(error), { cause: error });
    }
  },
  readTable: async (input, signal) => ({ value: await unlessCancelled(signal, () => readTable(input)), bytes: input.bytes }),
};

/** `read`'s result, or `signal.reason` as soon as the signal is aborted, whichever comes first. */
function unlessCancelled<T>(signal: AbortSignal | undefined, read: () => Promise<T>): Promise<T> {
  if (!signal) return read();
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const cancel = () => reject(signal.reason as Error);
    signal.addEventListener('abort', cancel, { once: true });
    const settled = () => signal.removeEventListener('abort', cancel);
    // A read that ends after the cancel settles nothing: the promise is already rejected.
    read().then(
      (value) => {
        settled();
        resolve(value);
      },
      (error: unknown) => {
        settled();
        reject(error as Error);
      },
    );
  });
}
