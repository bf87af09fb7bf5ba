import { describe, expect, test } from 'vitest';
import { coerceAttributeValue, inferAttributeType, readAttributeValue } from '../../../shared/attributes/attributeTypes';

describe('typing a column by its values', () => {
  test('participant IDs and ZIP codes with leading zeros stay text, so 007 is not stored as 7', () => {
    expect(inferAttributeType(['007', '012', '120'])).toBe('text');
    expect(inferAttributeType(['02139', '10001'])).toBe('text');
    // Four digits with a leading zero are no year either: a postcode, not the year 123.
    expect(inferAttributeType(['0123', '4051'])).toBe('text');
  });

  test('an ID longer than a number holds exactly (more than 15 significant digits) stays text', () => {
    expect(inferAttributeType(['12345678901234567890'])).toBe('text');
    expect(inferAttributeType(['1234567890123456'])).toBe('text');
    expect(inferAttributeType(['123456789012345', '-0.5', '0', '0.25', '2017'])).toBe('number');
  });

  test('only plain decimals are numbers: hex, binary, exponents and a leading plus are text', () => {
    for (const text of ['0x10', '0b101', '1e3', '+4915112345678']) expect(inferAttributeType([text]), text).toBe('text');
  });

  test('a column of yes and no is yes/no, as a yes/no attribute reads them', () => {
    expect(inferAttributeType(['yes', 'No', ' YES '])).toBe('boolean');
    expect(inferAttributeType(['true', 'no'])).toBe('boolean');
    expect(inferAttributeType(['yes', 'maybe'])).toBe('text');
  });

  test('a column of dates with a year alone here and there is dates, a year being a date as precise as known', () => {
    expect(inferAttributeType(['2017-05-16', '2019', '2018-03'])).toBe('date');
    // Years alone are numbers; a postcode beside dates is no year.
    expect(inferAttributeType(['2017', '2019'])).toBe('number');
    expect(inferAttributeType(['2017-05-16', '0123'])).toBe('text');
  });

  test('cells holding only spaces count as empty', () => {
    expect(inferAttributeType(['34', '  ', '51'])).toBe('number');
  });
});

describe('reading a value as its attribute’s type', () => {
  test('yes/no takes yes and no, as the table editor does, and refuses 1 and 0', () => {
    expect(readAttributeValue('Yes', 'boolean')).toEqual({ ok: true, value: true });
    expect(readAttributeValue(' no ', 'boolean')).toEqual({ ok: true, value: false });
    expect(readAttributeValue('TRUE', 'boolean')).toEqual({ ok: true, value: true });
    expect(readAttributeValue('1', 'boolean')).toEqual({ ok: false });
    expect(readAttributeValue(1, 'boolean')).toEqual({ ok: false });
  });

  test('a number is a plain decimal, or one as people type it (the attribute fields read it so): n/a, an ambiguous 1,500, hex and exponents do not fit', () => {
    expect(readAttributeValue(' 3.5 ', 'number')).toEqual({ ok: true, value: 3.5 });
    expect(readAttributeValue('007', 'number')).toEqual({ ok: true, value: 7 });
    expect(readAttributeValue(12, 'number')).toEqual({ ok: true, value: 12 });
    // A plain decimal is read as one first: "1.500" is one and a half, as a file writes it.
    expect(readAttributeValue('1.500', 'number')).toEqual({ ok: true, value: 1.5 });
    expect(readAttributeValue('1,5', 'number')).toEqual({ ok: true, value: 1.5 });
    expect(readAttributeValue('1.234,5', 'number')).toEqual({ ok: true, value: 1234.5 });
    for (const text of ['n/a', '1,500', '0x10', '0b11', '1e3', 'Infinity', '12345678901234567890']) {
      expect(readAttributeValue(text, 'number'), text).toEqual({ ok: false });
    }
  });

  test('a date is an ISO date, stored as the calendar day it states (a time is dropped, never moved to UTC)', () => {
    expect(readAttributeValue('2017-05-16T08:30:00+02:00', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(readAttributeValue('2017-05-16T23:30:00-05:00', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(readAttributeValue('2017-05', 'date')).toEqual({ ok: true, value: '2017-05' });
    // A day as people write one, read as the date fields read it; one that could be two days is not.
    expect(readAttributeValue('16.05.2017', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(readAttributeValue('05/06/2017', 'date')).toEqual({ ok: false });
    expect(readAttributeValue(2017, 'date')).toEqual({ ok: true, value: '2017' });
    for (const text of ['03/04/2020', '43831', '2017-02-30']) expect(readAttributeValue(text, 'date'), text).toEqual({ ok: false });
  });

  test('empty and blank are no value; text takes anything', () => {
    expect(readAttributeValue('   ', 'number')).toEqual({ ok: true, value: null });
    expect(readAttributeValue(' left ', 'text')).toEqual({ ok: true, value: 'left' });
    expect(readAttributeValue(true, 'text')).toEqual({ ok: true, value: 'true' });
  });

  test('the coercion that keeps what does not fit as text reads by the same rules', () => {
    expect(coerceAttributeValue('yes', 'boolean')).toBe(true);
    expect(coerceAttributeValue('0x10', 'number')).toBe('0x10');
    expect(coerceAttributeValue('2017-05-16T08:30:00Z', 'date')).toBe('2017-05-16');
  });
});
