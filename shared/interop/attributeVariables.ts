// Document attributes as REFI-QDA variables (Project.xsd: Variable with typeOfVariable, VariableValue
// with one typed value). Framewise's four types map to the standard's six: a number is an Integer
// variable when every value is whole, a Float otherwise; a date is a Date variable, and a value that
// is only a year or a month ("2017", "2017-05", which xsd:date cannot hold) is written as TextValue
// under it, so that nothing is rounded to a day that the source never named. So is a day that does not
// exist ("2017-02-30", kept as text by a manifest import): xsd:date refuses it, and the schema lets any
// VariableValue hold a TextValue whatever its variable's type.
import { parseIsoDate } from '../dates/isoDate';
import type { AttributeType, AttributeValue } from '../model';
import { coerceAttributeValue } from '../attributes/attributeTypes';
import type { XmlElement } from './xmlWriter';

export type RefiVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** A day xsd:date holds: one that exists, in years 0001–9999 (XML Schema 1.0 has no year 0). */
function isSchemaDate(value: string): boolean {
  const date = FULL_DATE.test(value) ? parseIsoDate(value) : null;
  return date !== null && date.year >= 1;
}

export function refiVariableType(type: AttributeType, values: readonly AttributeValue[]): RefiVariableType {
  switch (type) {
    case 'text':
      return 'Text';
    case 'boolean':
      return 'Boolean';
    case 'date':
      return 'Date';
    case 'number':
      return values.every((v) => typeof v !== 'number' || Number.isInteger(v)) ? 'Integer' : 'Float';
  }
}

export function attributeTypeOf(variableType: string | undefined): AttributeType {
  switch (variableType) {
    case 'Boolean':
      return 'boolean';
    case 'Integer':
    case 'Float':
      return 'number';
    case 'Date':
    case 'DateTime':
      return 'date';
    default:
      return 'text';
  }
}

/** The typed value element of a VariableValue, or null for an empty value (which is not written). */
export function variableValueElement(value: AttributeValue, variableType: RefiVariableType): XmlElement | null {
  if (value === null || value === '') return null;
  if (variableType === 'Boolean' && typeof value === 'boolean') return { name: 'BooleanValue', text: String(value) };
  if (variableType === 'Integer' && typeof value === 'number' && Number.isSafeInteger(value)) return { name: 'IntegerValue', text: String(value) };
  if ((variableType === 'Float' || variableType === 'Integer') && typeof value === 'number' && Number.isFinite(value)) {
    return { name: 'FloatValue', text: decimalText(value) };
  }
  if (variableType === 'Date' && typeof value === 'string' && isSchemaDate(value)) return { name: 'DateValue', text: value };
  // A value its type cannot hold (text kept under a number attribute, a partial or impossible date) stays text.
  return { name: 'TextValue', text: String(value) };
}

/** The value of a VariableValue's typed element, as the attribute's type stores it. */
export function readVariableValue(elementName: string, text: string, type: AttributeType): AttributeValue {
  const trimmed = text.trim();
  switch (elementName) {
    case 'DateTimeValue':
      // Framewise dates are days: the time of day (in UTC, as written) is dropped.
      return coerceAttributeValue(trimmed.slice(0, 10), type);
    case 'TextValue':
      // Text is kept exactly (a date attribute's "2017" too); only typed values are read by type.
      return type === 'text' || type === 'date' ? (text === '' ? null : text) : coerceAttributeValue(text, type);
    default:
      return coerceAttributeValue(trimmed, type);
  }
}

/** The text of a value, as in a set's name ("leaning = right"). */
export function valueLabel(value: AttributeValue): string {
  return typeof value === 'number' ? decimalText(value) : String(value);
}

/** A number as xsd:decimal writes it: digits and a point, never an exponent. */
function decimalText(value: number): string {
  const text = String(value);
  // The shortest digits that read back as the same double (String's), with the point moved to where
  // the exponent puts it: toFixed would add digits of the binary value (1e-7 as 0.000000099999999999…).
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/u.exec(text);
  if (!match) return text;
  const [, sign, first, rest = '', exponent] = match;
  const digits = `${first}${rest}`;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return point >= digits.length ? `${sign}${digits.padEnd(point, '0')}` : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
