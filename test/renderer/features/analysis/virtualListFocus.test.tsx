// @vitest-environment jsdom
// Long results are drawn a screenful at a time (Retrieve's passages, the hits in context, large
// tables). A keyboard user on a passage who scrolls the list (Page Down, the wheel) must not lose
// the focus to the page when that passage leaves the screen: the next Tab would start from the top
// of the window. The passage with the focus stays drawn, out of sight, until the focus leaves it.
import { act } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { PassageList } from '../../../../renderer/features/analysis/PassageList';
import { ResultTable, type ResultColumn } from '../../../../renderer/features/analysis/ResultTable';
import type { RetrievedPassage } from '../../../../shared/retrieve/retrievePassages';
import { code, doc, project } from '../../../shared/analysis/fixtures';
import { screen, type Screen } from '../memos/memoHarness';

// jsdom lays nothing out: the scrollers are 600 px high, each drawn row or passage 140 px.
const SCROLLERS = ['passage-scroller', 'result-scroller'];
const sizes = {
  clientHeight(this: HTMLElement) {
    return SCROLLERS.some((c) => this.classList.contains(c)) ? 600 : 0;
  },
  clientWidth: () => 300,
  offsetHeight(this: HTMLElement) {
    return this.tagName === 'LI' || this.tagName === 'TR' ? 140 : 0;
  },
};
const saved = new Map<string, PropertyDescriptor | undefined>();
beforeAll(() => {
  for (const [name, get] of Object.entries(sizes)) {
    saved.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
  }
});
afterAll(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  }
});

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

async function scrollTo(scroller: HTMLElement, top: number) {
  await act(async () => {
    scroller.scrollTop = top;
    scroller.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

const text = 'Some text here.';
const { index } = project({ documents: [doc('a', 0, text)], codes: [code('p', 'pledge')], texts: { a: text } });
const passages: RetrievedPassage[] = Array.from({ length: 300 }, (_, i) => ({ key: `a@${i}-${i + 1}`, docId: 'a', title: 'Doc a', attributes: {}, start: 0, end: 4, quote: `Passage ${i}`, codeIds: ['p'], otherCodeIds: [], coderIds: ['k1'], codingIds: [`c${i}`], paragraph: 0 }));

describe('retrieved passages', () => {
  test('the passage with the focus keeps it when the list is scrolled past it', async () => {
    await view.render(<PassageList label="Passages" passages={passages} index={index} codingMemos={new Map()} onOpen={() => {}} />);
    const open = view.host.querySelector<HTMLButtonElement>('li[data-index="2"] button.passage-open')!;
    await act(async () => open.focus());
    await scrollTo(view.host.querySelector('.passage-scroller')!, 20_000);
    expect(view.host.querySelector('li[data-index="140"]')).not.toBeNull();
    expect(document.activeElement).toBe(open);
    expect(open.isConnected).toBe(true);
  });
});

describe('result tables', () => {
  const rows = Array.from({ length: 300 }, (_, i) => `row ${i}`);
  const columns: Array<ResultColumn<string>> = [{ key: 'name', header: 'Name', rowHeader: true, cell: (row) => <button type="button">{row}</button> }];

  test('the row with the focus keeps it when the table is scrolled past it, and the rows in view stay in place', async () => {
    await view.render(<ResultTable caption="Hits" columns={columns} rows={rows} rowKey={(row) => row} />);
    const button = view.host.querySelector<HTMLButtonElement>('tr[data-index="1"] button')!;
    await act(async () => button.focus());
    await scrollTo(view.host.querySelector('.result-scroller')!, 3_000);
    const drawn = [...view.host.querySelectorAll('tr[data-index]')].map((row) => Number(row.getAttribute('data-index')));
    expect(Math.max(...drawn)).toBeGreaterThan(30);
    expect(document.activeElement).toBe(button);
    // Out of sight, the focused row sits where it belongs: a spacer between it and the rows in view.
    const row = button.closest('tr')!;
    expect(row.previousElementSibling?.classList.contains('result-spacer')).toBe(true);
    expect(row.nextElementSibling?.classList.contains('result-spacer')).toBe(true);
  });
});
