// Dates typed with a month's name in orders other than day–month–year: read when the year is written
// in full wherever it stands, and never blamed on a number that is not the year.
import { describe, expect, test } from 'vitest';
import { typedDate } from '../../../shared/attributes/typedDate';

describe('a date typed with the year first and the month named', () => {
  test('is read as the day it names', () => {
    expect(typedDate('2017 May 16')).toEqual({ ok: true, day: '2017-05-16' });
    expect(typedDate('2017, May 16')).toEqual({ ok: true, day: '2017-05-16' });
    expect(typedDate('2024 Feb 29')).toEqual({ ok: true, day: '2024-02-29' });
    expect(typedDate('2017 May')).toEqual({ ok: true, day: '2017-05' });
  });

  test('a day that does not exist is refused naming that day, not the year', () => {
    expect(typedDate('2023 February 29')).toEqual({ ok: false, error: 'There is no 29 February 2023.' });
  });
});

describe('a date typed as spreadsheets write it, with hyphens around the month’s name', () => {
  test('is read as the day it names', () => {
    expect(typedDate('16-May-2017')).toEqual({ ok: true, day: '2017-05-16' });
    expect(typedDate('29-Feb-2024')).toEqual({ ok: true, day: '2024-02-29' });
    expect(typedDate('May-2017')).toEqual({ ok: true, day: '2017-05' });
  });

  test('with a two-digit year is refused, asking for the year in full', () => {
    expect(typedDate('16-May-17')).toEqual({ ok: false, error: 'Write the year in full: “17” could be 1917 or 2017.' });
  });
});

describe('a named month with numbers that are no day and year', () => {
  test('is refused without blaming a year it does not have', () => {
    for (const text of ['16 2017 May', '2017 16 May', '16 May 2017 2018']) expect(typedDate(text), text).toEqual({ ok: false });
  });
});
