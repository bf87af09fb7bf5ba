// Times the app records are UTC instants (ISO 8601 with `Z`); a researcher reads them in their own
// zone and counts days by their own calendar. Days are counted from the local calendar dates, never
// as elapsed milliseconds over 86,400,000: a day across a daylight-saving change lasts 23 or 25
// hours, and 23:50 yesterday is yesterday at 00:10, though only twenty minutes passed.
import { formatIsoDate } from './isoDate';

const MS_PER_DAY = 86_400_000;

/** Whole days of this machine's calendar from `earlier`'s date to `later`'s: 0 on the same day, 1 when `earlier` was yesterday. */
export function calendarDaysBetween(earlier: Date, later: Date): number {
  // The two local dates taken as UTC midnights, which are exactly whole days apart.
  const day = (at: Date) => Date.UTC(at.getFullYear(), at.getMonth(), at.getDate());
  return Math.round((day(later) - day(earlier)) / MS_PER_DAY);
}

/** The local calendar date of an instant as `YYYY-MM-DD`: the day the researcher did it. */
export function localIsoDate(at: Date): string {
  return formatIsoDate({ year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() });
}

/**
 * When something was done, as prose says it after "at": "14:02" today, "14:02 yesterday", "14:02 on
 * 3 May 2026" before (the time and the day as `locale` writes them; the researcher's by default).
 */
export function timeOfDayInWords(at: Date, now: Date, locale?: string): string {
  const time = at.toLocaleTimeString(locale, { timeStyle: 'short' });
  const days = calendarDaysBetween(at, now);
  if (days === 0) return time;
  if (days === 1) return `${time} yesterday`;
  return `${time} on ${at.toLocaleDateString(locale, { dateStyle: 'medium' })}`;
}
