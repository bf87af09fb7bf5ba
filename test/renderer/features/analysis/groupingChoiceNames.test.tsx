// @vitest-environment jsdom
// The groupings offered in Retrieve's "Show" and Compare's "Columns": an attribute named as one of the
// built-in groupings (the reference corpus has an attribute "year", and every document a date with a
// year) must not make two choices that read the same.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GroupingPicker } from '../../../../renderer/features/analysis/GroupingPicker';
import { screen, type Screen } from '../memos/memoHarness';

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

/** The choices' names, as the field sizes itself by them (the list itself opens in a popover). */
const choiceNames = () => [...view.host.querySelectorAll('.select-size')].map((span) => span.textContent);

describe('grouping choices', () => {
  test('an attribute named as a built-in grouping is named apart from it; other attributes stay plain', async () => {
    await view.render(<GroupingPicker label="Columns" grouping={{ kind: 'attribute', name: 'Year' }} onChange={() => {}} attributeNames={['leaning', 'Year', 'set']} allowNone />);
    const names = choiceNames();
    expect(new Set(names.map((name) => name?.toLowerCase())).size).toBe(names.length);
    expect(names).toContain('By leaning');
    expect(names).toContain('By Year (attribute)');
    expect(names).toContain('By set (attribute)');
    expect(names).toContain('By year');
    expect(names).toContain('By set');
  });
});
