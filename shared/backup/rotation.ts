// Which backups to delete, as a pure function of the list and the preferences. The rules, as in
// restic's and borg's `keep-last`, `keep-daily`, `keep-weekly`:
//   - the newest backup is never deleted, nor the one taken last (they differ when the clock was set back);
//   - the last N backups are kept (default 10);
//   - the newest backup of each of the last D days that have backups (default 14);
//   - the newest backup of each of the last W weeks that have backups (default 8; weeks start on
//     Monday, ISO 8601).
// Days and weeks are counted among those that have backups, not back from today: backups are taken
// only when the project changes, and a researcher back from three weeks away still finds the 14
// days of work before they left. (This keeps every backup a calendar window would keep, and more.)
// Days are the researcher's calendar days, in their time zone (injected, so tests are exact).
//
// Backups taken before a destructive operation or a schema upgrade are kept under the same rules, as
// a series of their own: the last 10 of them, one a day, one a week. Counted with the others, the
// backup taken just before a mistaken deletion would be pushed out by ten-minute backups within two
// hours, and the day's "newest" would be one taken after the mistake: exactly the backup a researcher
// needs would be the first to go. At most it doubles what is kept.
import { newestBackupFirst } from './backupName';
import { isBeforeChange, type BackupReason } from './backupReasons';

export interface RotationPreferences {
  keepLast: number;
  keepDaily: number;
  keepWeekly: number;
}

export const DEFAULT_ROTATION: RotationPreferences = { keepLast: 10, keepDaily: 14, keepWeekly: 8 };

export interface RotatedBackup {
  file: string;
  /** ISO 8601. */
  takenAt: string;
  reason: BackupReason;
  bytes: number;
}

export type KeepRule = 'newest' | 'last' | 'daily' | 'weekly';

export interface RotationPlan {
  keep: Array<{ file: string; rules: KeepRule[] }>;
  delete: string[];
  /** Bytes the kept backups take, and those the deleted ones free. */
  keptBytes: number;
  freedBytes: number;
}

export interface RotationOptions {
  /** Minutes to add to UTC for the researcher's local time at an instant (east positive). */
  utcOffsetMinutes?: (at: Date) => number;
  /**
   * The file of the backup taken last (as the app recorded it), kept as the newest whatever its time
   * says: after the clock was set back it is dated before the backups it follows, and counted by its
   * time it would be the oldest and deleted as soon as written, with every backup after it.
   */
  takenLast?: string;
}

const localOffset = (at: Date) => -at.getTimezoneOffset();

export function planRotation(backups: readonly RotatedBackup[], preferences: RotationPreferences = DEFAULT_ROTATION, options: RotationOptions = {}): RotationPlan {
  const offset = options.utcOffsetMinutes ?? localOffset;
  const newestFirst = [...backups].sort(newestBackupFirst);
  const rules = new Map<string, Set<KeepRule>>(newestFirst.map((b) => [b.file, new Set()]));
  if (newestFirst[0]) rules.get(newestFirst[0].file)!.add('newest');
  if (options.takenLast !== undefined) rules.get(options.takenLast)?.add('newest');
  const series = [newestFirst.filter((b) => !isBeforeChange(b.reason)), newestFirst.filter((b) => isBeforeChange(b.reason))];
  for (const list of series) {
    list.slice(0, Math.max(0, preferences.keepLast)).forEach((b) => rules.get(b.file)!.add('last'));
    keepNewestPerPeriod(list, preferences.keepDaily, (b) => localDay(b.takenAt, offset), 'daily', rules);
    keepNewestPerPeriod(list, preferences.keepWeekly, (b) => isoWeekStart(localDay(b.takenAt, offset)), 'weekly', rules);
  }
  const plan: RotationPlan = { keep: [], delete: [], keptBytes: 0, freedBytes: 0 };
  for (const backup of newestFirst) {
    const kept = rules.get(backup.file)!;
    if (kept.size > 0) {
      plan.keep.push({ file: backup.file, rules: [...kept] });
      plan.keptBytes += backup.bytes;
    } else {
      plan.delete.push(backup.file);
      plan.freedBytes += backup.bytes;
    }
  }
  return plan;
}

/** Keeps the newest backup of each of the `periods` most recent periods that have one (list newest first). */
function keepNewestPerPeriod(newestFirst: readonly RotatedBackup[], periods: number, periodOf: (b: RotatedBackup) => number, rule: KeepRule, rules: Map<string, Set<KeepRule>>): void {
  const seen = new Set<number>();
  for (const backup of newestFirst) {
    const period = periodOf(backup);
    if (seen.has(period)) continue;
    if (seen.size >= periods) break;
    seen.add(period);
    rules.get(backup.file)!.add(rule);
  }
}

const DAY = 86_400_000;

/** The local calendar day of an instant, as days since 1970-01-01. */
function localDay(takenAt: string, offset: (at: Date) => number): number {
  const at = new Date(takenAt);
  return Math.floor((at.getTime() + offset(at) * 60_000) / DAY);
}

/** The Monday that starts the ISO week of a day (days since 1970-01-01, a Thursday). */
function isoWeekStart(day: number): number {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  return day - weekday;
}
