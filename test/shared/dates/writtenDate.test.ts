import { describe, expect, test } from 'vitest';
import { parseWrittenDate } from '../../../shared/dates/writtenDate';

describe('the date a text writes out', () => {
  test('news sites\' and Office\'s forms give the day, or the month, as written', () => {
    expect(parseWrittenDate('March 4, 2021')).toEqual({ year: 2021, month: 3, day: 4 });
    expect(parseWrittenDate('Mon, 01 Jan 2020 01:00:00 +0200')).toEqual({ year: 2020, month: 1, day: 1 });
    expect(parseWrittenDate('May 2017')).toEqual({ year: 2017, month: 5, day: null });
    expect(parseWrittenDate('2017-05-16T08:30:00+02:00')).toEqual({ year: 2017, month: 5, day: 16 });
    expect(parseWrittenDate('2017')).toEqual({ year: 2017, month: null, day: null });
  });

  test('a season, a numeric date with two possible orders, or a bare number is no date', () => {
    for (const text of ['Summer 2021', '04/03/2021', '2021 Summer', 'Monday', '']) expect(parseWrittenDate(text), text).toBeNull();
  });
});
