// The heavy half of backups, saved copies and restores: reading every table, zipping, reading a file
// back and checking it, parsing a file and loading its rows. It runs in the backup worker
// (backupWorker.ts) so that the window keeps drawing while a large project is zipped; the tests run
// the same functions in the test's own thread (under fake IndexedDB).
import Dexie from 'dexie';
import { checkWrittenProjectFile, type BackupCheck } from '../../../shared/backup/checkBackup';
import { manifestSchema, type ProjectManifest } from '../../../shared/projectFile/manifest';
import { MANIFEST_ENTRY } from '../../../shared/projectFile/entryNames';
import { readZipEntries } from '../../../shared/projectFile/zipEntries';
import type { Problem } from '../../../shared/projectFile/problems';
import { TABLE_NAMES, type ProjectTables } from '../../../shared/projectFile/projectTables';
import { readProjectFileFast } from '../../../shared/projectFile/readProjectFile';
import { streamProjectFile } from '../../../shared/projectFile/streamProjectFile';
import { concatBytes } from '../../../shared/bytes/concatBytes';
import { digestSha256Hex } from '../../../shared/hash/digestSha256';
import { createDigestEntryHasher } from '../../../shared/projectFile/entryHasher';
import type { ProjectFileHeader } from '../../../shared/projectFile/writeProjectFile';
import { loadProject, underProjectId } from '../../db/loadProject';
import { closeForGoodWhenDeleted, LATEST_VERSION, PROJECT_DB_PREFIX, ProjectDatabase } from '../../db/projectDatabase';
import { readProjectTablesInTurn } from '../../db/projectSnapshot';
import { backupDeflater } from './backupDeflater';
import { upgradeRowsToLatestSchema } from './schemaUpgrade';

export interface SnapshotRequest {
  projectId: string;
  header: Omit<ProjectFileHeader, 'projectId' | 'schemaVersion'>;
  /**
   * Read the database at the version it is stored in, without declaring a schema (before a schema
   * upgrade: opening it with today's schema would upgrade it first).
   */
  atStoredVersion?: boolean;
}

export interface Snapshot {
  bytes: Uint8Array<ArrayBuffer>;
  manifest: ProjectManifest;
  /** Of `bytes`: main reads the file back from the disk and hashes it, and the two must agree. */
  sha256: string;
  /** Milliseconds in the worker: reading the tables and zipping them (the reads alone among it), then checking the bytes. */
  timings: { snapshot: number; reads: number; check: number };
}

/**
 * The project as a project file's bytes: without originals for a backup; with them (read through
 * `readOriginal`, from the library by main) for a saved copy. The bytes are checked here, in the
 * worker, before they leave it (they open as a project file, with the counts and checksums the writer
 * put in its manifest: checkWritten); main then says what it wrote to the disk by its SHA-256, so the
 * file on disk is known to be these checked bytes without carrying them back to the window.
 */
export async function writeSnapshot(request: SnapshotRequest, readOriginal?: (storedName: string) => Promise<Uint8Array>): Promise<Snapshot> {
  const started = performance.now();
  const name = PROJECT_DB_PREFIX + request.projectId;
  const db = request.atStoredVersion ? new Dexie(name) : new ProjectDatabase(request.projectId);
  // A project deleted while it is backed up must not be recreated empty by this connection's reads.
  if (request.atStoredVersion) db.on('versionchange', (event) => closeForGoodWhenDeleted(db, event));
  const chunks: Uint8Array[] = [];
  let manifest: ProjectManifest;
  let reads = 0;
  try {
    // Before the read transaction opens: nothing but Dexie is awaited inside it.
    const [, deflater] = await Promise.all([db.open(), backupDeflater()]);
    const schemaVersion = request.atStoredVersion ? db.verno : LATEST_VERSION;
    // Each page is zipped as soon as it is read, while the database reads the next ones.
    const reading = readProjectTablesInTurn(db);
    let read = false;
    void reading.done.then(
      () => {
        read = true;
        reads = performance.now() - started;
      },
      () => {},
    );
    async function* inTurn<T>(pages: AsyncIterable<T[]>): AsyncIterable<T[]> {
      for await (const page of pages) {
        // Pages already read are taken without waiting; while tables are still being read, the
        // database's answers come in between them: the read transaction, which the window's writes
        // wait for, then lasts no longer than the reads.
        if (!read) await nextTask();
        yield page;
      }
    }
    manifest = await streamProjectFile({
      header: { ...request.header, projectId: request.projectId, schemaVersion },
      tables: Object.fromEntries(TABLE_NAMES.map((table) => [table, inTurn<unknown>(reading.tables[table])])) as unknown as { [T in keyof ProjectTables]: AsyncIterable<ProjectTables[T]> },
      ...(readOriginal ? { readOriginal } : {}),
      hasher: createDigestEntryHasher,
      deflater,
      onChunk: (chunk) => chunks.push(chunk),
    });
    await reading.done;
  } finally {
    db.close();
  }
  const bytes = concatBytes(chunks);
  const zipped = performance.now();
  const [check, sha256] = await Promise.all([checkWritten(bytes, manifest), digestSha256Hex(bytes)]);
  if (!check.ok) throw new Error(`The project file Framewise made does not check (${check.reason}); it was not written.`);
  return { bytes, manifest, sha256, timings: { snapshot: zipped - started, reads, check: performance.now() - zipped } };
}

/** A task's turn (not a microtask's): what is queued meanwhile, IndexedDB's answers among it, runs first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Reads a file back as written and checks it against the writer's manifest (shared/backup/checkBackup.ts). */
export function checkWritten(bytes: Uint8Array, manifest: ProjectManifest): Promise<BackupCheck> {
  return checkWrittenProjectFile(bytes, manifest, LATEST_VERSION);
}

/** `newer`: the file is of a format a newer Framewise wrote, which this one cannot check (nor should delete). */
export type CheckedFile = { ok: true; manifest: ProjectManifest } | { ok: false; reason: string; newer?: boolean };

/**
 * Checks a backup found without its index (a crash came between writing it and indexing it): good
 * when it opens and its own manifest's counts and checksums hold.
 */
export async function checkFile(bytes: Uint8Array): Promise<CheckedFile> {
  const read = await readProjectFileFast(bytes);
  if (read.ok) return { ok: true, manifest: read.project.manifest };
  // A backup of an older schema (taken before an upgrade) opens at the zip level only.
  const manifest = olderSchemaManifest(bytes);
  if (manifest && manifest.schemaVersion < LATEST_VERSION) {
    const check = await checkWrittenProjectFile(bytes, manifest, LATEST_VERSION);
    return check.ok ? { ok: true, manifest } : check;
  }
  return { ok: false, reason: read.problems[0]?.message ?? 'it does not open', ...(read.problems[0]?.kind === 'newer-format' ? { newer: true } : {}) };
}

function olderSchemaManifest(bytes: Uint8Array): ProjectManifest | null {
  const zip = readZipEntries(bytes);
  const entry = zip.ok ? zip.entries.get(MANIFEST_ENTRY) : undefined;
  if (!entry) return null;
  try {
    const manifest = manifestSchema.safeParse(JSON.parse(new TextDecoder().decode(entry)));
    return manifest.success ? manifest.data : null;
  } catch {
    return null;
  }
}

export type ParsedFile =
  | { ok: true; token: string; manifest: ProjectManifest; originals: Map<string, Uint8Array>; upgradedFrom: number | null }
  | { ok: false; problems: Problem[] };

// Files read and checked, waiting for the window to store their originals and say where they go.
const parsed = new Map<string, ProjectTables & { projectId: string }>();

/**
 * Reads and checks a project file whole (readProjectFile), its rows brought up to today's schema when
 * an older one wrote them (schemaUpgrade.ts); keeps them until `loadParsed` or `forgetParsed`.
 */
export async function parseFile(bytes: Uint8Array): Promise<ParsedFile> {
  const result = await readProjectFileFast(bytes, { schemaUpgrade: upgradeRowsToLatestSchema });
  if (!result.ok) return result;
  const { manifest, tables, originals, upgradedFrom } = result.project;
  const token = crypto.randomUUID();
  parsed.set(token, { ...tables, projectId: manifest.project.id });
  return { ok: true, token, manifest, originals, upgradedFrom };
}

/** Writes a parsed file's rows into a project (empty, or `replace`d whole), under `projectId`. */
export async function loadParsed(token: string, projectId: string, replace: boolean): Promise<void> {
  const file = parsed.get(token);
  if (!file) throw new Error('The project file is no longer in memory: open it again.');
  const db = new ProjectDatabase(projectId);
  try {
    await db.open();
    await loadProject(db, underProjectId(file, file.projectId, projectId), { replace });
  } finally {
    db.close();
  }
  parsed.delete(token);
}

export function forgetParsed(token: string): void {
  parsed.delete(token);
}

