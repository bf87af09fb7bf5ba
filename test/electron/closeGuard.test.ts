// Closing the window: typing not yet saved is written first (the window is asked, and waited for a
// few seconds at most); while an import still has documents to add, the researcher is asked.
import { describe, expect, test } from 'vitest';
import { CloseGuard, type ClosingWindow } from '../../electron/closeGuard';

interface FakeWindow extends ClosingWindow {
  events: string[];
}

/** A window that answers `askToSave` after `saveMs` (never, when null) and the question with `answer`. */
function fakeWindow(guard: CloseGuard, { answer = true, saveMs = 0 as number | null, page = true } = {}): FakeWindow {
  const events: string[] = [];
  return {
    events,
    askToSave: () => {
      events.push('asked to save');
      if (!page) return false;
      if (saveMs !== null)
        setTimeout(() => {
          events.push('saved');
          guard.windowSaved();
        }, saveMs);
      return true;
    },
    confirm: async (message, detail) => {
      events.push(`asked: ${message} ${detail}`);
      return answer;
    },
    close: () => events.push('closed'),
  };
}

describe('closing the window', () => {
  test('with no import running: the window saves what is typed, then closes, without a question', async () => {
    const guard = new CloseGuard();
    const window = fakeWindow(guard, { saveMs: 30 });
    expect(await guard.closeRequested(window)).toBe(true);
    expect(window.events).toEqual(['asked to save', 'saved', 'closed']);
  });

  test('a window that never answers (hung) is closed once the wait is over', async () => {
    const guard = new CloseGuard();
    const window = fakeWindow(guard, { saveMs: null });
    expect(await guard.closeRequested(window, 50)).toBe(true);
    expect(window.events).toEqual(['asked to save', 'closed']);
  });

  test('a window with no page to ask (crashed, still loading) closes without waiting', async () => {
    const guard = new CloseGuard();
    const window = fakeWindow(guard, { page: false });
    const started = Date.now();
    expect(await guard.closeRequested(window, 60_000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(window.events).toEqual(['asked to save', 'closed']);
  });

  test('while an import adds documents, asks after saving, saying why; "keep open" keeps it open', async () => {
    const guard = new CloseGuard();
    guard.hold('An import still has 40 documents to add.');
    const window = fakeWindow(guard, { answer: false });
    expect(await guard.closeRequested(window)).toBe(false);
    expect(window.events).toHaveLength(3);
    expect(window.events.slice(0, 2)).toEqual(['asked to save', 'saved']);
    expect(window.events[2]).toContain('An import still has 40 documents to add.');
    expect(window.events[2]).toContain('offers to resume it');
  });

  test('"close anyway" closes it', async () => {
    const guard = new CloseGuard();
    guard.hold('An import is running.');
    const window = fakeWindow(guard, { answer: true });
    expect(await guard.closeRequested(window)).toBe(true);
    expect(window.events.at(-1)).toBe('closed');
  });

  test('once the import is done, closes without asking', async () => {
    const guard = new CloseGuard();
    guard.hold('An import is running.');
    guard.hold(null);
    const window = fakeWindow(guard);
    expect(await guard.closeRequested(window)).toBe(true);
    expect(window.events).toEqual(['asked to save', 'saved', 'closed']);
  });

  test('a second click on the close button while the first is settled asks nothing twice and closes once', async () => {
    const guard = new CloseGuard();
    guard.hold('An import is running.');
    const window = fakeWindow(guard, { saveMs: 20 });
    const [first, second] = await Promise.all([guard.closeRequested(window), guard.closeRequested(window)]);
    expect([first, second]).toEqual([true, true]);
    expect(window.events.filter((event) => event === 'closed')).toHaveLength(1);
    expect(window.events.filter((event) => event.startsWith('asked:'))).toHaveLength(1);
  });
});
