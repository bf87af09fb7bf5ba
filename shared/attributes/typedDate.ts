// A date as a researcher may type it rather than as it is stored (ISO 8601: 2017-05-16, 2017-05,
// 2017): "16.05.2017", "2017/05/16", "16/05/2017", "16 May 2017", "May 2017", "2017 May 16". It is
// read only when the order of day and month is plain (a day above 12, dots that are always day first,
// a month's name); "05/06/2017" is 5 June in one country and 6 May in another, and is refused naming
// both. The value stored is the ISO form, which the field then shows.
import { calendarDate, formatIsoDate, isoDateWithoutTime } from '../dates/isoDate';

export type TypedDate = { ok: true; day: string } | { ok: false; error?: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function typedDate(raw: string): TypedDate {
  const text = raw.trim();
  const iso = isoDateWithoutTime(text);
  if (iso) return { ok: true, day: iso };

  let match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/u.exec(text);
  if (match) return dayOf(match[1]!, Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d+)$/u.exec(text);
  if (match) return dayOf(match[3]!, Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[/.](\d{4})$/u.exec(text);
  if (match) return dayOf(match[2]!, Number(match[1]));
  match = /^(\d{1,2})[/-](\d{1,2})[/-](\d+)$/u.exec(text);
  if (match) return eitherWayRound(text, Number(match[1]), Number(match[2]), match[3]!);
  return namedMonth(text);
}

/** "16/05/2017" or "05/16/2017": the order is plain only when one of the two is above 12, or both are alike. */
function eitherWayRound(text: string, first: number, second: number, year: string): TypedDate {
  if (first > 12 || second > 12 || first === second) return first > 12 ? dayOf(year, second, first) : dayOf(year, first, second);
  const dayFirst = dayOf(year, second, first);
  const monthFirst = dayOf(year, first, second);
  if (!dayFirst.ok || !monthFirst.ok) return dayFirst.ok ? monthFirst : dayFirst;
  return { ok: false, error: `“${text}” could be ${first} ${MONTHS[second - 1]} or ${second} ${MONTHS[first - 1]} ${year}: type ${dayFirst.day} or ${monthFirst.day}.` };
}

/**
 * "16 May 2017", "May 16, 2017", "1st March 2020", "Sept. 2017", "16-May-2017" (as spreadsheets write
 * it), "2017 May 16" (year first, as in East Asia and Hungary): a month named (in English) fixes the
 * order; the year is the number after the day, or a four-digit one before the month.
 */
function namedMonth(text: string): TypedDate {
  const words = text
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/gu, '$1')
    .split(/[\s,.-]+/u)
    .filter(Boolean);
  const monthAt = words.findIndex((word) => /^\p{L}+$/u.test(word));
  const month = monthAt < 0 ? -1 : monthNumber(words[monthAt]!);
  if (month < 0 || words.some((word, i) => i !== monthAt && !/^\d+$/u.test(word))) return { ok: false };
  const numbers = words.filter((_, i) => i !== monthAt);
  const yearFirst = monthAt === 1 && numbers[0]!.length === 4 && (numbers.length === 1 || numbers[1]!.length <= 2);
  if (numbers.length === 1 && (monthAt === 0 || yearFirst)) return dayOf(numbers[0]!, month);
  if (numbers.length === 2 && yearFirst) return dayOf(numbers[0]!, month, Number(numbers[1]));
  if (numbers.length === 2 && monthAt <= 1) return dayOf(numbers[1]!, month, Number(numbers[0]));
  return { ok: false };
}

/** 1–12 for a month's name or its first three letters or more ("Sept"), else -1. */
function monthNumber(word: string): number {
  if (word.length < 3) return -1;
  const index = MONTHS.findIndex((name) => name.toLowerCase().startsWith(word));
  return index < 0 ? -1 : index + 1;
}

function dayOf(year: string, month: number, day?: number): TypedDate {
  if (year.length === 2) return { ok: false, error: `Write the year in full: “${year}” could be 19${year} or 20${year}.` };
  if (year.length !== 4) return { ok: false };
  const date = calendarDate(Number(year), month, day);
  if (date) return { ok: true, day: formatIsoDate(date) };
  if (day !== undefined && month >= 1 && month <= 12) return { ok: false, error: `There is no ${day} ${MONTHS[month - 1]} ${year}.` };
  return { ok: false };
}
