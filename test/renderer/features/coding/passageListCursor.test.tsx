// @vitest-environment jsdom
// The Coded passages list keeps its keyboard cursor on the same passage while rows come and go
// elsewhere in the list (another code applied above it, an undo, a coding removed): the row that
// Enter would open is the passage the researcher moved to, not whatever slid into its place. When
// that passage itself goes, the cursor moves to the passage after it in the text.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CodingRecord } from '../../../../shared/model';
import { PassageList } from '../../../../renderer/features/coding/PassageList';
import { code, coding } from '../../../shared/codebook/fixtures';
import { screen, type Screen } from '../memos/memoHarness';
import { press } from '../codebook/codebookHarness';

const pledge = code('p', 'pledge', null, 0);
const codesById = new Map([[pledge.id, pledge]]);
/** Codings of `pledge` at these starts, each 5 characters long, in text order. */
const codingsAt = (...starts: number[]) => starts.map((start) => coding(`c${start}`, 'p', 'd', start, start + 5));

let view: Screen;
let opened: string[];
async function show(codings: readonly CodingRecord[], activeId: string | null = null) {
  await view.render(<PassageList codings={codings} codesById={codesById} activeId={activeId} onSelect={(c) => opened.push(c.id)} />);
}
const list = () => view.host.querySelector<HTMLElement>('[role="listbox"]')!;
/** The passage the cursor is on, as a screen reader is told (aria-activedescendant). */
const cursor = () => list().getAttribute('aria-activedescendant')?.replace(/^passage-/u, '');
const selected = () => view.host.querySelector('[role="option"][aria-selected="true"]')?.id.replace(/^passage-/u, '');

beforeEach(() => {
  view = screen();
  opened = [];
});
afterEach(async () => {
  await view.unmount();
});

describe('the cursor of the Coded passages list', () => {
  test('stays on its passage when codings are added above it', async () => {
    await show(codingsAt(10, 20, 30, 40));
    list().focus();
    await press('ArrowDown');
    await press('ArrowDown');
    expect(cursor()).toBe('c30');
    await show(codingsAt(0, 5, 10, 20, 30, 40));
    expect(cursor()).toBe('c30');
    expect(selected()).toBe('c30');
    await press('Enter');
    expect(opened).toEqual(['c30']);
  });

  test('stays on its passage when codings above it are removed', async () => {
    await show(codingsAt(10, 20, 30, 40));
    list().focus();
    await press('ArrowDown');
    await press('ArrowDown');
    expect(cursor()).toBe('c30');
    await show(codingsAt(20, 30, 40));
    expect(cursor()).toBe('c30');
  });

  test('moves to the passage after it in the text when its passage goes', async () => {
    await show(codingsAt(10, 20, 30, 40));
    list().focus();
    await press('ArrowDown');
    expect(cursor()).toBe('c20');
    await show(codingsAt(0, 10, 30, 40));
    expect(cursor()).toBe('c30');
  });

  test('moves to the last passage when its passage was the last and goes', async () => {
    await show(codingsAt(10, 20, 30));
    list().focus();
    await press('End');
    await show(codingsAt(10, 20));
    expect(cursor()).toBe('c20');
  });

  test('is not taken back to the chosen passage when other rows change', async () => {
    await show(codingsAt(10, 20, 30, 40), 'c10');
    expect(cursor()).toBe('c10');
    list().focus();
    await press('ArrowDown');
    await press('ArrowDown');
    expect(cursor()).toBe('c30');
    await show(codingsAt(10, 20, 30, 40, 50), 'c10');
    expect(cursor()).toBe('c30');
  });

  test('follows a passage chosen elsewhere (in the text, a stripe, a memo)', async () => {
    await show(codingsAt(10, 20, 30, 40), 'c10');
    await show(codingsAt(10, 20, 30, 40), 'c40');
    expect(cursor()).toBe('c40');
  });

  test('goes to the chosen passage once its coding is read', async () => {
    await show([], 'c30');
    await show(codingsAt(10, 20, 30, 40), 'c30');
    expect(cursor()).toBe('c30');
  });
});
