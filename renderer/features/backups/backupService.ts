// Automatic backups of the open project, and the backups folder kept tidy. One backup at a time per
// project (a queue): the snapshot is read, zipped and checked by the backup worker, handed to main,
// which writes it atomically and reads it back (its SHA-256 must be the checked bytes'); only a
// backup that passed gets its index (the
// `.json` that lists it: shared/backup/backupIndex.ts), and one that failed is deleted and the failure
// said. Rotation (shared/backup/rotation.ts) runs after each backup.
//
// When: on opening a project that changed since its last backup, on a timer while it changes (a
// preference, every 10 minutes by default), and before every destructive operation (`before`, which
// the writers await before their commit; shared/backup/backupSchedule.ts decides). Automatic backups
// of a project that holds no work yet (no documents, codings or memos) are skipped: a new project's
// codebook is not worth a file, and a project whose database was lost must not get an empty backup
// that would become its newest.
import type Dexie from 'dexie';
import { backupIndexFor, readBackupFolder, serializeBackupIndex, type ListedBackup } from '../../../shared/backup/backupIndex';
import { BACKUP_EXTENSION, backupBaseName, INDEX_EXTENSION, parseBackupName } from '../../../shared/backup/backupName';
import type { BackupReason } from '../../../shared/backup/backupReasons';
import { backupBeforeOperation, backupDueOnOpen, backupDueOnTimer, type BackupDecision, type DestructiveOperation } from '../../../shared/backup/backupSchedule';
import { planRotation } from '../../../shared/backup/rotation';
import { holdsWork } from '../../db/projectSnapshot';
import type { RegistryDatabase } from '../../db/registry';
import type { WrittenDataFile } from '../../../shared/ipc';
import type { BackupFiles } from './backupFiles';
import { backupPreferences } from './backupPreferences';
import type { BackupRunner } from './backupRunner';
import { noteBackup, readChangeMark, readLastBackup } from './changeMark';
import { BACKUP_CHECK_MEASURE, BACKUP_MEASURE, BACKUP_READS_MEASURE, BACKUP_SNAPSHOT_MEASURE, BACKUP_WORKER_CHECK_MEASURE, BACKUP_WRITE_MEASURE } from './backupTiming';

export interface BackupEnvironment {
  runner: BackupRunner;
  files: BackupFiles;
  registry: RegistryDatabase;
  now(): Date;
  appVersion(): Promise<string>;
  /** Minutes east of UTC at an instant, for rotation's days (the system's time zone by default). */
  utcOffsetMinutes?: (at: Date) => number;
}

export interface BackedUpProject {
  id: string;
  name: string;
  writtenBy: { coderId: string; name: string } | null;
}

/** A backup that could not be written or failed its check; its message is for the researcher. */
export class BackupFailedError extends Error {}

export interface BackupStatus {
  /** The reason of the backup being taken now, if one is. */
  running: BackupReason | null;
  /** The last backup's failure, until a backup succeeds. */
  failure: string | null;
  /** When the last good backup of this window was taken (ISO 8601). */
  lastTakenAt: string | null;
}

const IDLE: BackupStatus = { running: null, failure: null, lastTakenAt: null };

export class BackupService {
  private readonly queues = new Map<string, Promise<unknown>>();
  // One window backs up each project it opens in turn: each has its own status, so that the project
  // opened next is not said to have the backup (or the failure) of the one before.
  private status: BackupStatus = IDLE;
  private readonly statuses = new Map<string, BackupStatus>();
  private readonly listeners = new Set<(status: BackupStatus, projectId: string) => void>();

  constructor(private readonly env: BackupEnvironment) {}

  /** The status of the project backed up last, whichever it is. */
  getStatus(): BackupStatus {
    return this.status;
  }

  /** A project's status: its backup running now, its last failure, its last good backup in this window. */
  statusOf(projectId: string): BackupStatus {
    return this.statuses.get(projectId) ?? IDLE;
  }

  /** Called with a project's new status, and the project's id, whenever one changes. */
  subscribe(listener: (status: BackupStatus, projectId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes a backup now, checks it, rotates the folder; throws BackupFailedError when it failed (and deletes it). */
  take(project: BackedUpProject, reason: BackupReason, options: { atStoredVersion?: boolean } = {}): Promise<ListedBackup> {
    return this.queued(project.id, () => this.run(project, reason, options.atStoredVersion ?? false));
  }

  /** On opening a project: a backup if it changed since its last one. Null when none was due. */
  onOpen(project: BackedUpProject, db: Dexie): Promise<ListedBackup | null> {
    return this.ifDue(project, db, async () => backupDueOnOpen(await readLastBackup(this.env.registry, project.id), await readChangeMark(this.env.registry, project.id)));
  }

  /** On the timer: a backup if the project changed and the interval has passed since the last one. */
  onTimer(project: BackedUpProject, db: Dexie): Promise<ListedBackup | null> {
    return this.ifDue(project, db, async () => {
      const { intervalMinutes } = await backupPreferences(this.env.registry);
      return backupDueOnTimer(await readLastBackup(this.env.registry, project.id), await readChangeMark(this.env.registry, project.id), this.env.now().toISOString(), intervalMinutes);
    });
  }

  /**
   * Before a destructive operation: a backup when the operation would destroy or overwrite work.
   * The writer awaits it before its commit, and does not commit when it throws.
   */
  async before(project: BackedUpProject, operation: DestructiveOperation): Promise<ListedBackup | null> {
    const decision = backupBeforeOperation(operation);
    if (!decision.due) return null;
    return this.take(project, decision.reason);
  }

  /**
   * Decides in the project's queue, once the backups before it are done: a timer that fires while the
   * opening's backup is being written sees that backup, and takes none of its own.
   */
  private ifDue(project: BackedUpProject, db: Dexie, decide: () => Promise<BackupDecision>): Promise<ListedBackup | null> {
    return this.queued(project.id, async () => {
      const decision = await decide();
      if (!decision.due || !(await holdsWork(db))) return null;
      return this.run(project, decision.reason, false);
    });
  }

  private async run(project: BackedUpProject, reason: BackupReason, atStoredVersion: boolean): Promise<ListedBackup> {
    this.update(project.id, { running: reason });
    try {
      const listed = await this.write(project, reason, atStoredVersion);
      this.update(project.id, { running: null, failure: null, lastTakenAt: listed.takenAt });
      return listed;
    } catch (error) {
      const message = error instanceof BackupFailedError ? error.message : `The backup of “${project.name}” failed: ${(error as Error).message}`;
      this.update(project.id, { running: null, failure: message });
      throw error instanceof BackupFailedError ? error : new BackupFailedError(message, { cause: error });
    }
  }

  /**
   * Runs `job` on the project's backup folder with nothing else of this service on it meanwhile (no
   * backup written, no listing tidying the folder): deleting a deleted project's backups.
   */
  exclusively<T>(projectId: string, job: () => Promise<T>): Promise<T> {
    return this.queued(projectId, job);
  }

  /** The project's finished, checked backups, newest first, after tidying the folder. */
  list(projectId: string): Promise<ListedBackup[]> {
    return this.queued(projectId, () => this.tidy(projectId));
  }

  private async write(project: BackedUpProject, reason: BackupReason, atStoredVersion: boolean): Promise<ListedBackup> {
    const { env } = this;
    const mark = await readChangeMark(env.registry, project.id);
    const takenAt = env.now().toISOString();
    const present = await env.files.list(project.id);
    const base = backupBaseName(takenAt, reason, new Set(present.map((f) => parseBackupName(f.name)?.base ?? '')));
    const name = base + BACKUP_EXTENSION;
    const started = performance.now();
    const snapshot = await env.runner.writeSnapshot({
      projectId: project.id,
      header: { projectName: project.name, appVersion: await env.appVersion(), writtenAt: takenAt, writtenBy: project.writtenBy, backupReason: reason },
      atStoredVersion,
    });
    const { manifest } = snapshot;
    const size = snapshot.bytes.length;
    const snapshotDone = performance.now();
    // The worker's own durations (its timeline is not the window's).
    performance.measure(BACKUP_SNAPSHOT_MEASURE, { start: started, duration: snapshot.timings.snapshot });
    performance.measure(BACKUP_READS_MEASURE, { start: started, duration: snapshot.timings.reads });
    performance.measure(BACKUP_WORKER_CHECK_MEASURE, { start: started + snapshot.timings.snapshot, duration: snapshot.timings.check });
    let written: WrittenDataFile;
    try {
      written = await env.files.write(project.id, name, snapshot.bytes);
    } catch (error) {
      throw new BackupFailedError(`The backup of “${project.name}” was not written: ${(error as Error).message} The project itself is untouched.`, { cause: error });
    }
    const writeDone = performance.now();
    performance.measure(BACKUP_WRITE_MEASURE, { start: snapshotDone, end: writeDone });
    // Read back: main hashed the file as it is on the disk; the worker checked these very bytes.
    if (written.sha256 !== snapshot.sha256 || written.size !== size) {
      await env.files.remove(project.id, name).catch(() => false);
      throw new BackupFailedError(`The backup of “${project.name}” failed its check after writing (what is on the disk is not what was written) and was deleted. The project itself is untouched; the next backup tries again.`);
    }
    const index = backupIndexFor(name, size, manifest);
    await env.files.write(project.id, base + INDEX_EXTENSION, serializeBackupIndex(index));
    performance.measure(BACKUP_CHECK_MEASURE, { start: writeDone, end: performance.now() });
    await noteBackup(env.registry, project.id, { takenAt, mark, file: name });
    const kept = await this.tidy(project.id);
    performance.measure(BACKUP_MEASURE, { start: started, end: performance.now() });
    return kept.find((b) => b.file === name) ?? { file: name, takenAt, reason, bytes: size, index };
  }

  /**
   * Checks the backups found without an index (a crash came between writing and indexing one):
   * indexes the good, deletes the damaged and any stray file; then rotates. A newer Framewise's
   * backups are left alone (readBackupFolder's `setAside`, and `newer` from the check).
   */
  private async tidy(projectId: string): Promise<ListedBackup[]> {
    const { env } = this;
    let folder = await this.readFolder(projectId);
    if (folder.unchecked.length > 0 || folder.strays.length > 0) {
      for (const name of folder.unchecked) {
        const bytes = await env.files.read(projectId, name);
        const checked = await env.runner.checkFile(bytes);
        if (checked.ok) await env.files.write(projectId, name.slice(0, -BACKUP_EXTENSION.length) + INDEX_EXTENSION, serializeBackupIndex(backupIndexFor(name, bytes.length, checked.manifest)));
        else if (!checked.newer) await env.files.remove(projectId, name);
      }
      for (const name of folder.strays) await env.files.remove(projectId, name);
      folder = await this.readFolder(projectId);
    }
    const { rotation } = await backupPreferences(env.registry);
    const takenLast = (await readLastBackup(env.registry, projectId))?.file;
    const plan = planRotation(
      folder.backups.map(({ file, takenAt, reason, bytes }) => ({ file, takenAt, reason, bytes })),
      rotation,
      { ...(env.utcOffsetMinutes ? { utcOffsetMinutes: env.utcOffsetMinutes } : {}), ...(takenLast !== undefined ? { takenLast } : {}) },
    );
    for (const file of plan.delete) {
      // The index first: a backup without one is never listed, whatever happens between the two.
      await env.files.remove(projectId, file.slice(0, -BACKUP_EXTENSION.length) + INDEX_EXTENSION);
      await env.files.remove(projectId, file);
    }
    const deleted = new Set(plan.delete);
    return folder.backups.filter((b) => !deleted.has(b.file));
  }

  private async readFolder(projectId: string) {
    const files = await this.env.files.list(projectId);
    const indexTexts = new Map<string, string>();
    for (const file of files) if (file.name.endsWith(INDEX_EXTENSION)) indexTexts.set(file.name, await this.env.files.readText(projectId, file.name));
    return readBackupFolder(files.map((f) => ({ name: f.name, bytes: f.size })), indexTexts);
  }

  private queued<T>(projectId: string, job: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(projectId) ?? Promise.resolve();
    const next = previous.then(job, job);
    this.queues.set(projectId, next.catch(() => {}));
    return next;
  }

  private update(projectId: string, patch: Partial<BackupStatus>): void {
    const status = { ...this.statusOf(projectId), ...patch };
    this.statuses.set(projectId, status);
    this.status = status;
    for (const listener of [...this.listeners]) listener(status, projectId);
  }
}
