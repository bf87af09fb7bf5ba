// A backup's file name says when and why it was taken, and sorts in time order as text:
// `2026-03-05T17-42-10-500Z_before-deleting-documents.framewise` (UTC, so that a change of time zone
// or daylight saving never reorders them). Only digits, letters, `-`, `_` and `.`: safe on Windows
// (no `:`), macOS and Linux, and in any sync or backup tool.
import { isBackupReason, type BackupReason } from './backupReasons';

export const BACKUP_EXTENSION = '.framewise';
/** The index beside each backup (backupIndex.ts). */
export const INDEX_EXTENSION = '.json';

const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z_([a-z-]+?)(?:_(\d+))?$/;

/**
 * The base name (without extension) for a backup taken at `takenAt` (ISO 8601) for `reason`. A second
 * backup in the same millisecond for the same reason (two windows, say) gets `_2`, `_3`…: `taken`
 * holds the base names already in the folder.
 */
export function backupBaseName(takenAt: string, reason: BackupReason, taken: ReadonlySet<string> = new Set()): string {
  const time = new Date(takenAt);
  if (Number.isNaN(time.getTime())) throw new Error(`The backup time “${takenAt}” is not an ISO 8601 date.`);
  const stamp = time.toISOString().replace(/:/g, '-').replace('.', '-');
  const base = `${stamp}_${reason}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export interface ParsedBackupName {
  base: string;
  /** ISO 8601, UTC. */
  takenAt: string;
  reason: BackupReason;
}

/** Reads a name `backupBaseName` made (with or without an extension); null for any other file. */
export function parseBackupName(fileName: string): ParsedBackupName | null {
  const base = withoutExtension(fileName);
  const match = NAME.exec(base);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  if (!isBackupReason(reason!)) return null;
  const takenAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(new Date(takenAt).getTime())) return null;
  return { base, takenAt, reason };
}

/**
 * Whether a file is named as a backup or its index is, whatever the reason: one whose reason this
 * version does not know (parseBackupName gives null) was taken by a newer Framewise.
 */
export function namedAsABackup(fileName: string): boolean {
  return (fileName.endsWith(BACKUP_EXTENSION) || fileName.endsWith(INDEX_EXTENSION)) && NAME.test(withoutExtension(fileName));
}

/** Among backups of the same millisecond and reason, the order taken: 1 for the first, then `_2`, `_3`… */
function takenInTurn(fileName: string): number {
  const turn = NAME.exec(withoutExtension(fileName))?.[7];
  return turn === undefined ? 1 : Number(turn);
}

function withoutExtension(fileName: string): string {
  if (fileName.endsWith(BACKUP_EXTENSION)) return fileName.slice(0, -BACKUP_EXTENSION.length);
  if (fileName.endsWith(INDEX_EXTENSION)) return fileName.slice(0, -INDEX_EXTENSION.length);
  return fileName;
}

/**
 * Orders backups newest first: by time, then, within one millisecond, by the number `backupBaseName`
 * gave (`_2` was taken after the first, `_10` after `_9`, which the names' text order gets wrong).
 */
export function newestBackupFirst(a: { file: string; takenAt: string }, b: { file: string; takenAt: string }): number {
  return Date.parse(b.takenAt) - Date.parse(a.takenAt) || takenInTurn(b.file) - takenInTurn(a.file) || (a.file < b.file ? 1 : a.file > b.file ? -1 : 0);
}
