// REFI-QDA date-times: Framewise writes xsd:dateTime in UTC with its zone (`Z`), and reads any zone
// back to the same instant; a time another tool wrote without a zone is the wall-clock time its user
// saw, read as this machine's local time, so that it shows as the other tool showed it.
import { describe, expect, test } from 'vitest';
import { fromRefiDateTime, toRefiDateTime } from '../../../shared/interop/refiDates';
import { inTimeZone } from '../dates/timeZone';

// xsd:dateTime with a zone, to the second, as every tool's sample writes it.
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u;

describe.each(['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata'])('REFI-QDA date-times in %s', (zone) => {
  inTimeZone(zone);

  test('a time the app recorded is written with its zone and read back to the same instant (to the second)', () => {
    for (const recorded of ['2026-03-29T00:30:00.000Z', '2026-05-16T23:59:59.999Z', '2024-02-29T12:00:00.000Z']) {
      const written = toRefiDateTime(recorded)!;
      expect(written).toMatch(ZONED_DATE_TIME);
      expect(fromRefiDateTime(written)).toBe(`${recorded.slice(0, 19)}.000Z`);
    }
  });

  test('a time written with an offset, or with more digits of a second than JavaScript keeps, is that instant', () => {
    expect(fromRefiDateTime('2026-01-20T10:00:00+02:00')).toBe('2026-01-20T08:00:00.000Z');
    expect(fromRefiDateTime('2026-01-20T10:00:00-05:30')).toBe('2026-01-20T15:30:00.000Z');
    expect(fromRefiDateTime(' 2019-05-27T14:39:10.1234567Z ')).toBe('2019-05-27T14:39:10.123Z');
  });

  test('a time without a zone is the wall-clock time the other tool showed, read in the local zone', () => {
    const read = new Date(fromRefiDateTime('2026-01-20T14:39:10')!);
    expect([read.getFullYear(), read.getMonth() + 1, read.getDate(), read.getHours(), read.getMinutes(), read.getSeconds()]).toEqual([2026, 1, 20, 14, 39, 10]);
    const summer = new Date(fromRefiDateTime('2026-07-20T23:30:00.5')!);
    expect([summer.getDate(), summer.getHours(), summer.getMinutes(), summer.getMilliseconds()]).toEqual([20, 23, 30, 500]);
  });

  test('what is no date-time is no time', () => {
    for (const text of [undefined, '', 'yesterday', '2026-02-30T10:00:00Z', '2026-01-20T25:00:00Z']) expect(fromRefiDateTime(text), String(text)).toBeNull();
  });
});

describe('REFI-QDA date-times written loosely', () => {
  inTimeZone('Europe/Berlin');

  test('a time to the minute, with or without a zone, is read', () => {
    expect(fromRefiDateTime('2019-05-27T14:39Z')).toBe('2019-05-27T14:39:00.000Z');
    expect(fromRefiDateTime('2019-05-27T14:39')).toBe('2019-05-27T12:39:00.000Z');
  });
});
