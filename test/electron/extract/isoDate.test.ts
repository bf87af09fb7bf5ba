import { describe, expect, test } from 'vitest';
import { isoDateOfParts, toIsoDate } from '../../../electron/extract/isoDate';

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
