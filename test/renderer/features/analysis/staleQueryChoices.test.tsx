// @vitest-environment jsdom
// A query's fields when it names what the project no longer has (a saved query loaded after a code
// was merged away, a set deleted, an attribute value changed, a coder hidden): what it still names
// is shown, ticked, so the researcher sees why the result is empty and can take it out, as the
// library's filter does for a value no document has any more.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { attributeValueOptions, EMPTY_DOCUMENT_FILTER, type DocumentFilter } from '../../../../shared/library/documentFilter';
import { CodeChoices, CoderChoices } from '../../../../renderer/features/analysis/QueryFields';
import { DocumentFilterFields } from '../../../../renderer/features/analysis/DocumentFilterFields';
import { code, doc, project, set } from '../../../shared/analysis/fixtures';
import { screen, type Screen } from '../memos/memoHarness';

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

const box = (label: string) => [...view.host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('input') ?? null;
const click = (input: HTMLInputElement) => act(async () => input.click());

const { index } = project({ documents: [doc('a', 0, 'Text.', { leaning: 'right' })], codes: [code('p', 'pledge')], sets: [set('s1', 'Courts', ['a'])], texts: { a: 'Text.' } });

describe('codes', () => {
  test('a chosen code no longer in the codebook is shown ticked, and unticking takes it out', async () => {
    let chosen = ['p', 'merged-away'];
    await view.render(<CodeChoices legend="Codes" index={index} chosen={chosen} onToggle={(id) => (chosen = chosen.filter((c) => c !== id))} />);
    const gone = box('(deleted code)');
    expect(gone?.checked).toBe(true);
    await click(gone!);
    expect(chosen).toEqual(['p']);
  });
});

describe('coders', () => {
  test('a chosen coder not shown any more stays visible and can be taken out, even with one coder left', async () => {
    let chosen = ['hidden-coder'];
    await view.render(<CoderChoices coders={[{ id: 'k1', name: 'Ana', color: '#000000' }]} chosen={chosen} onChange={(ids) => (chosen = ids)} />);
    const gone = box('(coder not shown)');
    expect(gone?.checked).toBe(true);
    await click(gone!);
    expect(chosen).toEqual([]);
  });
});

describe('documents', () => {
  const render = async (filter: DocumentFilter, onChange: (next: DocumentFilter) => void) =>
    view.render(<DocumentFilterFields filter={filter} onChange={onChange} attributes={attributeValueOptions(index.documents)} sets={[]} />);

  test('a chosen set since deleted is shown ticked and can be taken out', async () => {
    let filter: DocumentFilter = { ...EMPTY_DOCUMENT_FILTER, setIds: ['deleted-set'] };
    await render(filter, (next) => (filter = next));
    const gone = box('(deleted set)');
    expect(gone?.checked).toBe(true);
    await click(gone!);
    expect(filter.setIds).toEqual([]);
  });

  test('a chosen value no document has any more is listed with no documents, ticked', async () => {
    let filter: DocumentFilter = { ...EMPTY_DOCUMENT_FILTER, attributes: [{ name: 'leaning', values: ['Right'] }] };
    await render(filter, (next) => (filter = next));
    expect(box('right')?.checked).toBe(false);
    const gone = box('Right');
    expect(gone?.checked).toBe(true);
    expect(gone?.parentElement?.textContent).toContain('(0)');
    await click(gone!);
    expect(filter.attributes).toEqual([]);
  });

  test('an attribute no document has any more keeps its chosen values in view', async () => {
    let filter: DocumentFilter = { ...EMPTY_DOCUMENT_FILTER, attributes: [{ name: 'Leaning', values: ['right'] }] };
    await render(filter, (next) => (filter = next));
    expect(view.host.querySelector('fieldset[aria-label="Leaning"]')).not.toBeNull();
    const gone = view.host.querySelector<HTMLInputElement>('fieldset[aria-label="Leaning"] input')!;
    expect(gone.checked).toBe(true);
    await click(gone);
    expect(filter.attributes).toEqual([]);
  });
});
