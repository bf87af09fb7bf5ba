// Numbers and dates as researchers type them in other conventions than the one stored: read when only
// one reading is possible, refused with both readings named when two are, never guessed.
import { describe, expect, test } from 'vitest';
import { parseAttributeInput } from '../../../../renderer/features/metadata/attributeInput';

describe('numbers typed in other conventions', () => {
  test('a decimal comma is read where it can be nothing else', () => {
    expect(parseAttributeInput('42,5', 'number')).toEqual({ ok: true, value: 42.5 });
    expect(parseAttributeInput(' 0,25 ', 'number')).toEqual({ ok: true, value: 0.25 });
    expect(parseAttributeInput('-3,1415', 'number')).toEqual({ ok: true, value: -3.1415 });
    expect(parseAttributeInput('1.234,5', 'number')).toEqual({ ok: true, value: 1234.5 });
    expect(parseAttributeInput('1,234.5', 'number')).toEqual({ ok: true, value: 1234.5 });
    expect(parseAttributeInput('1,234,567', 'number')).toEqual({ ok: true, value: 1234567 });
    expect(parseAttributeInput('1\u202f234,5', 'number')).toEqual({ ok: true, value: 1234.5 });
    expect(parseAttributeInput('\u22127', 'number')).toEqual({ ok: true, value: -7 });
  });

  test('a comma that could group thousands or mark decimals is refused, naming both readings', () => {
    expect(parseAttributeInput('1,500', 'number')).toEqual({ ok: false, error: '“1,500” could be 1500 or 1.5: type it without the comma, or with a point for decimals.' });
  });

  test('separators out of place are no number', () => {
    for (const odd of ['1,2,3', '12,34.5', '1.234.5', ',5,', '1,,5']) expect(parseAttributeInput(odd, 'number'), odd).toMatchObject({ ok: false });
  });
});

describe('dates typed as people type them', () => {
  test('read when the order of day and month is plain', () => {
    expect(parseAttributeInput('16.05.2017', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(parseAttributeInput('6.5.2017', 'date')).toEqual({ ok: true, value: '2017-05-06' });
    expect(parseAttributeInput('2017/05/16', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(parseAttributeInput('16/05/2017', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(parseAttributeInput('05/16/2017', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(parseAttributeInput('07/07/2017', 'date')).toEqual({ ok: true, value: '2017-07-07' });
    expect(parseAttributeInput('05/2017', 'date')).toEqual({ ok: true, value: '2017-05' });
    expect(parseAttributeInput('16 May 2017', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(parseAttributeInput('May 16, 2017', 'date')).toEqual({ ok: true, value: '2017-05-16' });
    expect(parseAttributeInput('  sept. 2017 ', 'date')).toEqual({ ok: true, value: '2017-09' });
    expect(parseAttributeInput('1st March 2020', 'date')).toEqual({ ok: true, value: '2020-03-01' });
  });

  test('a day and month that could be either way round are refused, naming both days', () => {
    expect(parseAttributeInput('05/06/2017', 'date')).toEqual({ ok: false, error: '“05/06/2017” could be 5 June or 6 May 2017: type 2017-06-05 or 2017-05-06.' });
  });

  test('a year in two digits, or a day that does not exist, is refused saying so', () => {
    expect(parseAttributeInput('16.05.17', 'date')).toEqual({ ok: false, error: 'Write the year in full: “17” could be 1917 or 2017.' });
    expect(parseAttributeInput('30 February 2017', 'date')).toEqual({ ok: false, error: 'There is no 30 February 2017.' });
    expect(parseAttributeInput('2023-02-29', 'date')).toEqual({ ok: false, error: 'There is no 29 February 2023.' });
  });
});
