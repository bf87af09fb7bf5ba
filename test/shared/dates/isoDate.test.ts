import { describe, expect, test } from 'vitest';
import { calendarDate, formatIsoDate, isIsoDate, isoDateWithoutTime, parseIsoDate } from '../../../shared/dates/isoDate';
import { dateSpan } from '../../../shared/library/documentFilter';
import { inferAttributeType } from '../../../shared/attributes/attributeTypes';
import { parseManifest } from '../../../shared/library/manifest';
import { parseAttributeInput } from '../../../renderer/features/metadata/attributeInput';
import { toIsoDate } from '../../../electron/extract/isoDate';

describe('one reading of ISO 8601 dates', () => {
  test('a year, a month, a day, or a full date and time are dates, as precise as they were written', () => {
    expect(parseIsoDate('2017')).toEqual({ year: 2017, month: null, day: null });
    expect(parseIsoDate('2017-05')).toEqual({ year: 2017, month: 5, day: null });
    expect(parseIsoDate('2017-05-16')).toEqual({ year: 2017, month: 5, day: 16 });
    for (const dateTime of ['2017-05-16T08:30', '2017-05-16T08:30:15Z', '2017-05-16T23:59:59.123+02:00', '2017-05-16T08:30:00-0500', '2017-05-16T08:30:00+05']) {
      expect(parseIsoDate(dateTime), dateTime).toEqual({ year: 2017, month: 5, day: 16 });
    }
    expect(isIsoDate(' 2024-02-29 ')).toBe(true);
  });

  test('month 13, day 32, 30 February and 29 February of a common year name no day', () => {
    for (const text of ['2017-13', '2017-00', '2017-05-32', '2017-02-30', '2023-02-29', '2017-04-31', '2017-05-00', '1900-02-29']) {
      expect(isIsoDate(text), text).toBe(false);
    }
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  test('other shapes are not ISO dates: prose, slashes, the basic format, impossible times', () => {
    for (const text of ['May 2017', '2017/05/16', '20170516', '17-05-16', '2017-5-16', '2017-05-16 08:30', '2017-05-16T24:30', '2017-05-16T08:61', '2017-05-16T08:30+25:00', '']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  test('a date is written back as precisely as it is known', () => {
    expect(formatIsoDate(calendarDate(2017)!)).toBe('2017');
    expect(formatIsoDate(calendarDate(2017, 5)!)).toBe('2017-05');
    expect(formatIsoDate(calendarDate(2017, 5, 6)!)).toBe('2017-05-06');
    expect(calendarDate(2017, undefined, 6)).toBeNull();
  });

  test('the manifest, the attribute types, what a researcher types and what files say all agree on 2017-13 and 2017-02-30', () => {
    for (const text of ['2017-13', '2017-02-30']) {
      expect(parseManifest(`file,date\na.txt,${text}\n`, 'm.csv').warnings, text).toHaveLength(1);
      expect(inferAttributeType([text]), text).toBe('text');
      expect(parseAttributeInput(text, 'date').ok, text).toBe(false);
      expect(toIsoDate(text), text).toBe('');
    }
    expect(parseManifest('file,date\na.txt,2017-05-16T08:30:00Z\n', 'm.csv').warnings).toEqual([]);
    expect(inferAttributeType(['2017-05', '2017-05-16'])).toBe('date');
    expect(parseAttributeInput('2017-05-16', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(toIsoDate('2017-05-16T23:30:00-05:00')).toBe('2017-05-16');
  });
});

describe('the day an ISO date-time states', () => {
  test('a date-time gives its date as written, the time and zone dropped, so a date filter finds it', () => {
    expect(isoDateWithoutTime('2017-05-16T08:30:00+02:00')).toBe('2017-05-16');
    expect(isoDateWithoutTime('2017-05-16T23:30:00-05:00')).toBe('2017-05-16');
    expect(isoDateWithoutTime(' 2017-05 ')).toBe('2017-05');
    expect(isoDateWithoutTime('May 2017')).toBeNull();
    expect(isoDateWithoutTime('2017-02-30T08:30')).toBeNull();
    expect(dateSpan(isoDateWithoutTime('2017-05-16T08:30:00+02:00')!)).toEqual({ first: '2017-05-16', last: '2017-05-16' });
  });
});
