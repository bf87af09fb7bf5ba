// Date-times in REFI-QDA files are xsd:dateTime. Framewise writes the UTC form with `Z` and whole
// seconds (`2026-03-01T09:30:00Z`), the form every tool's sample writes: some readers parse exactly
// that pattern and fail on milliseconds or offsets.
//
// A time read without a zone is read in this machine's zone. XML Schema calls it the local time of an
// unknown place: the wall clock the other tool's user saw. The researcher importing a file is most
// often that user or a colleague in the same zone, so read as local it shows as the other tool showed
// it; read as UTC it would move every such time by the zone's offset, and a note of the evening to the
// next day. All of a file's zoneless times are read alike, so their order holds.
import { parseIsoDate } from '../dates/isoDate';

/** The `Z` form, to the second, of an ISO date-time; null when the text is not a date-time. */
export function toRefiDateTime(iso: string): string | null {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return null;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

// Seconds are required by the schema but not insisted on: a time to the minute is still that time.
const XSD_DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$/u;

/** An ISO date-time (JavaScript's `toISOString` form) from a file's xsd:dateTime, or null when it names no real time. */
export function fromRefiDateTime(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  const match = XSD_DATE_TIME.exec(text);
  // The shared rule refuses what Date.parse would roll over (30 February became 2 March).
  if (!match || !parseIsoDate(text)) return null;
  const [, toTheMinute, seconds = '00', fraction = '', zone = ''] = match;
  // ECMAScript reads this exact form as local time when it has no zone; it keeps milliseconds only.
  const time = Date.parse(`${toTheMinute}:${seconds}.${fraction.padEnd(3, '0').slice(0, 3)}${zone}`);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
