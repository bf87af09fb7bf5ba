// Reads a project file, and refuses it whole when anything is wrong: nothing is returned until the
// zip, every checksum, every row and every reference have been checked, so the app changes nothing
// when a file is damaged. A file of an older format is upgraded (formatUpgrades.ts); one of a newer
// format is refused with the advice to update Framewise.
import { z } from 'zod';
import { digestSha256Hex } from '../hash/digestSha256';
import { sha256Hex } from '../hash/sha256';
import { classifyEntry, MANIFEST_ENTRY, originalEntry, STORED_NAME, tableEntry } from './entryNames';
import { FORMAT_UPGRADES, upgradeToCurrent, type FileContent, type FormatUpgrade } from './formatUpgrades';
import { decodeJsonLines } from './jsonLines';
import { FORMAT_VERSION, manifestEnvelope, manifestSchema, type ProjectManifest } from './manifest';
import { ProblemList, type Problem } from './problems';
import { emptyTables, TABLE_NAMES, TABLE_WORDS, type ProjectTables, type TableName } from './projectTables';
import { checkReferences, type LineNumbers } from './references';
import { describeIssue, fieldPath } from './rowProblems';
import { ROW_SCHEMAS } from './rowSchemas';
import { expandRows, ROWS_COMPACTED_SINCE } from './rowCompaction';
import { PROJECT_FILE_LIMITS, readZipEntries, type ZipLimits } from './zipEntries';

export interface ReadOptions {
  limits?: ZipLimits;
  /** The upgrade chain; today's by default (tests pass their own). */
  upgrades?: readonly FormatUpgrade[];
}

export interface FastReadOptions extends ReadOptions {
  /**
   * Brings rows written at an older database schema (the manifest's `schemaVersion`: a backup taken
   * before a schema upgrade, a copy saved by an older Framewise) up to today's, before they are checked
   * against today's row schemas. The database's upgrades live in the window (shared/ may not import
   * them), which passes them here; without it such rows are checked as they are.
   */
  schemaUpgrade?: (content: FileContent) => Promise<FileContent>;
}

export interface ProjectFromFile {
  /** Today's manifest (upgraded when the file was older). */
  manifest: ProjectManifest;
  tables: ProjectTables;
  /** The originals in the file, by library name (`<sha256>.<ext>`); empty for a backup. */
  originals: Map<string, Uint8Array>;
  /** The format version the file was written in, when it was older than today's and upgraded. */
  upgradedFrom: number | null;
}

type Refusal = { ok: false; problems: Problem[] };

export type ReadResult = { ok: true; project: ProjectFromFile } | Refusal;

// The part of the manifest every version keeps: it lets the entries be checked before the upgrade
// chain reads them.
const checksums = z.record(z.string(), z.looseObject({ sha256: z.string(), bytes: z.number() }));

export function readProjectFile(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const zip = readZipEntries(bytes, options.limits ?? PROJECT_FILE_LIMITS);
  if (!zip.ok) return zip;
  const read = readFileContent(zip.entries, options, (content) => sha256Hex(content));
  return read.ok ? checkFileContent(zip.entries, read) : read;
}

/**
 * The same reading, with the entries' checksums computed by WebCrypto (all at once, natively): what
 * the backup worker uses on a large file, where the synchronous hash of every entry costs ten times
 * as much.
 */
export async function readProjectFileFast(bytes: Uint8Array, options: FastReadOptions = {}): Promise<ReadResult> {
  const zip = readZipEntries(bytes, options.limits ?? PROJECT_FILE_LIMITS);
  if (!zip.ok) return zip;
  const digests = await digestEntries(zip.entries);
  const read = readFileContent(zip.entries, options, (_, entry) => digests.get(entry)!);
  if (!read.ok) return read;
  if (options.schemaUpgrade) read.content = await options.schemaUpgrade(read.content);
  return checkFileContent(zip.entries, read);
}

/** The SHA-256 of every entry but the manifest, by WebCrypto, by entry name. */
export async function digestEntries(entries: ReadonlyMap<string, Uint8Array>): Promise<Map<string, string>> {
  const named = [...entries].filter(([entry]) => entry !== MANIFEST_ENTRY);
  const digests = await Promise.all(named.map(([, content]) => digestSha256Hex(content)));
  return new Map(named.map(([entry], i) => [entry, digests[i]!]));
}

type EntryDigest = (content: Uint8Array, entry: string) => string;

/** A file's rows as JSON, checksums verified, upgraded to today's format: not yet checked against today's schemas. */
interface FileContentRead {
  ok: true;
  content: FileContent;
  /** The format version the file was written in. */
  version: number;
  /** The file's line of each row, by table. */
  lines: Partial<Record<string, number[]>>;
}

function readFileContent(entries: ReadonlyMap<string, Uint8Array>, options: ReadOptions, digest: EntryDigest): FileContentRead | Refusal {

  // The manifest, far enough to know the version.
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  if (!manifestBytes) return refuse('not-a-project-file', `It holds no ${MANIFEST_ENTRY}, so it is not a Framewise project file (or the file is damaged).`);
  let rawManifest: unknown;
  try {
    rawManifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch (error) {
    return refuse('bad-manifest', `Its ${MANIFEST_ENTRY} cannot be read (${(error as Error).message}): the file is damaged.`, MANIFEST_ENTRY);
  }
  const envelope = manifestEnvelope.safeParse(rawManifest);
  if (!envelope.success) return refuse('not-a-project-file', `Its ${MANIFEST_ENTRY} does not describe a Framewise project: it is another program's zip, or a damaged project file.`, MANIFEST_ENTRY);
  const version = envelope.data.formatVersion;
  if (version > FORMAT_VERSION) {
    return refuse('newer-format', `It was written by a newer Framewise (format ${version}); this one reads format ${FORMAT_VERSION} and older. Update Framewise to open it.`, MANIFEST_ENTRY);
  }

  // Every entry against its checksum, before any of it is read.
  const problems = new ProblemList();
  const listed = checksums.safeParse(envelope.data.entries);
  if (!listed.success) return refuse('bad-manifest', `Its ${MANIFEST_ENTRY} lists no checksums for its entries: the file is damaged.`, MANIFEST_ENTRY);
  checkEntries(entries, listed.data, problems, digest);
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };

  // Rows as JSON, then up to today's format.
  const parsed: FileContent = { manifest: envelope.data, tables: {} };
  const lines: Partial<Record<string, number[]>> = {};
  for (const [entry, content] of entries) {
    const kind = classifyEntry(entry);
    if (kind.kind !== 'table') continue;
    const decoded = decodeJsonLines(content, kind.table, entry, (p) => problems.add(p));
    parsed.tables[kind.table] = decoded.rows;
    lines[kind.table] = decoded.lines;
  }
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };
  if (version >= ROWS_COMPACTED_SINCE) expandRows(parsed.tables, lines, (p) => problems.add(p));
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };
  const upgraded = upgradeToCurrent(parsed, version, options.upgrades ?? FORMAT_UPGRADES);
  if (!upgraded.ok) {
    return refuse('older-format', `It was written by an early Framewise (format ${version}) that this version can no longer upgrade (no step from format ${upgraded.missingFrom}). Open it in an older Framewise and save a copy.`, MANIFEST_ENTRY);
  }
  return { ok: true, content: upgraded.content, version, lines };
}

function checkFileContent(entries: ReadonlyMap<string, Uint8Array>, { content, version, lines }: FileContentRead): ReadResult {
  const problems = new ProblemList();

  // Today's manifest and rows, each against its schema.
  const manifest = manifestSchema.safeParse(content.manifest);
  if (!manifest.success) {
    for (const issue of manifest.error.issues) problems.add({ kind: 'bad-manifest', entry: MANIFEST_ENTRY, field: fieldPath(issue.path), message: `${MANIFEST_ENTRY}: ${describeIssue(issue, content.manifest)}.` });
    return { ok: false, problems: problems.toArray() };
  }
  // A table missing is said alone: the log's changes that leave their rows to it follow from it.
  for (const table of TABLE_NAMES) {
    const entry = tableEntry(table);
    if (!content.tables[table]) problems.add({ kind: 'missing-table', entry, table, message: `The table of ${TABLE_WORDS[table].many} (${entry}) is missing.` });
  }
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };
  const tables = emptyTables();
  const lineNumbers = {} as LineNumbers;
  for (const table of TABLE_NAMES) {
    const rows = content.tables[table]!;
    const entry = tableEntry(table);
    // An upgrade that kept the rows one for one keeps their lines; otherwise rows are numbered.
    const fileLines = lines[table];
    lineNumbers[table] = fileLines && fileLines.length === rows.length ? fileLines : rows.map((_, i) => i + 1);
    validateRows(table, rows, lineNumbers[table], problems);
    (tables[table] as unknown[]) = rows;
    const counted = manifest.data.counts[table];
    if (counted !== rows.length) {
      problems.add({ kind: 'count', entry, table, message: `The manifest counts ${counted} ${TABLE_WORDS[table].many}, but ${entry} holds ${rows.length}: the file is damaged.` });
    }
  }
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };

  checkReferences(tables, lineNumbers, manifest.data.project.id, (p) => problems.add(p));
  const originals = collectOriginals(entries, tables, manifest.data, problems);
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };
  return { ok: true, project: { manifest: manifest.data, tables, originals, upgradedFrom: version < FORMAT_VERSION ? version : null } };
}

function refuse(kind: Problem['kind'], message: string, entry?: string): Refusal {
  return { ok: false, problems: [{ kind, message, ...(entry ? { entry } : {}) }] };
}

function checkEntries(entries: ReadonlyMap<string, Uint8Array>, listed: Record<string, { sha256: string; bytes: number }>, problems: ProblemList, digest: EntryDigest): void {
  for (const [entry, content] of entries) {
    if (entry === MANIFEST_ENTRY) continue;
    const expected = listed[entry];
    if (!expected) {
      problems.add({ kind: 'unknown-entry', entry, message: `It holds an entry “${entry}” that its manifest does not list: something was added to the file after it was written.` });
    } else if (expected.bytes !== content.length || expected.sha256 !== digest(content, entry)) {
      problems.add({ kind: 'checksum', entry, message: `${entry} does not match its checksum: it was changed or damaged after the file was written.` });
    }
  }
  for (const entry of Object.keys(listed)) {
    if (entries.has(entry)) continue;
    const kind = classifyEntry(entry);
    if (kind.kind === 'table') problems.add({ kind: 'missing-table', entry, table: kind.table, message: `The table of ${TABLE_WORDS[kind.table].many} (${entry}) is missing.` });
    else problems.add({ kind: 'missing-entry', entry, message: `${entry}, which its manifest lists, is missing.` });
  }
}

function validateRows(table: TableName, rows: readonly unknown[], lines: readonly number[], problems: ProblemList): void {
  const schema = ROW_SCHEMAS[table];
  const entry = tableEntry(table);
  rows.forEach((row, i) => {
    const result = schema.safeParse(row);
    if (result.success) return;
    const line = lines[i]!;
    for (const issue of result.error.issues) {
      problems.add({ kind: 'bad-row', entry, table, line, field: fieldPath(issue.path), message: `${entry}, line ${line}: ${describeIssue(issue, row)}.` });
    }
  });
}

function collectOriginals(entries: ReadonlyMap<string, Uint8Array>, tables: ProjectTables, manifest: ProjectManifest, problems: ProblemList): Map<string, Uint8Array> {
  const originals = new Map<string, Uint8Array>();
  for (const [entry, content] of entries) {
    const kind = classifyEntry(entry);
    if (kind.kind !== 'original') continue;
    // The name is the content's SHA-256: a mismatch means the wrong file under a document's name.
    if (!kind.storedName.startsWith(manifest.entries[entry]!.sha256)) {
      problems.add({ kind: 'checksum', entry, message: `${entry} is not the original its name says (its content has another SHA-256).` });
    }
    originals.set(kind.storedName, content);
  }
  const referenced = new Set(tables.documents.map((doc) => doc.storedName).filter((name) => STORED_NAME.test(name)));
  const declared = new Set(manifest.originals.referenced);
  if (referenced.size !== declared.size || [...referenced].some((name) => !declared.has(name))) {
    problems.add({ kind: 'bad-manifest', entry: MANIFEST_ENTRY, field: 'originals.referenced', message: `${MANIFEST_ENTRY} lists other originals than the documents refer to: the file is damaged.` });
  }
  if (manifest.originals.included) {
    for (const name of referenced) {
      if (!originals.has(name)) problems.add({ kind: 'missing-original', entry: originalEntry(name), message: `The original ${name} of a document is missing from the file.` });
    }
  }
  for (const name of originals.keys()) {
    if (!referenced.has(name)) problems.add({ kind: 'unknown-entry', entry: originalEntry(name), message: `The original ${name} belongs to no document of the file.` });
  }
  return originals;
}
