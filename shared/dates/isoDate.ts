// The one reading of ISO 8601 dates in Framewise: a document's date, a date attribute, a manifest's
// date column and the dates found in files all follow it, so that a value one of them accepts none
// refuses. Dates may be partial (`2017`, `2017-05`: news sources often give no more than a year or
// a month) or carry a time (`2017-05-16T08:30:00Z`, `2017-05-16T08:30+02:00`), which is dropped: a
// document's date is the day as written where it was published, not that instant moved to a zone.
// Only the extended format (with hyphens) is read: `20170516` could as well be a number.

/** A date as precise as it was given: a month and a day only where it had them. */
export interface CalendarDate {
  year: number;
  month: number | null;
  day: number | null;
}

const ISO_8601 = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)?)?)?)?$/u;

/** The date of an ISO 8601 date or date-time; null when it is not one or names no real day (2017-13, 2017-02-30). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_8601.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, , zoneHours, zoneMinutes] = match;
  if (hour !== undefined && !(Number(hour) <= 23 && Number(minute) <= 59 && (second === undefined || Number(second) <= 60))) return null;
  if (zoneHours !== undefined && !(Number(zoneHours) <= 23 && (zoneMinutes === undefined || Number(zoneMinutes) <= 59))) return null;
  return calendarDate(Number(year), month === undefined ? undefined : Number(month), day === undefined ? undefined : Number(day));
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/**
 * An ISO 8601 date or date-time as a document's date is kept (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the
 * day as written); null when it is not one. What is stored must be this short form: the date filter
 * and sorting compare `YYYY-MM-DD` strings, and a time left on would put the document outside them.
 */
export function isoDateWithoutTime(text: string): string | null {
  const date = parseIsoDate(text);
  return date ? formatIsoDate(date) : null;
}

/**
 * A date from its parts, or null when there is no such day: a month outside 1–12, a day outside the
 * month (30 February, 29 February of a common year), a year outside 0–9999 (four digits, as ISO 8601
 * writes them without an agreement to expand). A day without a month is no date either.
 */
export function calendarDate(year: number, month?: number, day?: number): CalendarDate | null {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return null;
  if (month === undefined) return day === undefined ? { year, month: null, day: null } : null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month, day: null };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the date. */
export function formatIsoDate(date: CalendarDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== null) parts.push(String(date.month).padStart(2, '0'));
  if (date.month !== null && date.day !== null) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
