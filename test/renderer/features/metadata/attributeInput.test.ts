import { describe, expect, test } from 'vitest';
import { parseAttributeInput } from '../../../../renderer/features/metadata/attributeInput';
import { isIsoDate } from '../../../../shared/dates/isoDate';

describe('reading what a researcher types into an attribute', () => {
  test('numbers, partial ISO dates, yes/no and text; empty clears', () => {
    expect(parseAttributeInput(' 2017 ', 'number')).toEqual({ ok: true, value: 2017 });
    expect(parseAttributeInput('3.5', 'number')).toEqual({ ok: true, value: 3.5 });
    expect(parseAttributeInput('2017-05', 'date')).toEqual({ ok: true, value: '2017-05' });
    expect(parseAttributeInput('Yes', 'boolean')).toEqual({ ok: true, value: true });
    expect(parseAttributeInput('  right ', 'text')).toEqual({ ok: true, value: 'right' });
    expect(parseAttributeInput('   ', 'number')).toEqual({ ok: true, value: null });
  });

  test('what does not fit the type is refused with what to type instead', () => {
    expect(parseAttributeInput('twenty', 'number')).toEqual({ ok: false, error: 'Enter a number, such as 2017 or 3.5.' });
    expect(parseAttributeInput('spring 2017', 'date')).toEqual({ ok: false, error: 'Enter a date as YYYY-MM-DD, YYYY-MM or YYYY.' });
    expect(parseAttributeInput('maybe', 'boolean')).toEqual({ ok: false, error: 'Enter yes or no.' });
  });

  test('the table reads numbers and dates as a manifest does: no hex or exponents, a date-time is its day', () => {
    for (const odd of ['0x10', '0b11', '1e3', '1,500']) expect(parseAttributeInput(odd, 'number'), odd).toMatchObject({ ok: false });
    expect(parseAttributeInput('10 000', 'number')).toEqual({ ok: true, value: 10000 });
    expect(parseAttributeInput('2017-05-16T23:30:00-05:00', 'date')).toEqual({ ok: true, value: '2017-05-16' });
  });

  test('dates that do not exist are not dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13')).toBe(false);
    expect(isIsoDate('2023-00-10')).toBe(false);
  });
});
