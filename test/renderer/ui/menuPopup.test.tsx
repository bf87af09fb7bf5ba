// @vitest-environment jsdom
// The document's context menu (Shift+F10 or a right click on the text): one "Apply …" entry a code,
// then the text's commands. A project of many codes gives a menu taller than the window: it stays
// inside the window and scrolls, so the last codes can be reached. Typing a code's name moves to it
// (the WAI-ARIA menu's type-ahead), although every entry starts with "Apply".
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MenuPopup, type MenuItem } from '../../../renderer/ui/MenuPopup';
import { screen, type Screen } from '../features/memos/memoHarness';

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  vi.restoreAllMocks();
});

const codes = ['claim', 'criticism', 'pledge', 'Émigration', 'social housing', 'social care'];
const items = (names: readonly string[]): MenuItem[] => [
  ...names.map((name) => ({ label: `Apply ${name}`, onSelect() {} })),
  { label: 'Find in document', onSelect() {} },
  { label: 'Select all', onSelect() {} },
];

/** The menu as the browser lays it out: each entry 28 px high, in a window `innerHeight` high. */
async function open(names: readonly string[], at = { x: 40, y: 300 }): Promise<HTMLElement> {
  const entries = items(names);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.getAttribute('role') !== 'menu') return new DOMRect();
    const natural = entries.length * 28 + 8;
    const limit = parseFloat(this.style.maxHeight);
    return new DOMRect(0, 0, 220, Number.isNaN(limit) ? natural : Math.min(natural, limit));
  });
  await view.render(<MenuPopup label="Apply a code" items={entries} position={at} onClose={() => {}} />);
  return document.querySelector<HTMLElement>('[role="menu"]')!;
}

let clock = 0;
async function type(text: string, pause = 0): Promise<void> {
  clock += pause;
  for (const key of text) {
    clock += 50;
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    // The time of each key press, as the browser stamps it (jsdom stamps the test's own clock).
    Object.defineProperty(event, 'timeStamp', { value: clock });
    await act(async () => void document.activeElement!.dispatchEvent(event));
  }
}
const focused = () => document.activeElement?.textContent;

describe('the context menu of many codes', () => {
  test('a menu taller than the window is kept inside it and scrolls', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `code ${i + 1}`);
    const menu = await open(many);
    const top = parseFloat(menu.style.top);
    const height = parseFloat(menu.style.maxHeight);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top + height).toBeLessThanOrEqual(innerHeight);
    expect(menu.style.overflowY).toBe('auto');
  });

  test('a short menu opened near the bottom moves up to fit', async () => {
    const menu = await open(codes, { x: 40, y: innerHeight - 20 });
    expect(parseFloat(menu.style.top) + menu.getBoundingClientRect().height).toBeLessThanOrEqual(innerHeight);
  });
});

describe('type-ahead in the context menu', () => {
  test('typing the start of a code’s name moves to its entry', async () => {
    await open(codes);
    await type('pl');
    expect(focused()).toBe('Apply pledge');
    await type('cr', 2000);
    expect(focused()).toBe('Apply criticism');
  });

  test('a letter typed again moves on to the next entry with a word starting with it, then round', async () => {
    await open(codes);
    expect(focused()).toBe('Apply claim');
    await type('c');
    expect(focused()).toBe('Apply criticism');
    await type('c', 2000);
    expect(focused()).toBe('Apply social care');
    await type('c', 2000);
    expect(focused()).toBe('Apply claim');
  });

  test('a Space that starts nothing is left to press the entry', async () => {
    await open(codes);
    const event = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  test('accents and case do not matter, and a space continues the name', async () => {
    await open(codes);
    await type('emi');
    expect(focused()).toBe('Apply Émigration');
    await type('social c', 2000);
    expect(focused()).toBe('Apply social care');
  });

  test('the text’s commands are found by their names too', async () => {
    await open(codes);
    await type('sel');
    expect(focused()).toBe('Select all');
  });
});

describe('an entry’s own key', () => {
  test('the digit shown beside a code applies it from inside the menu, as it does from the text', async () => {
    const chosen: string[] = [];
    const entries: MenuItem[] = [
      { label: 'Apply claim', hint: '1', key: '1', onSelect: () => chosen.push('claim') },
      { label: 'Apply criticism', hint: '2', key: '2', onSelect: () => chosen.push('criticism') },
      { label: 'Find in document', hint: 'Ctrl+F', onSelect: () => chosen.push('find') },
    ];
    const closed: boolean[] = [];
    await view.render(<MenuPopup label="Apply a code" items={entries} position={{ x: 40, y: 40 }} onClose={() => closed.push(true)} />);
    expect(document.activeElement?.getAttribute('aria-keyshortcuts')).toBe('1');
    await type('2');
    expect(chosen).toEqual(['criticism']);
    expect(closed).toEqual([true]);
  });
});
