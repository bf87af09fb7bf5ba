// The import pipeline: for each file (folders walked), read it, recognise duplicates by content,
// extract its canonical text and store the original (both in the worker pool). A file that cannot be
// imported is reported with its name and a reason, and the rest of the batch goes on. Nothing here
// touches the project: the documents go to the renderer in batches as they are read
// (importBatches.ts), and the renderer writes each batch in one transaction, so a refused file cannot
// change what is already there.
//
// Several files are in flight at once, so that reading and hashing the next files overlaps with
// extracting the current ones; batches and the report list them in the order they were given all
// the same.
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportBatch, ImportReport, ImportRequest, ImportedDocument, TableChoice } from '../../shared/ipc';
import type { Extractor } from '../extract/extractor';
import { UnreadableFileError } from '../extract/unreadableFileError';
import { formatOfFileName, TABLE_FORMATS, titleFromFileName } from '../extract/formats';
import { ByteBudget } from './byteBudget';
import { ImportBatches, type BatchLimits } from './importBatches';
import type { ClaimOrder, Outcome, SeenContent } from './importOutcome';
import { sha256Hex, storedExtension } from '../originals/originalStore';
import { tableDocuments } from './tableDocuments';
import { walkPaths, type WalkedFile } from './walkPaths';
import { DEFAULT_MAX_FILE_BYTES } from '../../shared/library/fileSizeLimits';

/**
 * Files up to this size are read in one blocking call, which holds main's thread for well under a
 * millisecond; larger ones through the thread pool. fs/promises' readFile opens, stats and reads in
 * separate round trips to the pool: reading 1,000 files of 5 KB took 40–100 ms of CPU that way and
 * 5–15 ms blocking, on a 2-core machine where the extraction worker needs every spare cycle.
 */
const READ_AT_ONCE_BYTES = 1024 * 1024;

/** Progress events at most this often: the renderer shows a bar, not a log. */
const PROGRESS_INTERVAL_MS = 50;

export interface ImportContext {
  libraryDir: string;
  extractor: Extractor;
  onProgress(progress: { jobId: string; done: number; total: number; current: string }): void;
  /** Documents ready to be written to the project, in the order of the request. */
  onBatch(batch: ImportBatch): void;
  /**
   * Aborted when the researcher cancels: no file is started after it, and the files being read stop
   * (the extractor gives up on them) rather than run to their end. None: the import cannot be cancelled.
   */
  signal?: AbortSignal;
  /** When to send a batch (importBatches.ts's BATCH_LIMITS unless a test says otherwise). */
  batchLimits?: BatchLimits;
  /** Used when the request names no limit. */
  maxFileBytes?: number;
  /** Bytes of file content held at once (byteBudget.ts's DEFAULT_BYTES_IN_FLIGHT unless a test says otherwise). */
  bytesInFlight?: number;
}

export async function importFiles(request: ImportRequest, context: ImportContext): Promise<ImportReport> {
  const { files, unsupported } = await walkPaths(request.paths);
  let cancelled = false;
  const seen: SeenContent = new Map(request.knownSha256.map((sha) => [sha, { fileName: '', imported: Promise.resolve(true) }]));
  const maxBytes = request.maxFileBytes ?? context.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const batches = new ImportBatches(request.jobId, context.onBatch, context.batchLimits);
  const progress = throttledProgress(request.jobId, files.length, context.onProgress);
  const budget = new ByteBudget(context.bytesInFlight);

  // Files are read in parallel but claim their content in batch order, so that of two files with the
  // same content the first one named is imported and the later one reported as its duplicate.
  const turns = files.map(() => {
    let pass!: () => void;
    return { passed: new Promise<void>((resolve) => (pass = resolve)), pass };
  });
  const claimOrder = (index: number): ClaimOrder => ({
    waitTurn: () => turns[index - 1]?.passed ?? Promise.resolve(),
    passTurn: () => turns[index]!.pass(),
  });

  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      if (context.signal?.aborted) {
        cancelled = true;
        return;
      }
      const index = next++;
      const file = files[index]!;
      progress.started(basename(file.path), done);
      const order = claimOrder(index);
      const bytes = bytesTurn(budget, index);
      let outcome: Outcome;
      try {
        outcome = await importOne(file, { ...context, ...order, seen, maxBytes, table: request.tables?.[file.path], holdBytes: bytes.hold });
      } finally {
        order.passTurn();
        bytes.end();
      }
      if (outcome.kind === 'cancelled') cancelled = true;
      batches.settle(index, outcome);
      progress.finished(++done);
    }
  };
  // Enough files in flight that the workers never wait for a disk read or an original being stored;
  // how many bytes they hold is capped by the budget, whatever the number of lanes.
  const lanes = (context.extractor.parallelism ?? 1) * 4 + 4;
  await Promise.all(Array.from({ length: Math.min(lanes, files.length) }, lane));

  // Files are taken in order and every file taken is settled, even after a cancel: the outcomes form
  // an unbroken run from the first file, and all of them are sent. After a cancel, a file not yet read
  // by the extractor settles as cancelled, whether it was waiting for its bytes or its turn, or being
  // read (the extractor stops it); one already read is kept, its original stored whole. So the import
  // ends as soon as Cancel reaches it, not after the files in hand.
  batches.end();
  progress.end(done);
  return {
    jobId: request.jobId,
    batches: batches.sent,
    documents: batches.documents,
    duplicates: batches.duplicates,
    refused: batches.refused,
    unsupported,
    cancelled,
  };
}

interface FileContext extends ImportContext, ClaimOrder {
  seen: SeenContent;
  maxBytes: number;
  table: TableChoice | undefined;
  /** Waits until the file's bytes may be held (see byteBudget.ts); they are released when the file is done. */
  holdBytes(bytes: number): Promise<void>;
}

/** A file's turn in the byte budget: held once its size is known, skipped if it is refused before that. */
function bytesTurn(budget: ByteBudget, index: number): { hold(bytes: number): Promise<void>; end(): void } {
  let release: (() => void) | null = null;
  let asked = false;
  return {
    hold: async (bytes) => {
      asked = true;
      release = await budget.acquire(index, bytes);
    },
    end: () => {
      if (release) release();
      else if (!asked) budget.skip(index);
    },
  };
}

async function importOne(file: WalkedFile, context: FileContext): Promise<Outcome> {
  const { path } = file;
  const fileName = basename(path);
  const refuse = (reason: string): Outcome => ({ kind: 'refused', problem: { fileName, path, reason } });
  // A link the folder walk did not follow (out of the chosen folder, or to nothing): reported, never read.
  if (file.skipped) return refuse(file.skipped);
  const format = formatOfFileName(fileName);
  if (!format) return refuse(`Framewise does not read ${extname(fileName) || 'extension-less'} files.`);
  if (TABLE_FORMATS.has(format) && !context.table) {
    return refuse('it is a table of answers: import it on its own, so that you can choose the column that holds the text (each row becomes a document).');
  }

  const info = file.stats ?? (await stat(path).catch(() => null));
  if (!info) return refuse(VANISHED);
  if (!info.isFile()) return refuse('it is not a regular file.');
  if (info.size > context.maxBytes) return refuse(`it is ${megabytes(info.size)}, over the limit of ${megabytes(context.maxBytes)} per file (set in Preferences).`);
  if (info.size > MAX_READABLE_BYTES) return refuse(tooLargeToRead(info.size));
  if (info.size === 0) return refuse('the file is empty.');

  await context.holdBytes(info.size);
  // The wait for room can be long (large files queue behind one another): Cancel may have come meanwhile.
  if (context.signal?.aborted) return CANCELLED;
  let bytes: Uint8Array;
  try {
    bytes = info.size <= READ_AT_ONCE_BYTES ? readSmallFile(path) : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_FS_FILE_TOO_LARGE') return refuse(tooLargeToRead(info.size));
    return refuse(code === 'ENOENT' ? VANISHED : `it could not be read (${code ?? (error as Error).message}).`);
  }
  // Its size was taken before it was read (by the walk, perhaps long before): one still being written
  // may have grown since, and the limit is on what is imported.
  if (bytes.byteLength > context.maxBytes) {
    return refuse(`it grew to ${megabytes(bytes.byteLength)} while it was being imported, over the limit of ${megabytes(context.maxBytes)} per file (set in Preferences). If it is still being written, import it once it is complete.`);
  }
  // A large file takes a while to read from disk: no need to hash it for an import already cancelled.
  if (context.signal?.aborted) return CANCELLED;
  const sha256 = sha256Hex(bytes);
  const input = { fileName, format, bytes };
  try {
    if (context.table) return await tableDocuments({ ...input, path, sha256, choice: context.table }, context);
    await context.waitTurn();
    return await claimContent(sha256, fileName, path, context, async () => {
      // The turn to claim can wait for an earlier spreadsheet's rows to be read.
      if (context.signal?.aborted) return CANCELLED;
      const original = { libraryDir: context.libraryDir, sha256, extension: storedExtension(fileName, format) };
      const extracted = await context.extractor.extract(input, original, context.signal);
      const storedName = extracted.storedName!;
      const { title, text, extraction, metadata, words } = extracted.value;
      const document: ImportedDocument = { fileName, path, sha256, storedName, format, title: title || titleFromFileName(fileName), text, extraction, words };
      if (metadata && Object.keys(metadata).length > 0) document.metadata = metadata;
      return { kind: 'imported', documents: [document] };
    });
  } catch (error) {
    // The extractor gave up on the file for the cancel (or it failed meanwhile): not imported, not reported.
    if (context.signal?.aborted) return CANCELLED;
    if (error instanceof UnreadableFileError) return refuse(error.message);
    return refuse(`it could not be read (${(error as Error).message}).`);
  }
}

/**
 * Runs `work` for the first file with this content; a later one with the same content is a duplicate
 * of it, unless the first one was refused, in which case the later one gets its own chance.
 */
async function claimContent(
  sha256: string,
  fileName: string,
  path: string,
  { seen, passTurn }: { seen: SeenContent; passTurn(): void },
  work: () => Promise<Outcome>,
): Promise<Outcome> {
  const earlier = seen.get(sha256);
  if (earlier) {
    passTurn();
    if (await earlier.imported) {
      const reason = earlier.fileName ? `it has the same content as “${earlier.fileName}”, imported just before.` : 'its content is already in the project.';
      return { kind: 'duplicate', problem: { fileName, path, reason } };
    }
  }
  let settle!: (imported: boolean) => void;
  seen.set(sha256, { fileName, imported: new Promise((resolve) => (settle = resolve)) });
  passTurn();
  try {
    const outcome = await work();
    settle(outcome.kind === 'imported');
    return outcome;
  } catch (error) {
    settle(false);
    throw error;
  }
}

/**
 * A file read in one blocking call, in a buffer of its own: Node hands small files out as slices of a
 * shared pool, which cannot be moved to a worker and which the spreadsheet reader misreads (a small
 * .xlsx read that way gave no rows).
 */
function readSmallFile(path: string): Uint8Array {
  const buffer = readFileSync(path);
  return buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? buffer : new Uint8Array(buffer);
}

const CANCELLED: Outcome = { kind: 'cancelled' };

export const VANISHED = 'the file is no longer there (it was moved or deleted during the import).';

/**
 * Node reads a file into memory in one piece only up to 2 GiB less a byte (readFile throws
 * ERR_FS_FILE_TOO_LARGE past it), whatever the limit in the preferences (at most 2 GiB:
 * shared/library/fileSizeLimits.ts).
 */
export const MAX_READABLE_BYTES = 2 ** 31 - 1;
function tooLargeToRead(size: number): string {
  return `it is ${megabytes(size)}, more than Framewise can read of one file (just under 2 GB). Split it into smaller files (a PDF by chapters, a spreadsheet by waves) and import those.`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function throttledProgress(jobId: string, total: number, emit: ImportContext['onProgress']) {
  let last = -Infinity;
  let current = '';
  const send = (done: number, force = false) => {
    const now = performance.now();
    if (!force && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    emit({ jobId, done, total, current });
  };
  return {
    started: (name: string, done: number) => {
      current = name;
      send(done);
    },
    finished: (done: number) => send(done),
    end: (done: number) => {
      current = '';
      send(done, true);
    },
  };
}
