// @vitest-environment jsdom
// An attribute that holds the number 2017 for some documents and the text "2017" for others (typed
// differently, or imported from a spreadsheet or another tool) has two values: the document filter
// offers two choices, and they must not both read "2017".
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { attributeValueOptions, EMPTY_DOCUMENT_FILTER, type DocumentFilter } from '../../../../shared/library/documentFilter';
import { DocumentFilterFields } from '../../../../renderer/features/analysis/DocumentFilterFields';
import { doc } from '../../../shared/analysis/fixtures';
import { screen, type Screen } from '../memos/memoHarness';

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

const documents = [doc('n', 0, 'x', { year: 2017, flag: true }), doc('s', 1, 'x', { year: '2017', flag: 'true' }), doc('t', 2, 'x', { year: '2019', flag: false }), doc('u', 3, 'x', { year: 2017 })];

/** The choices of an attribute as a researcher reads them: each label's text without its count. */
const labelsOf = (name: string) => [...view.host.querySelectorAll<HTMLLabelElement>(`fieldset[aria-label="${name}"] label`)];
const choiceText = (label: HTMLLabelElement) => (label.textContent ?? '').replace(/ \(\d+\)$/, '');
const choices = (name: string) => labelsOf(name).map(choiceText);
const box = (name: string, label: string) => labelsOf(name).find((l) => choiceText(l) === label)?.querySelector('input') ?? null;

describe('values that read the same', () => {
  const render = (filter: DocumentFilter, onChange: (next: DocumentFilter) => void) =>
    view.render(<DocumentFilterFields filter={filter} onChange={onChange} attributes={attributeValueOptions(documents)} sets={[]} />);

  test('are labelled by type where they clash, and ticking one chooses that value only', async () => {
    let filter: DocumentFilter = EMPTY_DOCUMENT_FILTER;
    await render(filter, (next) => (filter = next));
    expect(choices('year')).toEqual(['2017 (number)', '2017 (text)', '2019']);
    expect(choices('flag')).toEqual(['false', 'true (yes/no)', 'true (text)', '(no value)']);
    await act(async () => box('year', '2017 (text)')!.click());
    expect(filter.attributes).toEqual([{ name: 'year', values: ['2017'] }]);
  });

  test('a chosen value no document holds any more is told apart from the one that reads the same', async () => {
    const held = [doc('s', 0, 'x', { year: '2017' })];
    await view.render(<DocumentFilterFields filter={{ ...EMPTY_DOCUMENT_FILTER, attributes: [{ name: 'year', values: [2017] }] }} onChange={() => {}} attributes={attributeValueOptions(held)} sets={[]} />);
    expect(choices('year')).toEqual(['2017 (text)', '2017 (number)']);
    expect(box('year', '2017 (number)')?.checked).toBe(true);
    expect(box('year', '2017 (text)')?.checked).toBe(false);
  });
});
