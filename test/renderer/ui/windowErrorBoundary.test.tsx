// @vitest-environment jsdom
// When drawing the window fails, the window says so and offers to reload. The keyboard's focus is on
// that message (not on the page, where a screen reader says nothing and a key press goes nowhere, nor
// on the Reload button, where the Enter of a sentence being typed would reload at once), and Reload
// first lets the memo saves started as the screens went away finish: reloading cuts an unfinished
// database write short.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { WindowErrorBoundary } from '../../../renderer/ui/WindowErrorBoundary';
import { registerSaveBeforeClosing } from '../../../renderer/ui/saveBeforeClosing';
import { screen, settle, type Screen } from '../features/memos/memoHarness';

function Screen({ fails }: { fails: boolean }) {
  if (fails) throw new Error('Cannot read properties of undefined (reading "name").');
  return <textarea aria-label="Memo on pledge" />;
}

let view: Screen;
let reload: ReturnType<typeof vi.fn<() => void>>;
beforeEach(() => {
  view = screen();
  reload = vi.fn<() => void>();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  await view.unmount();
  vi.restoreAllMocks();
});

async function failWhileTyping(): Promise<void> {
  await view.render(
    <WindowErrorBoundary reload={reload}>
      <Screen fails={false} />
    </WindowErrorBoundary>,
  );
  view.host.querySelector('textarea')!.focus();
  await view.render(
    <WindowErrorBoundary reload={reload}>
      <Screen fails />
    </WindowErrorBoundary>,
  );
  await settle();
}

const reloadButton = () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reload the window')!;

describe('the window after a drawing error', () => {
  test('says what failed, and the focus is on what it says', async () => {
    await failWhileTyping();
    expect(document.querySelector('[role="alert"]')!.textContent).toContain('Cannot read properties of undefined (reading "name")');
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement).not.toBe(reloadButton());
    expect(document.querySelector('[role="alert"]')!.contains(document.activeElement)).toBe(true);
  });

  test('a window that fails as it is first drawn has the focus on what it says too', async () => {
    await view.render(
      <WindowErrorBoundary reload={reload}>
        <Screen fails />
      </WindowErrorBoundary>,
    );
    await settle();
    expect(document.querySelector('[role="alert"]')!.contains(document.activeElement)).toBe(true);
  });

  test('Reload waits for the saves still running, then reloads', async () => {
    let finishSave: () => void = () => {};
    const unregister = registerSaveBeforeClosing(() => new Promise<void>((resolve) => (finishSave = resolve)));
    await failWhileTyping();
    await act(async () => reloadButton().click());
    await settle();
    expect(reload).not.toHaveBeenCalled();
    await act(async () => finishSave());
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
    unregister();
  });

  test('Reload still reloads when a save fails (the failure was said by the editor)', async () => {
    const unregister = registerSaveBeforeClosing(() => Promise.reject(new Error('QuotaExceededError')));
    await failWhileTyping();
    await act(async () => reloadButton().click());
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
    unregister();
  });
});
