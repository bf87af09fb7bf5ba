import { describe, expect, test } from 'vitest';
import { columnTypes, typeHintRow } from '../../../shared/library/attributeTypeHints';
import { inferAttributeType } from '../../../shared/attributes/attributeTypes';
import type { AttributeType } from '../../../shared/model';

describe('type hints for a table written in slices', () => {
  test.each<AttributeType>(['text', 'number', 'date', 'boolean'])('the hint for %s is typed %s, alone and added to any values of that type', (type) => {
    const hint = typeHintRow({ column: type }).column;
    expect(inferAttributeType([hint])).toBe(type);
    // A slice with no value in the column (all empty) still gets the column's type.
    expect(inferAttributeType(['', hint, ''])).toBe(type);
  });

  test('a slice whose own values look narrower than the column gets the column’s type', () => {
    const column = ['34', '51', 'n/a'];
    const types = columnTypes(['age'], column.map((age) => ({ age })));
    expect(types).toEqual({ age: 'text' });
    expect(inferAttributeType(['34', '51', typeHintRow(types).age])).toBe('text');
  });

  test('columns are typed each by all their own values', () => {
    const rows = [
      { age: '34', wave: '2024-01-02', consent: 'TRUE', note: '' },
      { age: '51', wave: '', consent: 'false', note: '' },
    ];
    expect(columnTypes(['age', 'wave', 'consent', 'note'], rows)).toEqual({ age: 'number', wave: 'date', consent: 'boolean', note: 'text' });
  });
});

describe('typing a spreadsheet’s columns', () => {
  test('a column of ZIP codes or long participant IDs is text, so no digit is lost', () => {
    const rows = [
      { zip: '02139', id: '12345678901234567890', age: '34' },
      { zip: '10001', id: '12345678901234567891', age: '51' },
    ];
    expect(columnTypes(['zip', 'id', 'age'], rows)).toEqual({ zip: 'text', id: 'text', age: 'number' });
  });
});
