// Writes a project file: a zip of one JSON-lines entry per table, the originals when asked, and the
// manifest last (its checksums are known only once every entry is written; placing it last lets the
// writer stream). `ProjectFileWriter` takes rows in batches and hands out the zip in chunks, so that
// a caller reading a large project table by table never holds all of it, and can yield to the
// window between batches; `writeProjectFile` is the same for a project held in memory.
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import { concatBytes } from '../bytes/concatBytes';
import { createEntryHasher, type EntryHasher, type EntryHasherFactory } from './entryHasher';
import { MANIFEST_ENTRY, originalEntry, STORED_NAME, tableEntry } from './entryNames';
import { FORMAT_MARK, FORMAT_VERSION, type ProjectManifest, type TableCounts } from './manifest';
import { TABLE_NAMES, TABLE_WORDS, type ProjectTables, type TableName } from './projectTables';
import { RowCompactor } from './rowCompaction';

/**
 * Deflate level of the tables, chosen by measurement (test/shared/projectFile/measureProjectFile.ts:
 * 1,000 documents, 100,000 codings and as many log entries, 130 MiB of rows, Node 20 on a loaded
 * 2-core machine; ratio to encoding every row as JSON and writing it to disk, in the same runs):
 * level 0 wrote 130 MiB in 2.4× the baseline, level 1 33 MiB in 2.6×, level 6 28 MiB in 4.3×.
 * Level 1 costs a tenth more time than storing for a quarter of the bytes, which matters more: thirty
 * kept backups take 1 GiB instead of 4, and every byte also crosses to the main process and the disk.
 */
export const DEFAULT_COMPRESSION: CompressionLevel = 1;

export type CompressionLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface ProjectFileHeader {
  projectId: string;
  projectName: string;
  /** Framewise's version, from package.json. */
  appVersion: string;
  /** The project database's schema version the rows come from. */
  schemaVersion: number;
  /** ISO 8601, UTC: when the file was written (from the caller's clock). */
  writtenAt: string;
  writtenBy: { coderId: string; name: string } | null;
  /** Set for automatic backups (shared/backup/backupReasons.ts). */
  backupReason?: string | null;
}

export interface WriterOptions {
  header: ProjectFileHeader;
  /** Receives the zip's bytes in order; their concatenation is the file. */
  onChunk(chunk: Uint8Array): void;
  /** Whether the documents' originals go inside (a saved copy) or stay in the library (a backup). */
  includeOriginals: boolean;
  compression?: CompressionLevel;
  /**
   * How entries are hashed: synchronously by default; the backup worker passes WebCrypto's
   * (createDigestEntryHasher), whose digests arrive later: then `settle()` before `finish()`.
   */
  hasher?: EntryHasherFactory;
  /**
   * How the tables and originals are deflated: by fflate at `compression` by default; the backup
   * worker passes its own (renderer/features/backups/wasmDeflateEntry.ts, at its own level), whose
   * bytes may arrive later: then, too, `settle()` before `finish()`.
   */
  deflater?: Deflater;
}

/** A zip entry that deflates what is pushed into it, as fflate's ZipDeflate does, and says when it is done. */
export interface DeflatingEntry extends ZipInputFile {
  push(chunk: Uint8Array, final?: boolean): void;
  /** Settles once the entry's last bytes went to the zip; rejects when it could not be deflated. */
  readonly done: Promise<void>;
}

/** Makes the deflating entry of the file named `name` in the zip. */
export type Deflater = (name: string) => DeflatingEntry;

// The zip fflate writes has no ZIP64 records: 32-bit sizes and offsets, 16-bit entry counts.
const ZIP32_LIMIT = 0xffff_ffff;
const MAX_ENTRIES = 0xffff;

// Formats that are already compressed (zip containers, PDF streams): deflating them again costs
// time and saves nothing, so they are stored as they are.
const COMPRESSED_FORMATS = new Set(['docx', 'xlsx', 'odt', 'pdf', 'zip', 'png', 'jpg', 'jpeg', 'gif', 'webp']);

interface OpenTable {
  table: TableName;
  file: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void };
  hasher: EntryHasher;
  bytes: number;
  rows: number;
}

export class ProjectFileWriter {
  private readonly zip: Zip;
  private readonly header: ProjectFileHeader;
  private readonly includeOriginals: boolean;
  private readonly level: CompressionLevel;
  private readonly mtime: Date;
  private readonly encoder = new TextEncoder();
  private readonly entries: ProjectManifest['entries'] = {};
  private readonly counts: Partial<TableCounts> = {};
  private readonly referenced = new Set<string>();
  private readonly originals = new Set<string>();
  private readonly newHasher: EntryHasherFactory;
  private readonly deflater: WriterOptions['deflater'];
  private readonly compactor = new RowCompactor();
  // Digests still being computed (WebCrypto's), each writing its entry's checksum when done, and
  // entries still being deflated (the platform's).
  private readonly pending: Promise<void>[] = [];
  private open: OpenTable | null = null;
  private written = 0;
  private finished = false;
  private failure: Error | null = null;
  // A digest or a deflate that failed, or an original whose digest is not its name: `settle()` throws it as it is.
  private laterFailure: Error | null = null;

  constructor(options: WriterOptions) {
    this.header = options.header;
    this.includeOriginals = options.includeOriginals;
    this.level = options.compression ?? DEFAULT_COMPRESSION;
    this.newHasher = options.hasher ?? createEntryHasher;
    this.deflater = options.deflater;
    // Every entry carries the file's own time (a zip needs one; the clock is the caller's).
    const writtenAt = new Date(options.header.writtenAt);
    if (Number.isNaN(writtenAt.getTime())) throw new Error(`The project file's time “${options.header.writtenAt}” is not an ISO 8601 date.`);
    this.mtime = zipTime(writtenAt);
    this.zip = new Zip((error, chunk) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.written += chunk.length;
      if (this.written > ZIP32_LIMIT) this.failure = tooLarge();
      else options.onChunk(chunk);
    });
  }

  /**
   * Adds rows to a table's entry. A table's rows come in one run of calls, tables in any order;
   * a table with no rows is added with an empty batch (every table must be in the file).
   */
  addRows<T extends TableName>(table: T, rows: readonly ProjectTables[T][number][]): void {
    this.checkUsable();
    if (this.open?.table !== table) {
      this.closeTable();
      if (this.counts[table] !== undefined) throw new Error(`The ${TABLE_WORDS[table].many} were already written to the project file: a table's rows must come in one run.`);
      this.open = { table, file: this.entryStream(tableEntry(table), this.level), hasher: this.newHasher(), bytes: 0, rows: 0 };
      this.counts[table] = 0;
    }
    if (rows.length === 0) return;
    if (table === 'documents') for (const row of rows as ProjectTables['documents']) if (STORED_NAME.test(row.storedName)) this.referenced.add(row.storedName);
    // One JSON object per line; JSON.stringify escapes line breaks inside strings, and lone
    // surrogates as \uXXXX (so every string survives the UTF-8 encoding exactly). What other rows
    // hold is left out (rowCompaction.ts).
    let lines = '';
    for (const row of rows) lines += JSON.stringify(this.compactor.compact(table, row)) + '\n';
    const bytes = this.encoder.encode(lines);
    const open = this.open!;
    open.hasher.update(bytes);
    open.bytes += bytes.length;
    open.rows += rows.length;
    if (open.bytes > ZIP32_LIMIT) throw tooLarge();
    open.file.push(bytes);
    this.checkUsable();
  }

  /** Adds an original's bytes under its library name, checking they are what the name says. */
  addOriginal(storedName: string, bytes: Uint8Array): void {
    this.checkUsable();
    if (!this.includeOriginals) throw new Error('This project file is written without originals (a backup); none can be added.');
    if (!STORED_NAME.test(storedName)) throw new Error(`“${storedName}” is not the name of an original in Framewise's library (<sha256>.<ext>).`);
    if (this.originals.has(storedName)) return;
    const hasher = this.newHasher();
    hasher.update(bytes);
    this.closeTable();
    const name = originalEntry(storedName);
    const entry = { sha256: '', bytes: bytes.length };
    this.whenHashed(hasher.hex(), (sha256) => {
      if (!storedName.startsWith(sha256)) throw new Error(`The original ${storedName} in the library has changed (its content no longer matches its name): it cannot be saved as that document's original.`);
      entry.sha256 = sha256;
    });
    this.entries[name] = entry;
    const extension = storedName.slice(storedName.indexOf('.') + 1);
    const file = this.entryStream(name, COMPRESSED_FORMATS.has(extension) ? 0 : this.level);
    file.push(bytes, true);
    this.originals.add(storedName);
    this.checkUsable();
  }

  /** Waits for the digests and deflates still running; a writer given an asynchronous hasher or deflater calls it before `finish()`. */
  async settle(): Promise<void> {
    this.closeTable();
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
    if (this.laterFailure) throw this.laterFailure;
    this.checkUsable();
  }

  /** The originals the documents written so far refer to (library names). */
  referencedOriginals(): string[] {
    return [...this.referenced].sort();
  }

  /** Writes the manifest and the zip's directory; returns the manifest. */
  finish(): ProjectManifest {
    this.checkUsable();
    this.closeTable();
    if (this.pending.length > 0) throw new Error('The project file\'s checksums or entries are still being computed: settle() before finish().');
    const missingTables = TABLE_NAMES.filter((table) => this.counts[table] === undefined);
    if (missingTables.length > 0) throw new Error(`The project file would lack the ${missingTables.map((t) => TABLE_WORDS[t].many).join(', ')}: every table must be written, empty or not.`);
    if (this.includeOriginals) {
      const missing = [...this.referenced].filter((name) => !this.originals.has(name));
      if (missing.length > 0) throw new Error(`${missing.length} ${missing.length === 1 ? 'original is' : 'originals are'} missing from the library (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}): the copy cannot hold every document's original.`);
    }
    const manifest: ProjectManifest = {
      format: FORMAT_MARK,
      formatVersion: FORMAT_VERSION,
      appVersion: this.header.appVersion,
      schemaVersion: this.header.schemaVersion,
      project: { id: this.header.projectId, name: this.header.projectName },
      writtenAt: this.header.writtenAt,
      writtenBy: this.header.writtenBy,
      backup: this.header.backupReason ? { reason: this.header.backupReason } : null,
      counts: this.counts as TableCounts,
      entries: this.entries,
      originals: { included: this.includeOriginals, referenced: this.referencedOriginals() },
    };
    // Deflated here and now (fflate): the zip ends with it, as `finish()` returns.
    const file = this.entryStream(MANIFEST_ENTRY, this.level, false);
    file.push(this.encoder.encode(JSON.stringify(manifest, null, 1)), true);
    this.zip.end();
    this.finished = true;
    this.checkUsable(true);
    return manifest;
  }

  private entryStream(name: string, level: CompressionLevel, later = true): OpenTable['file'] {
    if (Object.keys(this.entries).length + 2 > MAX_ENTRIES) throw new Error(`A project file holds at most ${MAX_ENTRIES - TABLE_NAMES.length - 1} originals; save this project without its originals.`);
    if (level > 0 && later && this.deflater) {
      const entry = this.deflater(name);
      entry.mtime = this.mtime;
      this.zip.add(entry);
      this.pending.push(entry.done.catch((error: unknown) => void (this.laterFailure ??= error as Error)));
      return entry;
    }
    const file = level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level });
    file.mtime = this.mtime;
    this.zip.add(file);
    return file;
  }

  private closeTable(): void {
    const open = this.open;
    if (!open) return;
    open.file.push(new Uint8Array(0), true);
    const entry = this.entries[tableEntry(open.table)] = { sha256: '', bytes: open.bytes };
    this.whenHashed(open.hasher.hex(), (sha256) => void (entry.sha256 = sha256));
    this.counts[open.table] = open.rows;
    this.open = null;
  }

  /** Applies a digest now, or when WebCrypto gives it; a failure there fails the writer. */
  private whenHashed(hex: string | Promise<string>, use: (sha256: string) => void): void {
    if (typeof hex === 'string') return use(hex);
    this.pending.push(hex.then(use).catch((error: unknown) => void (this.laterFailure ??= error as Error)));
  }

  private checkUsable(allowFinished = false): void {
    if (this.failure) throw new Error('The project file could not be written.', { cause: this.failure });
    if (this.finished && !allowFinished) throw new Error('The project file is already finished.');
  }
}

/**
 * The time the zip gives its entries: the file's own, brought within the years a zip's (DOS) time
 * can say, 1980 to 2099 in local time, which fflate refuses to go beyond. A computer whose clock
 * was reset to 1970 must still write its backups; the manifest keeps the true `writtenAt`.
 */
function zipTime(writtenAt: Date): Date {
  if (writtenAt.getFullYear() < 1980) return new Date(1980, 0, 1);
  if (writtenAt.getFullYear() > 2099) return new Date(2099, 11, 31, 23, 59, 58);
  return writtenAt;
}

function tooLarge(): Error {
  return new Error('The project file would exceed 4 GiB, the most a zip without ZIP64 holds: save it without its originals, or split the project.');
}

export interface ProjectFileInput {
  header: ProjectFileHeader;
  tables: ProjectTables;
  /** The originals' bytes by library name (`<sha256>.<ext>`); omit for a backup. */
  originals?: ReadonlyMap<string, Uint8Array>;
  compression?: CompressionLevel;
}

export interface WrittenProjectFile {
  bytes: Uint8Array;
  manifest: ProjectManifest;
}

// Rows are encoded a slice at a time, so the JSON text of a whole table is never held at once.
const SLICE = 2_000;

/** A whole project, held in memory, as the bytes of a project file. */
export function writeProjectFile(input: ProjectFileInput): WrittenProjectFile {
  const chunks: Uint8Array[] = [];
  const writer = new ProjectFileWriter({ header: input.header, onChunk: (chunk) => chunks.push(chunk), includeOriginals: input.originals !== undefined, compression: input.compression });
  for (const table of TABLE_NAMES) {
    const rows = input.tables[table];
    writer.addRows(table, []);
    for (let start = 0; start < rows.length; start += SLICE) writer.addRows(table, rows.slice(start, start + SLICE));
  }
  if (input.originals) {
    for (const name of writer.referencedOriginals()) {
      const bytes = input.originals.get(name);
      if (bytes) writer.addOriginal(name, bytes);
    }
  }
  const manifest = writer.finish();
  return { bytes: concatBytes(chunks), manifest };
}
