// @vitest-environment jsdom
// The quick-code palette from the keyboard: what it offers for what is typed, and what it says when it
// has nothing to offer. A researcher who types a name that cannot be a code, or one no code has where
// none can be created, is told why, on screen and, on Enter, in the status line a screen reader speaks.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CodeRecord } from '../../../../shared/model';
import { AnnouncerProvider, StatusBar } from '../../../../renderer/ui/Announcer';
import { QuickCodePalette } from '../../../../renderer/features/coding/QuickCodePalette';
import { code } from '../../../shared/codebook/fixtures';
import { screen, type Screen } from '../memos/memoHarness';
import { press, statusLine, typeInto } from '../codebook/codebookHarness';

const codes = [code('c', 'claim', null, 0), code('e', 'economy', 'c', 0), code('p', 'pledge', null, 1)];

let view: Screen;
let applied: string[];
let created: string[];
let closed: boolean[];
beforeEach(() => {
  view = screen();
  applied = [];
  created = [];
  closed = [];
});
afterEach(async () => {
  await view.unmount();
});

async function open(label: string, allowCreate: boolean, shown: readonly CodeRecord[] = codes) {
  await view.render(
    <AnnouncerProvider>
      <QuickCodePalette
        label={label}
        codes={shown}
        recentIds={[]}
        position={{ x: 10, y: 10 }}
        allowCreate={allowCreate}
        onApply={(c) => applied.push(c.name)}
        onCreate={(name) => created.push(name)}
        onClose={(toText) => closed.push(toText)}
      />
      <StatusBar />
    </AnnouncerProvider>,
  );
}
const input = () => view.host.querySelector<HTMLInputElement>('[role="combobox"]')!;
const listText = () => view.host.querySelector('[role="listbox"]')!.textContent;

test('Enter applies the code chosen with the arrows, and closes back to the text', async () => {
  await open('Quick code', true);
  await typeInto(input(), 'econ');
  await press('ArrowDown');
  await press('ArrowUp');
  await press('Enter');
  expect(applied).toEqual(['economy']);
  expect(closed).toEqual([true]);
});

test('a name that cannot be a code says why, on screen and when Enter is pressed', async () => {
  await open('Quick code', true);
  await typeInto(input(), 'costs > benefits');
  expect(listText()).toContain('A code name cannot contain “>” between spaces');
  await press('Enter');
  expect(created).toEqual([]);
  expect(closed).toEqual([]);
  expect(statusLine()).toContain('A code name cannot contain “>” between spaces');
});

test('where no code can be created, a name no code has is said to match none when Enter is pressed', async () => {
  await open('Code whole document', false);
  await typeInto(input(), 'housing');
  expect(listText()).toContain('No code matches “housing”.');
  await press('Enter');
  expect(applied).toEqual([]);
  expect(closed).toEqual([]);
  expect(statusLine()).toContain('No code matches “housing”.');
});

test('with an empty codebook, the whole-document palette says where codes are made', async () => {
  await open('Code whole document', false, []);
  expect(listText()).toContain('add codes in the codebook first');
  expect(listText()).not.toContain('matches');
});

test('keys that an input method uses while composing (Enter, Escape, arrows) are left to it', async () => {
  await open('Quick code', true);
  await typeInto(input(), 'しゅちょう');
  // Enter confirms the composition (turning kana into kanji), Escape cancels it, arrows pick a candidate.
  const composing = (key: string) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, isComposing: true });
    input().dispatchEvent(event);
    return event.defaultPrevented;
  };
  expect(['ArrowDown', 'Enter', 'Escape'].map(composing)).toEqual([false, false, false]);
  expect(created).toEqual([]);
  expect(closed).toEqual([]);
  await press('Enter');
  expect(created).toEqual(['しゅちょう']);
});
