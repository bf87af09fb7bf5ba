// Dates found in files come in many shapes: ISO 8601 with a time and zone ("2021-03-04T23:30:00-05:00"),
// PDF's "D:20210304233000-05'00'", "2021/3/4", RTF's \yr \mo \dy, or prose ("March 4, 2021",
// "Mon, 01 Jan 2020 01:00:00 +0200"; shared/dates/writtenDate.ts reads these). Documents carry
// `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when that is all the source says), the date as written where it
// was published: the zone is dropped rather than applied, so an evening article does not move to the
// next day, and no Date is made, so neither does the reader's zone. Which days exist is
// shared/dates/isoDate.ts's rule, as everywhere.
import { calendarDate, formatIsoDate } from '../../shared/dates/isoDate';
import { parseWrittenDate } from '../../shared/dates/writtenDate';

export function toIsoDate(value: string): string {
  const text = value.trim();
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/u.exec(text);
  const numeric = pdf ?? /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])/u.exec(text);
  if (numeric) return isoDateOfParts(Number(numeric[1]), optional(numeric[2]), optional(numeric[3]));
  const written = parseWrittenDate(text);
  return written ? isoDateOfParts(written.year, written.month ?? undefined, written.day ?? undefined) : '';
}

/**
 * A date from its parts as a file states them, or '' when there is no such day. A year before 1000
 * in a file's properties is a placeholder a tool wrote (PDF's "D:00000101"), not a date.
 */
export function isoDateOfParts(year: number, month?: number, day?: number): string {
  const date = year >= 1000 ? calendarDate(year, month, day) : null;
  return date ? formatIsoDate(date) : '';
}

function optional(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}
