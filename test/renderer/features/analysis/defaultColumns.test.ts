// Compare's columns before the researcher chooses: the attribute they most likely compare by.
import { describe, expect, test } from 'vitest';
import type { AttributeOptions } from '../../../../shared/library/documentFilter';
import { defaultColumnsAttribute } from '../../../../renderer/features/analysis/defaultColumns';

/** An attribute with `groups` values of two documents each, and `missing` documents without one. */
function attribute(name: string, groups: number, missing = 0): AttributeOptions {
  const values = Array.from({ length: groups }, (_, i) => ({ value: `v${i}`, label: `v${i}`, documents: 2 }));
  return { name, values: missing > 0 ? [...values, { value: null, label: '(no value)', documents: missing }] : values };
}

describe('the default columns of Compare', () => {
  test('leaning, not the first attribute alphabetically', () => {
    expect(defaultColumnsAttribute([attribute('author', 5), attribute('date', 40), attribute('leaning', 3)])).toBe('leaning');
  });
  test('an attribute of one value or of more than eight is not a grouping', () => {
    expect(defaultColumnsAttribute([attribute('author', 12), attribute('country', 1), attribute('region', 4)])).toBe('region');
  });
  test('among plain names, the one with fewer documents lacking a value, then fewer groups', () => {
    expect(defaultColumnsAttribute([attribute('country', 3, 4), attribute('region', 5)])).toBe('region');
    expect(defaultColumnsAttribute([attribute('country', 6), attribute('region', 3)])).toBe('region');
  });
  test('no attribute that qualifies: the first; none at all: null (single documents)', () => {
    expect(defaultColumnsAttribute([attribute('author', 30), attribute('url', 30)])).toBe('author');
    expect(defaultColumnsAttribute([])).toBeNull();
  });
});
