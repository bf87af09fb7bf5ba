// The one contract between the renderer and the main process. Every channel is named once, here:
// the main process registers a handler per key of `requestSchemas`, the preload exposes a function per
// key, and TypeScript checks both sides against `Channels`. Arguments cross a trust boundary, so each
// channel's arguments have a schema that `electron/ipc.ts` checks before the handler runs.
import { z } from 'zod';
import type { AttributeType, AttributeValue, DocumentFormat, DocumentMetadata } from './model';
import { isAbsolutePath } from './library/absolutePath';
import { isSafeFileName } from './files/fileNames';
import { OPEN_PURPOSE_NAMES, SAVE_PURPOSE_NAMES } from './files/filePurposes';
import { LARGEST_MAX_FILE_BYTES } from './library/fileSizeLimits';
import { COMMAND_IDS, type CommandId } from './commands/commandTable';

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
  /** The project the documents go into: an import a crash interrupts is offered back to it. */
  projectId: z.string().min(1).max(200).optional(),
  /**
   * The manifest the window applies to the documents as they come (as read, to be parsed again): kept
   * with the note of the import, so that a Resume after a crash describes what it adds the same way.
   */
  manifest: z.object({ fileName: z.string().min(1).max(1_000), text: z.string().max(20 * 1024 * 1024) }).optional(),
});
export type ImportRequest = z.infer<typeof importRequest>;

/** An import main noted at its start that the window never said was finished (a crash, a closed window). */
export interface InterruptedImport {
  jobId: string;
  projectId: string | null;
  paths: string[];
  tables?: Record<string, TableChoice>;
  manifest?: ImportRequest['manifest'];
  /** ISO 8601. */
  startedAt: string;
}

/**
 * A file's content as it crosses the boundary: text (a string, written as UTF-8) or bytes (a
 * Uint8Array, which Electron's structured clone carries without copying it through JSON). 1 GiB at
 * most (of bytes, or of UTF-16 units of text): a larger message would hold both processes' memory
 * twice over while it is copied.
 */
export const MAX_TRANSFER_BYTES = 1024 * 1024 * 1024;
const fileContent = z.union([
  z.string().max(MAX_TRANSFER_BYTES),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_TRANSFER_BYTES, { message: 'more than 1 GiB' }),
]);
/** How the window wants a file read: decoded text (BOM, UTF-16 and Windows-1252 recognised, line endings as \n) or its bytes. */
const readAs = z.enum(['text', 'bytes']);

export const saveFileRequest = z.object({
  /** Sets the save dialog's title and file types (shared/files/filePurposes.ts). */
  purpose: z.enum(SAVE_PURPOSE_NAMES),
  suggestedName: z.string().min(1).max(255),
  content: fileContent,
  /** Text only: prepends a UTF-8 byte-order mark, which Excel needs to read a UTF-8 CSV as UTF-8. */
  bom: z.boolean().optional(),
});
export type SaveFileRequest = z.input<typeof saveFileRequest>;

export const openFileRequest = z.object({
  /** Sets the open dialog's title, its file types and the largest file read. */
  purpose: z.enum(OPEN_PURPOSE_NAMES),
  as: readAs,
});
export type OpenFileRequest = z.infer<typeof openFileRequest>;

/** A file the researcher handed over already (dropped on the window, chosen in an import dialog). */
export const readFileRequest = openFileRequest.extend({ path: absolutePath });
export type ReadFileRequest = z.infer<typeof readFileRequest>;

/** The folders of the app's data folder that the window may keep files in, without a dialog. */
export const DATA_AREAS = ['backups'] as const;
const plainFileName = z.string().max(255).refine(isSafeFileName, { message: 'not a plain file name' });
/** `<userData>/<area>/<subfolder>/…`, e.g. `backups/<project id>`: each part one plain name. */
export const dataFolder = z.object({ area: z.enum(DATA_AREAS), subfolders: z.array(plainFileName).max(3) });
export type DataFolder = z.infer<typeof dataFolder>;
const dataFile = z.object({ folder: dataFolder, name: plainFileName });
export type DataFileRef = z.infer<typeof dataFile>;
export const writeDataFileRequest = dataFile.extend({ content: fileContent });
export type WriteDataFileRequest = z.input<typeof writeDataFileRequest>;
export const readDataFileRequest = dataFile.extend({ as: readAs });
export type ReadDataFileRequest = z.infer<typeof readDataFileRequest>;

const storedName = z.string().regex(/^[0-9a-f]{64}\.[a-z0-9]{1,10}$/);

/** An original from a project file, to keep in the library under its name (main checks the SHA-256). */
export const receivedOriginal = z.object({
  storedName,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_TRANSFER_BYTES, { message: 'more than 1 GiB' }),
});
export type ReceivedOriginal = z.input<typeof receivedOriginal>;

/**
 * An original carried inside a REFI-QDA project whose text the archive does not hold as plain text
 * (NVivo for Mac writes a DOCX and an empty .txt): main reads it with the library's extractors.
 */
export const extractTextRequest = z.object({
  fileName: z.string().min(1).max(255),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_TRANSFER_BYTES, { message: 'more than 1 GiB' }),
});
export type ExtractTextRequest = z.input<typeof extractTextRequest>;

/**
 * A file outside a REFI-QDA project that the project names for a source (relative://, absolute://):
 * main reads it only if the .qdpx the researcher chose names it (electron/files/linkedSources.ts), and
 * only up to the size limit of the preferences, as an import does.
 */
export const linkedSourceRequest = z.object({ path: absolutePath, maxFileBytes: importRequest.shape.maxFileBytes });
export type LinkedSourceRequest = z.input<typeof linkedSourceRequest>;

/** The originals the window's projects refer to; main adds those its backups refer to, and deletes the rest. */
export const libraryCleanupRequest = z.object({ inUse: z.array(storedName).max(10_000_000) });
export type LibraryCleanupRequest = z.infer<typeof libraryCleanupRequest>;

/** Argument schemas, one tuple per channel. */
export const requestSchemas = {
  getAppInfo: z.tuple([]),
  chooseImportFiles: z.tuple([]),
  chooseImportFolder: z.tuple([]),
  /** The path, and the per-file size limit from the preferences (as for importFiles). */
  previewTable: z.tuple([absolutePath, importRequest.shape.maxFileBytes]),
  importFiles: z.tuple([importRequest]),
  cancelImport: z.tuple([z.string().uuid()]),
  showOriginal: z.tuple([storedName]),
  saveFile: z.tuple([saveFileRequest]),
  openFile: z.tuple([openFileRequest]),
  readFile: z.tuple([readFileRequest]),
  writeDataFile: z.tuple([writeDataFileRequest]),
  listDataFiles: z.tuple([dataFolder]),
  readDataFile: z.tuple([readDataFileRequest]),
  deleteDataFile: z.tuple([dataFile]),
  listDataFolders: z.tuple([dataFolder]),
  readOriginal: z.tuple([storedName]),
  receiveOriginal: z.tuple([receivedOriginal]),
  extractText: z.tuple([extractTextRequest]),
  readLinkedSource: z.tuple([linkedSourceRequest]),
  cleanUpLibrary: z.tuple([libraryCleanupRequest]),
  /**
   * Why closing the window now would lose work (an import has files read but not yet added), or
   * null: main asks before closing while it is set.
   */
  holdClosing: z.tuple([z.string().max(500).nullable()]),
  /** The answer to `saveBeforeClosing`: everything typed is written; main goes on closing. */
  savedBeforeClosing: z.tuple([]),
  /** Imports left unfinished by a crash; main grants their paths again. */
  interruptedImports: z.tuple([]),
  /** The window has written every document of the import, or said why it stopped. */
  forgetImport: z.tuple([z.string().uuid()]),
  /** The commands that can run now (the command table's ids): main greys out the other menu items. */
  setEnabledCommands: z.tuple([z.array(z.enum(COMMAND_IDS as [CommandId, ...CommandId[]])).max(COMMAND_IDS.length)]),
  /**
   * The files the system handed Framewise to open (a double-clicked .framewise or .qdpx), granted to
   * the window as a file chosen in an open dialog is (electron/openedFiles.ts); each is taken once.
   */
  takeOpenedFiles: z.tuple([]),
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

/** A file's content as read: text, decoded, or bytes. */
export type FileContent = { as: 'text'; text: string } | { as: 'bytes'; bytes: Uint8Array };

/** A file read through a dialog or a grant. */
export type OpenedFile = { path: string; fileName: string; size: number } & FileContent;

export interface SavedFile {
  path: string;
  fileName: string;
  /** Bytes written (text as UTF-8, with its byte-order mark if asked). */
  bytes: number;
}

/** A file in a folder of the data folder. */
export interface DataFileInfo {
  name: string;
  size: number;
  /** Last written, ISO 8601 in UTC. */
  modifiedAt: string;
}

export type DataFile = DataFileInfo & FileContent;

/** A file written into the data folder, read back from the disk: its SHA-256 is of the bytes there now. */
export type WrittenDataFile = DataFileInfo & { sha256: string };

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

/** What each channel resolves to (inside the result envelope). */
export interface Results {
  getAppInfo: AppInfo;
  /** Empty when the dialog was cancelled. */
  chooseImportFiles: string[];
  chooseImportFolder: string | null;
  previewTable: TablePreview;
  importFiles: ImportReport;
  cancelImport: boolean;
  showOriginal: ShownOriginal;
  /** Null when the dialog was cancelled. */
  saveFile: SavedFile | null;
  /** Null when the dialog was cancelled. */
  openFile: OpenedFile | null;
  readFile: OpenedFile;
  writeDataFile: WrittenDataFile;
  /** By name; empty when the folder does not exist (yet). */
  listDataFiles: DataFileInfo[];
  readDataFile: DataFile;
  /** False when there was no such file. */
  deleteDataFile: boolean;
  /** Subfolders by name (for backups: one per project id); empty when the folder does not exist. */
  listDataFolders: string[];
  /** The original's bytes, checked against its name. */
  readOriginal: Uint8Array;
  /** Whether it was new to the library (false: the same bytes were there already). */
  receiveOriginal: { stored: boolean };
  /** The canonical text the library's extractor read. */
  extractText: { text: string };
  readLinkedSource: LinkedSource;
  cleanUpLibrary: LibraryCleanup;
  holdClosing: null;
  savedBeforeClosing: null;
  interruptedImports: InterruptedImport[];
  forgetImport: boolean;
  setEnabledCommands: null;
  /** Absolute paths, in the order the system handed them over; empty when none wait. */
  takeOpenedFiles: string[];
}

/** A source file a REFI-QDA project names outside its archive, as main read it. */
export interface LinkedSource {
  fileName: string;
  /** The file as it is on disk: the original the library keeps. */
  bytes: Uint8Array;
  /**
   * The text the library's extractor read, for a rich-text, PDF or other original; null for a plain
   * text file, whose bytes the import decodes as it decodes the archive's own (REFI-QDA's UTF-8).
   */
  text: string | null;
}

/** What the library's cleanup did. */
export interface LibraryCleanup {
  deleted: number;
  kept: number;
  freedBytes: number;
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
  /** The window is being closed: write what is typed and not yet saved, then answer `savedBeforeClosing`. */
  saveBeforeClosing: Record<string, never>;
  /** The system handed Framewise files to open: take them with `takeOpenedFiles`. */
  filesOpened: Record<string, never>;
}
export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['importProgress', 'importBatch', 'menuCommand', 'saveBeforeClosing', 'filesOpened'];

/** A menu item chosen: the id of its command in the command table. */
export type MenuCommand = CommandId;

/** The object the preload puts on `window.framewise`. */
export type FramewiseApi = {
  [C in Channel]: (...args: Args<C>) => Promise<IpcResult<Results[C]>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** Path of a file dropped on the window (Electron no longer exposes `File.path`). */
  pathForFile(file: unknown): string;
};
