// The one contract between the renderer and the main process. Every channel is named once, here:
// the main process registers a handler per key of `requestSchemas`, the preload exposes a function per
// key, and TypeScript checks both sides against `Channels`. Arguments cross a trust boundary, so each
// channel's arguments have a schema that `electron/ipc.ts` checks before the handler runs.
import { z } from 'zod';
import type { AttributeType, AttributeValue, DocumentFormat, DocumentMetadata } from './model';
import { isAbsolutePath } from './library/absolutePath';
import { LARGEST_MAX_FILE_BYTES } from './library/fileSizeLimits';

const absolutePath = z.string().min(1).max(4096).refine(isAbsolutePath, { message: 'not an absolute path' });

/** For a spreadsheet of survey answers: which column holds the text; each row becomes a document. */
export const tableChoice = z.object({
  textColumn: z.string().min(1).max(1000),
  titleColumn: z.string().min(1).max(1000).optional(),
});
export type TableChoice = z.infer<typeof tableChoice>;

export const importRequest = z.object({
  /** Chosen by the renderer so that it can cancel the job and match progress events to it. */
  jobId: z.string().uuid(),
  /** Files and folders; folders are walked recursively. */
  paths: z.array(absolutePath).min(1).max(100_000),
  /** SHA-256 of originals already in the project: reported as duplicates, not extracted again. */
  knownSha256: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1_000_000),
  /** The per-file size limit from the preferences (shared/library/fileSizeLimits.ts). */
  maxFileBytes: z.number().int().positive().max(LARGEST_MAX_FILE_BYTES).optional(),
  /** The text column of each .csv/.xlsx among `paths`, by path. */
  tables: z.record(absolutePath, tableChoice).optional(),
});
export type ImportRequest = z.infer<typeof importRequest>;

export const exportRequest = z.object({
  suggestedName: z.string().min(1).max(255),
  kind: z.enum(['csv', 'markdown']),
  content: z.string().max(1024 * 1024 * 1024),
  /** Prepends a UTF-8 byte-order mark: Excel needs it to read UTF-8 CSV as UTF-8. */
  bom: z.boolean(),
});
export type ExportRequest = z.infer<typeof exportRequest>;

export const openTextRequest = z.object({
  /** What the file is for: sets the dialog's title and file types. */
  purpose: z.enum(['manifest', 'codebook']),
});
export type OpenTextRequest = z.infer<typeof openTextRequest>;

const storedName = z.string().regex(/^[0-9a-f]{64}\.[a-z0-9]{1,10}$/);

/** Argument schemas, one tuple per channel. */
export const requestSchemas = {
  getAppInfo: z.tuple([]),
  chooseImportFiles: z.tuple([]),
  chooseImportFolder: z.tuple([]),
  previewTable: z.tuple([absolutePath]),
  importFiles: z.tuple([importRequest]),
  cancelImport: z.tuple([z.string().uuid()]),
  openTextFile: z.tuple([openTextRequest]),
  showOriginal: z.tuple([storedName]),
  saveExport: z.tuple([exportRequest]),
} as const;

export interface AppInfo {
  version: string;
  /** Where the library of originals and the backups live. */
  dataPath: string;
}

export interface ImportedDocument {
  fileName: string;
  path: string;
  sha256: string;
  storedName: string;
  format: DocumentFormat;
  title: string;
  /** Canonical text (see shared/text/canonical.ts). */
  text: string;
  extraction: Record<string, string>;
  /** Bibliographic facts found in the file (an HTML byline, a PDF's or DOCX's properties). */
  metadata?: Partial<DocumentMetadata>;
  /** Attributes found with the document (a survey row's other columns). */
  attributes?: Record<string, AttributeValue>;
  /**
   * Words in `text` (shared/text/words.ts), counted where the text was extracted, off the window's
   * thread. Absent for documents made in the renderer (the sample project), which counts them itself.
   */
  words?: number;
}

/**
 * Documents of a running import, ready to be written to the project: main sends them as they are
 * read, in the order of the request, so the renderer writes one batch (one transaction) while main
 * reads the next.
 */
export interface ImportBatch {
  jobId: string;
  /** 0, 1, 2… within the job: the renderer writes the batches in this order. */
  index: number;
  documents: ImportedDocument[];
  /**
   * For the rows of a spreadsheet: the type of each attribute (column), decided on all the rows
   * imported, which may come in many batches. The window types an attribute it does not know yet by
   * the batch that brings it; these make that batch's typing agree with the whole column's.
   */
  attributeTypes?: Record<string, AttributeType>;
}

/** The first rows of a .csv/.xlsx, so that the researcher can pick the text column. */
export interface TablePreview {
  fileName: string;
  columns: string[];
  /** Up to 5 rows, as text, in column order. */
  rows: string[][];
  rowCount: number;
}

export interface OpenedTextFile {
  path: string;
  fileName: string;
  content: string;
}

export interface FileProblem {
  fileName: string;
  path: string;
  /** Said to a researcher: what is wrong with this file and, where possible, what to do. */
  reason: string;
}

/** The end of an import; its documents came before it, as `importBatch` events. */
export interface ImportReport {
  jobId: string;
  /**
   * How many `importBatch` events this job sent: the renderer has written every document once it has
   * written that many (events and this reply may arrive in either order).
   */
  batches: number;
  /** How many documents those batches held. */
  documents: number;
  duplicates: FileProblem[];
  refused: FileProblem[];
  /** Files of formats Framewise does not read, found while walking folders: counted, not errors. */
  unsupported: number;
  cancelled: boolean;
}

/**
 * How "Show original" showed it: opened with the system's program, or (a web page, a PDF: files that
 * can run script) shown in its folder, with the reason to tell the researcher.
 */
export type ShownOriginal = { opened: true } | { opened: false; message: string };

export interface ExportResult {
  path: string;
}

/** What each channel resolves to (inside the result envelope). */
export interface Results {
  getAppInfo: AppInfo;
  /** Empty when the dialog was cancelled. */
  chooseImportFiles: string[];
  chooseImportFolder: string | null;
  previewTable: TablePreview;
  importFiles: ImportReport;
  cancelImport: boolean;
  /** Null when the dialog was cancelled. */
  openTextFile: OpenedTextFile | null;
  showOriginal: ShownOriginal;
  saveExport: ExportResult | null;
}

/**
 * Not a channel of the window's API: the preload alone sends it, with the path of a file or folder the
 * researcher dropped, so that main will read it (electron/library/pathGrants.ts says why).
 */
export const DROP_GRANT_CHANNEL = 'grantDroppedPath';

export type Channel = keyof typeof requestSchemas & keyof Results;
export const CHANNELS = Object.keys(requestSchemas) as Channel[];

export type Args<C extends Channel> = z.input<(typeof requestSchemas)[C]>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Messages the main process pushes to the renderer. */
export interface Events {
  importProgress: { jobId: string; done: number; total: number; current: string };
  importBatch: ImportBatch;
  menuCommand: { command: MenuCommand };
}
export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['importProgress', 'importBatch', 'menuCommand'];

export type MenuCommand = 'importFiles' | 'importFolder' | 'exportCsv' | 'exportCsvSpreadsheet' | 'exportMemos' | 'undo' | 'redo';

/** The object the preload puts on `window.framewise`. */
export type FramewiseApi = {
  [C in Channel]: (...args: Args<C>) => Promise<IpcResult<Results[C]>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** Path of a file dropped on the window (Electron no longer exposes `File.path`). */
  pathForFile(file: unknown): string;
};
