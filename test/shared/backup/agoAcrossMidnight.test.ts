// "N days ago" beside a date counts the days of the calendar in the researcher's zone, as the date
// beside it does: a deletion late on 18 March is "2 days ago" at 1 a.m. on 20 March, not "1 day ago".
import { describe, expect, test } from 'vitest';
import { agoInWords } from '../../../shared/backup/deletedProjectBackups';
import { inTimeZone } from '../dates/timeZone';

describe('how long ago, in the days of a calendar in Los Angeles', () => {
  inTimeZone('America/Los_Angeles');

  test('a time late the day before yesterday is 2 days ago just after midnight, though 26 hours passed', () => {
    expect(agoInWords(new Date(2026, 2, 18, 23, 0).toISOString(), new Date(2026, 2, 20, 1, 0))).toBe('2 days ago');
  });

  test('a time late yesterday is a few hours ago just after midnight', () => {
    expect(agoInWords(new Date(2026, 2, 19, 23, 0).toISOString(), new Date(2026, 2, 20, 1, 0))).toBe('2 hours ago');
  });

  test('noon three days before is 3 days ago at noon, though the clocks went forward between (71 hours)', () => {
    // Daylight saving time began in Los Angeles on 8 March 2026.
    const at = new Date(2026, 2, 7, 12, 0);
    const now = new Date(2026, 2, 10, 12, 0);
    expect(now.getTime() - at.getTime()).toBe(71 * 3_600_000);
    expect(agoInWords(at.toISOString(), now)).toBe('3 days ago');
  });

  test('a fortnight across the clock change in autumn is 2 weeks', () => {
    // Daylight saving time ended on 1 November 2026: 14 days and one hour.
    expect(agoInWords(new Date(2026, 9, 25, 9, 0).toISOString(), new Date(2026, 10, 8, 9, 0))).toBe('2 weeks ago');
  });
});

describe('how long ago, on the day the clocks go back in Los Angeles', () => {
  inTimeZone('America/Los_Angeles');

  test('24 hours and more within that one 25-hour day are 1 day, not 0', () => {
    expect(agoInWords(new Date(2026, 10, 1, 0, 5).toISOString(), new Date(2026, 10, 1, 23, 55))).toBe('1 day ago');
  });
});
