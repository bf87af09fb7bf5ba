import { describe, expect, test } from 'vitest';
import { htmlMetadata } from '../../../electron/extract/htmlMetadata';
import { isoDateOfParts, toIsoDate } from '../../../electron/extract/isoDate';
import { inTimeZone } from '../../shared/dates/timeZone';

describe('the dates files state', () => {
  test('ISO dates and date-times, PDF dates and numeric dates with slashes become YYYY-MM-DD, the zone dropped', () => {
    expect(toIsoDate('2021-03-04T23:30:00-05:00')).toBe('2021-03-04');
    expect(toIsoDate("D:20210304233000-05'00'")).toBe('2021-03-04');
    expect(toIsoDate('D:2021')).toBe('2021');
    expect(toIsoDate('2021/3/4')).toBe('2021-03-04');
    expect(toIsoDate('2021-03')).toBe('2021-03');
  });

  test('a day that does not exist, a placeholder year or words without a year are no date', () => {
    expect(toIsoDate('2021-02-30')).toBe('');
    expect(toIsoDate('2021-13-01')).toBe('');
    expect(toIsoDate('D:00000101000000')).toBe('');
    expect(toIsoDate('Monday')).toBe('');
    expect(isoDateOfParts(2022, 6, 14)).toBe('2022-06-14');
    expect(isoDateOfParts(2022, 6, 31)).toBe('');
    expect(isoDateOfParts(2022)).toBe('2022');
  });
});

// A zone east of UTC moves a local midnight to the day before in UTC; a zone west moves an evening
// to the day after. Node reads process.env.TZ again whenever it is set.
describe.each(['Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'America/Los_Angeles'])('the date as written, read in %s', (zone) => {
  inTimeZone(zone);

  test('the zone is in force for this test', () => {
    expect(new Date(2021, 0, 15).getTimezoneOffset()).not.toBe(0);
  });

  test('a day written in prose stays that day', () => {
    for (const text of ['March 4, 2021', '4 March 2021', 'Mar. 4, 2021', 'Mar 4 2021', 'March 4th, 2021', '04-Mar-2021', 'Thursday, March 4, 2021 10:30 PM EST', 'Thu Mar 04 2021 22:30:00 GMT-0500 (EST)', 'Thu Mar  4 22:30:00 2021', '2021-03-04']) {
      expect(toIsoDate(text), text).toBe('2021-03-04');
    }
  });

  test('an RFC 2822 date keeps the day written in its own zone, whatever the weekday says', () => {
    expect(toIsoDate('Mon, 01 Jan 2020 01:00:00 +0200')).toBe('2020-01-01');
    expect(toIsoDate('Wed, 01 Jan 2020 22:00:00 -0500')).toBe('2020-01-01');
    expect(htmlMetadata(new Map([['article:published_time', 'Mon, 01 Jan 2020 01:00:00 +0200']]), [])).toEqual({ date: '2020-01-01' });
  });

  test('a month without a day stays a month', () => {
    expect(toIsoDate('May 2017')).toBe('2017-05');
    expect(toIsoDate('Sept. 2017')).toBe('2017-09');
  });

  test('German month names, which Date.parse partly read by their first letters, are read in full', () => {
    expect(toIsoDate('4. Juni 2021')).toBe('2021-06-04');
    expect(toIsoDate('4. März 2021')).toBe('2021-03-04');
    expect(toIsoDate('Mai 2017')).toBe('2017-05');
  });

  test('a numeric day and month are read only when one order is possible', () => {
    expect(toIsoDate('13/03/2021')).toBe('2021-03-13');
    expect(toIsoDate('03/13/2021')).toBe('2021-03-13');
    expect(toIsoDate('04/04/2021')).toBe('2021-04-04');
    expect(toIsoDate('04/03/2021')).toBe('');
    expect(toIsoDate('4.3.2021')).toBe('');
    expect(toIsoDate('13/13/2021')).toBe('');
  });

  test('a season, a word before the date or other words are no date, and no day is invented', () => {
    for (const text of ['Summer 2021', 'juillet 2021', 'Published March 4, 2021', 'March 4, 2021 | News', 'Marching 4 2021', 'March 32, 2021', 'February 29, 2021']) {
      expect(toIsoDate(text), text).toBe('');
    }
  });
});
