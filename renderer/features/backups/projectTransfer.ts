// Projects out of and into files: "Save a copy…" (a project file with the originals), "Open project
// file…" and restoring a backup (as a new project, or in place of one). Opening reads and checks the
// whole file first (readProjectFile, in the backup worker): a damaged, newer or malformed file is
// refused with its reasons and nothing changes. Then the originals go into the library (main checks
// each one's SHA-256 against its name), then the rows into the project's database in one transaction.
//
// Ids are kept: every row keeps its id, so a copy can later be merged back with its origin. The
// project keeps its id too, unless this window already has a project of that id (the file is a copy
// of one open here, or a backup restored beside its project): then it opens as a new project with a
// new project id and the same row ids, and the memos on the project follow it (loadProject.ts).
import Dexie from 'dexie';
import type { ProjectManifest } from '../../../shared/projectFile/manifest';
import type { Problem } from '../../../shared/projectFile/problems';
import { addProject, type ProjectEntry, type RegistryDatabase } from '../../db/registry';
import { PROJECT_DB_PREFIX } from '../../db/projectDatabase';
import { holdsWork } from '../../db/projectSnapshot';
import { newId } from '../../db/ids';
import type { BackupRunner } from './backupRunner';
import type { Snapshot } from './backupWork';
import { PROJECT_FILE_LOAD_MEASURE, PROJECT_FILE_READ_MEASURE } from './backupTiming';

export interface TransferEnvironment {
  runner: BackupRunner;
  registry: RegistryDatabase;
  /** Stores an original in the library (main checks its SHA-256); true when it was new there. */
  receiveOriginal(storedName: string, bytes: Uint8Array): Promise<boolean>;
  /**
   * Holds the library against its cleanup at start from the first original stored to the last row
   * written (libraryCleanupGate.ts); absent where nothing cleans the library up (the tests' harness).
   */
  holdLibrary?(): Promise<() => void>;
}

export type OpenedFile =
  | { ok: true; token: string; manifest: ProjectManifest; originals: Map<string, Uint8Array>; upgradedFrom: number | null }
  | { ok: false; problems: Problem[] };

/** Reads and checks a project file or a backup; nothing is written yet. */
export function readProject(env: TransferEnvironment, bytes: Uint8Array): Promise<OpenedFile> {
  return measured(PROJECT_FILE_READ_MEASURE, () => env.runner.parseFile(bytes));
}

/** Writes a read file's rows into a project's database (the worker keeps them since `readProject`). */
function loadRows(env: TransferEnvironment, file: Extract<OpenedFile, { ok: true }>, projectId: string, replace: boolean): Promise<void> {
  return measured(PROJECT_FILE_LOAD_MEASURE, () => env.runner.loadParsed(file.token, projectId, replace));
}

// A User Timing measure of a phase (test/bench/backup.bench.ts reads them; a profiler shows them).
async function measured<T>(name: string, phase: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await phase();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** Whether a project id is free in this window: no project of the registry has it, and no database holding work. */
export async function projectIdFree(registry: RegistryDatabase, projectId: string): Promise<boolean> {
  if (await registry.projects.get(projectId)) return false;
  const name = PROJECT_DB_PREFIX + projectId;
  if (!(await Dexie.exists(name))) return true;
  const db = new Dexie(name);
  try {
    await db.open();
    return !(await holdsWork(db));
  } finally {
    db.close();
  }
}

export interface OpenedProject {
  project: ProjectEntry;
  /** True when the file's project id was taken here, so the project got a new one. */
  newProjectId: boolean;
  /** Originals that were new to the library. */
  originalsStored: number;
}

/** Opens a checked file as a new project of the registry (see the top of this file for its id). */
export async function openAsNewProject(env: TransferEnvironment, file: Extract<OpenedFile, { ok: true }>, name: string = file.manifest.project.name): Promise<OpenedProject> {
  const fileId = file.manifest.project.id;
  const free = await projectIdFree(env.registry, fileId);
  const id = free ? fileId : newId();
  // Until the project is in the registry, nothing says its originals are in use.
  const release = (await env.holdLibrary?.()) ?? (() => {});
  try {
    const originalsStored = await storeOriginals(env, file.originals);
    await loadRows(env, file, id, false);
    return { project: await addProject(env.registry, name, id), newProjectId: !free, originalsStored };
  } finally {
    release();
    await forgetRows(env, file);
  }
}

/**
 * Replaces a project's rows with the file's, in one transaction (backupBefore: the caller has backed
 * the project up first). The project keeps its id and its name in the registry.
 */
export async function replaceProject(env: TransferEnvironment, file: Extract<OpenedFile, { ok: true }>, projectId: string): Promise<void> {
  const release = (await env.holdLibrary?.()) ?? (() => {});
  try {
    await storeOriginals(env, file.originals);
    await loadRows(env, file, projectId, true);
  } finally {
    release();
    await forgetRows(env, file);
  }
}

/**
 * Lets the worker drop a file's rows once they are written, or could not be: after a failure the
 * researcher starts again from the file, and a project's rows kept for every attempt would fill the
 * worker's memory.
 */
async function forgetRows(env: TransferEnvironment, file: Extract<OpenedFile, { ok: true }>): Promise<void> {
  await env.runner.forgetParsed(file.token).catch(() => {});
}

async function storeOriginals(env: TransferEnvironment, originals: ReadonlyMap<string, Uint8Array>): Promise<number> {
  let stored = 0;
  for (const [name, bytes] of originals) if (await env.receiveOriginal(name, bytes)) stored++;
  return stored;
}

/** A project as a project file with its originals, read from the library by main ("Save a copy…"). */
export function projectCopy(
  runner: BackupRunner,
  project: { id: string; name: string },
  header: { appVersion: string; writtenAt: string; writtenBy: { coderId: string; name: string } | null },
  readOriginal: (storedName: string) => Promise<Uint8Array>,
): Promise<Snapshot> {
  return runner.writeSnapshot({ projectId: project.id, header: { projectName: project.name, ...header, backupReason: null } }, readOriginal);
}
