// What a researcher types into an attribute or date field, read as its type. Dates are ISO 8601 and
// may be partial (`2017`, `2017-05`): news sources often give no more than a year, so a full-date
// picker would force an invented day. Numbers and dates typed in other conventions are read when they
// have one reading (typedNumber.ts, typedDate.ts), and stored in the one form.
import type { AttributeType, AttributeValue } from '../../../shared/model';
import { readAttributeValue } from '../../../shared/attributes/attributeTypes';
import { typedNumber } from '../../../shared/attributes/typedNumber';
import { typedDate } from '../../../shared/attributes/typedDate';

export type ParsedInput = { ok: true; value: AttributeValue } | { ok: false; error: string };

export function parseAttributeInput(raw: string, type: AttributeType): ParsedInput {
  if (raw.trim() === '') return { ok: true, value: null };
  if (type === 'date') {
    const date = typedDate(raw);
    return date.ok ? { ok: true, value: date.day } : { ok: false, error: date.error ?? ERRORS.date };
  }
  let text = raw;
  if (type === 'number') {
    const number = typedNumber(raw);
    if (!number.ok) return { ok: false, error: number.error ?? ERRORS.number };
    text = number.decimal;
  }
  // Otherwise the manifest's rules (readAttributeValue): plain decimals, yes/no, text trimmed.
  const reading = readAttributeValue(text, type);
  return reading.ok ? reading : { ok: false, error: ERRORS[type] };
}

const ERRORS: Record<AttributeType, string> = {
  number: 'Enter a number, such as 2017 or 3.5.',
  date: 'Enter a date as YYYY-MM-DD, YYYY-MM or YYYY.',
  boolean: 'Enter yes or no.',
  text: '',
};

/** The text an input starts from for a stored value. */
export function inputText(value: AttributeValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export const TYPE_LABELS: Record<AttributeType, string> = { text: 'Text', number: 'Number', date: 'Date', boolean: 'Yes/no' };
