// Attribute values and their types, as REFI-QDA knows them (Text, Integer/Float, Date, Boolean).
// Values arrive as text from manifests and spreadsheets; a column whose every non-empty value reads
// as a number is a number, and so on, so that "2017" sorts and exports as a year, not a word.
import type { AttributeType, AttributeValue } from '../model';
import { isIsoDate, isoDateWithoutTime } from '../dates/isoDate';
import { typedNumber } from './typedNumber';
import { typedDate } from './typedDate';

/** A value as its attribute's type reads it, or `ok: false` when the type cannot hold it. */
export type AttributeReading = { ok: true; value: AttributeValue } | { ok: false };

/** The narrowest type all non-empty values fit, text when they disagree or there are none. */
export function inferAttributeType(values: readonly unknown[]): AttributeType {
  const present = values.filter((v) => !isBlank(v));
  if (present.length === 0) return 'text';
  // yes/no as a yes/no attribute reads it (readAttributeValue), true/false as a file writes it.
  if (present.every((v) => typeof v === 'boolean' || (typeof v === 'string' && /^(true|false|yes|no)$/i.test(v.trim())))) return 'boolean';
  if (present.every((v) => typeof v === 'number' || (typeof v === 'string' && readsBackAsNumber(v)))) return 'number';
  // "0123" is a postcode, not the year 123: a plain decimal is a date only as a four-digit year beside
  // dates that are written as dates ("2019" in a column of "2017-05-16"); a column of years alone is
  // numbers, as above.
  const dates = present.filter((v): v is string => typeof v === 'string' && isIsoDate(v.trim()));
  if (dates.length === present.length && dates.some((v) => !isPlainDecimal(v.trim())) && dates.every((v) => !isPlainDecimal(v.trim()) || /^[1-9]\d{3}$/u.test(v.trim()))) return 'date';
  return 'text';
}

/**
 * A value as `type` reads it, by the rules a researcher types by in the table: yes/no (or
 * true/false) for yes/no; a plain decimal for a number, or one typed with a decimal comma or grouped
 * thousands (typedNumber.ts; no hex, binary or exponent, which `Number()` would read or misread
 * silently); an ISO 8601 date for a date, stored as the calendar day it states (a time is dropped,
 * never moved to UTC: the document was published on the day written), or a day as people write one
 * (typedDate.ts). Empty or blank is no value (null).
 */
export function readAttributeValue(value: unknown, type: AttributeType): AttributeReading {
  if (isBlank(value)) return { ok: true, value: null };
  const text = String(value).trim();
  switch (type) {
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false };
      if (typeof value !== 'string') return { ok: false };
      return readDecimal(isPlainDecimal(text) ? text : typedDecimal(text));
    case 'boolean':
      if (typeof value === 'boolean') return { ok: true, value };
      if (typeof value !== 'string') return { ok: false };
      if (/^(true|yes)$/i.test(text)) return { ok: true, value: true };
      if (/^(false|no)$/i.test(text)) return { ok: true, value: false };
      return { ok: false };
    case 'date': {
      // An ISO date first (a partial one stays partial); else as a researcher types one (16.05.2017).
      const day = typeof value === 'boolean' ? null : (isoDateWithoutTime(text) ?? typedDay(text));
      return day ? { ok: true, value: day } : { ok: false };
    }
    case 'text':
      return { ok: true, value: text };
  }
}

/**
 * A plain decimal as a number, unless it has more significant digits than a double holds. A value is
 * read as a plain decimal first ("1.500" is one and a half, as a file writes it); the forms a
 * researcher types (typedNumber.ts: a decimal comma, grouped thousands) only when it is not one.
 */
function readDecimal(decimal: string | null): AttributeReading {
  return decimal !== null && isPlainDecimal(decimal) && significantDigits(decimal) <= MAX_DIGITS ? { ok: true, value: Number(decimal) } : { ok: false };
}

function typedDecimal(text: string): string | null {
  const typed = typedNumber(text);
  return typed.ok ? typed.decimal : null;
}

function typedDay(text: string): string | null {
  const typed = typedDate(text);
  return typed.ok ? typed.day : null;
}

/** A value as its attribute's type stores it; text that does not fit is kept as text, not lost. */
export function coerceAttributeValue(value: unknown, type: AttributeType): AttributeValue {
  const reading = readAttributeValue(value, type);
  return reading.ok ? reading.value : String(value).trim();
}

/** More significant digits than a double holds exactly: "12345678901234567890" would read as …567000. */
const MAX_DIGITS = 15;

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function isPlainDecimal(text: string): boolean {
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text.trim());
}

/**
 * Whether a column's text is a number that reads back as written: no leading zero but that of "0"
 * or "0.5" (participant 007 and ZIP code 02139 would lose it), no sign but minus, and at most 15
 * significant digits (a 20-digit ID would lose its last digits).
 */
function readsBackAsNumber(value: string): boolean {
  const text = value.trim();
  return /^-?(0|[1-9]\d*)(\.\d+)?$/.test(text) && significantDigits(text) <= MAX_DIGITS;
}

function significantDigits(decimal: string): number {
  return decimal.replace(/[^\d]/g, '').replace(/^0+/, '').length;
}
