// What the Backups place says of a project the researcher deleted: how many backups it left, the
// space they take, and when it was deleted. The registry records only which projects were deleted,
// not when; but every deletion takes a backup just before it (backupSchedule.ts, `delete-project`),
// and rotation always keeps the newest, so the newest such backup dates the deletion to the minute.
import { ofAnotherProject, type ListedBackup } from './backupIndex';
import { newestBackupFirst } from './backupName';
import { calendarDaysBetween } from '../dates/localTime';

export interface DeletedProjectBackups {
  count: number;
  bytes: number;
  /** When the project was deleted (ISO 8601); null when no backup was taken before it (an older Framewise). */
  deletedAt: string | null;
  /** The newest backup's time: what a deletion without a date is said to follow. */
  newestAt: string | null;
  /** Backups of another project, copied into this folder by hand, among `count`. */
  ofAnotherProject: number;
}

export function deletedProjectBackups(projectId: string, backups: readonly ListedBackup[]): DeletedProjectBackups {
  const newestFirst = [...backups].sort(newestBackupFirst);
  // Another project's backup dates that project's deletion, not this one's.
  const beforeDeletion = newestFirst.find((b) => b.reason === 'before-deleting-the-project' && !ofAnotherProject(b, projectId));
  return {
    count: backups.length,
    bytes: backups.reduce((sum, b) => sum + b.bytes, 0),
    deletedAt: beforeDeletion?.takenAt ?? null,
    newestAt: newestFirst[0]?.takenAt ?? null,
    ofAnotherProject: backups.filter((b) => ofAnotherProject(b, projectId)).length,
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * How long before `now` an instant was, roughly ("3 days ago"): enough to tell a deletion of this
 * morning from one of last year. An instant after `now` (the clock was set back since) is "recently".
 */
export function agoInWords(at: string, now: Date): string {
  const elapsed = now.getTime() - Date.parse(at);
  if (elapsed < 0) return 'recently';
  if (elapsed < HOUR) return 'less than an hour ago';
  if (elapsed < DAY) return ago(Math.floor(elapsed / HOUR), 'hour');
  // Days of the calendar, as the date said beside it ("on 5 March"), not 24-hour spans; at least one,
  // for the 25 hours of the day the clocks go back are one day.
  const days = Math.max(1, calendarDaysBetween(new Date(at), now));
  if (days < 14) return ago(days, 'day');
  if (days < 60) return ago(Math.floor(days / 7), 'week');
  // Rounded: calendar months and years are not whole numbers of days.
  if (days < 730) return ago(Math.round(days / 30.44), 'month');
  return ago(Math.round(days / 365.25), 'year');
}

function ago(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`} ago`;
}

/**
 * When the project was deleted, as the list and the question before deleting its backups say it
 * ("deleted 3 days ago, on 5 March 2026"); `date` writes the day in the researcher's locale.
 */
export function deletedWhenInWords(summary: DeletedProjectBackups, now: Date, date: (at: string) => string): string {
  if (summary.deletedAt !== null) return `deleted ${agoInWords(summary.deletedAt, now)}, on ${date(summary.deletedAt)}`;
  if (summary.newestAt !== null) return `deleted after its last backup, taken ${agoInWords(summary.newestAt, now)}, on ${date(summary.newestAt)}`;
  return 'deleted';
}
