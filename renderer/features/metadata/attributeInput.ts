// What a researcher types into an attribute or date field, read as its type. Dates are ISO 8601 and
// may be partial (`2017`, `2017-05`): news sources often give no more than a year, so a full-date
// picker would force an invented day.
import type { AttributeType, AttributeValue } from '../../../shared/model';
import { readAttributeValue } from '../../../shared/attributes/attributeTypes';

export type ParsedInput = { ok: true; value: AttributeValue } | { ok: false; error: string };

export function parseAttributeInput(raw: string, type: AttributeType): ParsedInput {
  // A number typed with its thousands spaced ("10 000") is read whole; otherwise the manifest's rules
  // (readAttributeValue): plain decimals, yes/no, the calendar day of an ISO date.
  const reading = readAttributeValue(type === 'number' ? raw.replace(/\s/g, '') : raw, type);
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
