// What a researcher types into an attribute or date field, read as its type. Dates are ISO 8601 and
// may be partial (`2017`, `2017-05`): news sources often give no more than a year, so a full-date
// picker would force an invented day.
import type { AttributeType, AttributeValue } from '../../../shared/model';
import { isIsoDate } from '../../../shared/dates/isoDate';

export type ParsedInput = { ok: true; value: AttributeValue } | { ok: false; error: string };

export function parseAttributeInput(raw: string, type: AttributeType): ParsedInput {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  switch (type) {
    case 'number': {
      const n = Number(text.replace(/\s/g, ''));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: 'Enter a number, such as 2017 or 3.5.' };
    }
    case 'date':
      return isIsoDate(text) ? { ok: true, value: text } : { ok: false, error: 'Enter a date as YYYY-MM-DD, YYYY-MM or YYYY.' };
    case 'boolean':
      if (/^(true|yes)$/i.test(text)) return { ok: true, value: true };
      if (/^(false|no)$/i.test(text)) return { ok: true, value: false };
      return { ok: false, error: 'Enter yes or no.' };
    case 'text':
      return { ok: true, value: text };
  }
}

/** The text an input starts from for a stored value. */
export function inputText(value: AttributeValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export const TYPE_LABELS: Record<AttributeType, string> = { text: 'Text', number: 'Number', date: 'Date', boolean: 'Yes/no' };
