// Each backup `<name>.framewise` has a small index beside it, `<name>.json`: what the Backups place
// lists (time, reason, counts of documents, codings and memos, project name, schema version) and the
// originals the backup needs from the library. A side file rather than reading the zip: listing
// thirty backups reads thirty small files through the app's file door, not thirty zips of tens of
// megabytes, and the manifest can stay the zip's last entry (written once every checksum is known,
// so backups stream). The index is written only after the backup has been read back and checked, so
// it also marks a finished, good backup: a `.framewise` without its `.json` is one a crash or a
// failed check interrupted. The manifest inside the zip stays the authority; an index can be
// rebuilt from it.
import { z } from 'zod';
import { TABLE_NAMES, TABLES_ADDED, type TableName } from '../projectFile/projectTables';
import { FORMAT_VERSION, type ProjectManifest, type TableCounts } from '../projectFile/manifest';
import { BACKUP_EXTENSION, INDEX_EXTENSION, namedAsABackup, newestBackupFirst, parseBackupName } from './backupName';
import { BACKUP_REASONS, type BackupReason } from './backupReasons';

const INDEX_MARK = 'framewise-backup-index';

const count = z.number().int().nonnegative();
const indexSchema = z.object({
  format: z.literal(INDEX_MARK),
  /** The backup's file name, `<base>.framewise`. */
  file: z.string(),
  takenAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  /** The backup's size in bytes: a file of another size was cut short or replaced. */
  bytes: count,
  project: z.object({ id: z.string(), name: z.string() }),
  schemaVersion: z.number().int(),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  // The index of a backup taken before a table existed counts none of its rows.
  counts: z.object(Object.fromEntries(TABLE_NAMES.map((table) => [table, TABLES_ADDED[table] ? count.default(0) : count])) as { [T in TableName]: typeof count }),
  /** Library names (`<sha256>.<ext>`) of the originals the backup's documents refer to. */
  originals: z.array(z.string()),
});

export type BackupIndex = z.output<typeof indexSchema>;

/** The index of a backup that has just been written, read back and found good. */
export function backupIndexFor(fileName: string, size: number, manifest: ProjectManifest): BackupIndex {
  const parsed = parseBackupName(fileName);
  if (!parsed || !fileName.endsWith(BACKUP_EXTENSION)) throw new Error(`“${fileName}” is not the name of a backup (see backupBaseName).`);
  return {
    format: INDEX_MARK,
    file: fileName,
    takenAt: parsed.takenAt,
    reason: parsed.reason,
    bytes: size,
    project: manifest.project,
    schemaVersion: manifest.schemaVersion,
    formatVersion: manifest.formatVersion,
    appVersion: manifest.appVersion,
    counts: manifest.counts as TableCounts,
    originals: manifest.originals.referenced,
  };
}

export function serializeBackupIndex(index: BackupIndex): string {
  return JSON.stringify(index, null, 1) + '\n';
}

/** The index in a `.json` file's text; null when it is not one (damaged, cut short, another file). */
export function parseBackupIndex(text: string): BackupIndex | null {
  try {
    const result = indexSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export interface ListedBackup {
  file: string;
  takenAt: string;
  reason: BackupReason;
  bytes: number;
  index: BackupIndex;
}

/**
 * Whether a backup found in `folderProjectId`'s folder is another project's: one copied there by hand.
 * Its manifest, not the folder it lies in, says whose it is; Framewise itself only ever writes a
 * project's backups into its own folder.
 */
export function ofAnotherProject(backup: ListedBackup, folderProjectId: string): boolean {
  return backup.index.project.id !== folderProjectId;
}

export interface BackupFolder {
  /** Finished, checked backups, newest first. */
  backups: ListedBackup[];
  /**
   * Backups without a good index, or whose size disagrees with it: interrupted by a crash, or failed
   * their check. Read each back: index it if it is good, delete it if not. Never listed as a backup.
   */
  unchecked: string[];
  /** Indexes whose backup is gone, and files that are neither: to delete. */
  strays: string[];
  /**
   * Backups a newer Framewise took (for a reason, or in a format, this version does not know), with
   * their indexes: neither listed nor deleted, for that Framewise to find again.
   */
  setAside: string[];
}

/** Sorts a backup folder's files (name and size, and the text of each `.json`) into what is listed and what is not. */
export function readBackupFolder(files: ReadonlyArray<{ name: string; bytes: number }>, indexTexts: ReadonlyMap<string, string>): BackupFolder {
  const sizes = new Map(files.map((f) => [f.name, f.bytes]));
  const backups: ListedBackup[] = [];
  const unchecked: string[] = [];
  const strays: string[] = [];
  const setAside: string[] = [];
  for (const { name, bytes } of files) {
    const parsed = parseBackupName(name);
    if (!parsed) {
      // A newer Framewise's backup, or a temporary file of an atomic write that never got renamed, or anything else.
      (namedAsABackup(name) ? setAside : strays).push(name);
      continue;
    }
    if (name.endsWith(INDEX_EXTENSION)) {
      if (!sizes.has(parsed.base + BACKUP_EXTENSION)) strays.push(name);
      continue;
    }
    if (!name.endsWith(BACKUP_EXTENSION)) {
      strays.push(name);
      continue;
    }
    const text = indexTexts.get(parsed.base + INDEX_EXTENSION);
    const index = text === undefined ? null : parseBackupIndex(text);
    if (!index && text !== undefined && ofNewerFormat(text)) setAside.push(name);
    else if (!index || index.file !== name || index.bytes !== bytes) unchecked.push(name);
    else backups.push({ file: name, takenAt: parsed.takenAt, reason: parsed.reason, bytes, index });
  }
  backups.sort(newestBackupFirst);
  return { backups, unchecked, strays, setAside };
}

/** Whether an index this version cannot read says its backup is of a newer format than this version reads. */
function ofNewerFormat(text: string): boolean {
  try {
    const index = JSON.parse(text) as { format?: unknown; formatVersion?: unknown };
    return index.format === INDEX_MARK && typeof index.formatVersion === 'number' && index.formatVersion > FORMAT_VERSION;
  } catch {
    return false;
  }
}
