// Dates as news sites, mail headers and office documents write them out: "March 4, 2021",
// "4 March 2021", "Mar. 4, 2021", "Thu, 04 Mar 2021 22:30:00 -0500" (RFC 2822), "May 2017",
// "13/03/2021", besides ISO 8601. The result is the calendar date the text states, as precise as it
// states it, with any time and zone dropped, never moved through a Date: Date.parse reads prose as a
// local midnight, so a date shifted by the reader's zone, and it fills in a day ("May 2017" became
// 1 May) or takes a season for a year ("Summer 2021" became 1 January).
//
// A small grammar rather than a library: the natural-language parsers on npm (chrono-node,
// any-date-parser) also read relative dates and guess an order for "04/03/2021", and give instants;
// what is needed here is the refusal to guess. English month names are read, and German ones, which
// Date.parse partly read by their first three letters ("Juni", not "März").
import { calendarDate, parseIsoDate, type CalendarDate } from './isoDate';

const MONTHS = new Map<string, number>();
[
  ['january', 'jan', 'januar', 'jänner'],
  ['february', 'feb', 'februar'],
  ['march', 'mar', 'märz', 'mär', 'maerz'],
  ['april', 'apr'],
  ['may', 'mai'],
  ['june', 'jun', 'juni'],
  ['july', 'jul', 'juli'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct', 'oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec', 'dezember', 'dez'],
].forEach((names, index) => names.forEach((name) => MONTHS.set(name, index + 1)));

// A weekday before the date is skipped and not checked: feeds often carry a wrong one.
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag),?\s+`;
const MONTH = String.raw`(?<month>\p{L}+)\.?`;
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th|\.)?`;
const YEAR = String.raw`(?<year>\d{4})(?!\d)`;
const FORMS = [
  `${MONTH}\\s+${DAY},?\\s+${YEAR}`, // March 4, 2021
  `${DAY}[\\s-]+${MONTH}[\\s,-]+${YEAR}`, // 4 March 2021, 04-Mar-2021, 4. März 2021
  `${MONTH},?\\s+${YEAR}`, // May 2017
  `${MONTH}\\s+${DAY}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+${YEAR}`, // Thu Mar  4 22:30:00 2021: C's asctime, which some PDF producers write
  String.raw`(?<first>\d{1,2})(?<separator>[/.-])(?<second>\d{1,2})\k<separator>${YEAR}`, // 13/03/2021
].map((form) => new RegExp(`^(?:${WEEKDAY})?${form}`, 'iu'));

// What may follow a date: nothing, or a time (dropped with its zone). Other words make it no date:
// "March 4, 2021 | News" may be a title that happens to hold a date.
const AFTER_DATE = /^(?:$|,?\s*(?:(?:at|um)\s+|T)?\d{1,2}[:.]\d{2}(?!\d))/iu;

/** The date a text states, as precise as it states it; null when it states none or one could read it two ways. */
export function parseWrittenDate(text: string): CalendarDate | null {
  const trimmed = text.trim();
  const iso = parseIsoDate(trimmed);
  if (iso) return iso;
  for (const form of FORMS) {
    const match = form.exec(trimmed);
    if (!match?.groups || !AFTER_DATE.test(trimmed.slice(match[0].length))) continue;
    const { month, day, year, first, second } = match.groups;
    if (first !== undefined && second !== undefined) return numericDate(Number(year), Number(first), Number(second));
    const monthNumber = MONTHS.get(month!.toLowerCase());
    if (monthNumber === undefined) continue;
    return calendarDate(Number(year), monthNumber, day === undefined ? undefined : Number(day));
  }
  return null;
}

/**
 * "13/03/2021" and "03/13/2021" can be read one way only; "04/03/2021" is 4 March in Europe and
 * April 3 in the United States, and nothing in the text says which, so it is no date.
 */
function numericDate(year: number, first: number, second: number): CalendarDate | null {
  if (first === second || second > 12) return calendarDate(year, first, second);
  if (first > 12) return calendarDate(year, second, first);
  return null;
}
