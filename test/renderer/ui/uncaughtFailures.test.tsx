// @vitest-environment jsdom
// A failure nobody catches must not pass unseen, or the researcher believes the action was done: a
// promise rejected with nobody waiting for it, and an error thrown by a button's handler (React
// reports those to the window, past every error boundary), are both said in the status line.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AnnouncerProvider, StatusBar } from '../../../renderer/ui/Announcer';
import { UncaughtFailures } from '../../../renderer/ui/UncaughtFailures';
import { screen, type Screen } from '../features/memos/memoHarness';

let view: Screen;
beforeEach(async () => {
  view = screen();
  await view.render(
    <AnnouncerProvider>
      <UncaughtFailures />
      <StatusBar />
    </AnnouncerProvider>,
  );
});
afterEach(async () => {
  await view.unmount();
});

const status = () => document.querySelector('[role="status"][aria-label="Status"]')!.textContent!.trim();

describe('failures nobody caught', () => {
  test('a rejected promise nobody waited for is said, with its reason', async () => {
    const event = new Event('unhandledrejection') as PromiseRejectionEvent;
    Object.defineProperty(event, 'reason', { value: new Error('The database is closed.') });
    await act(async () => void window.dispatchEvent(event));
    expect(status()).toBe('Something failed and was not finished: The database is closed. Check that your last action took effect, and try it again.');
  });

  test('an error thrown by a button’s handler is said, with its message', async () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'id')");
    await act(async () => void window.dispatchEvent(new ErrorEvent('error', { error, message: `Uncaught ${error.message}` })));
    expect(status()).toBe("Something failed and was not finished: Cannot read properties of undefined (reading 'id'). Check that your last action took effect, and try it again.");
  });

  test('the window’s error events that carry no error (a ResizeObserver’s loop) are not said', async () => {
    await act(async () => void window.dispatchEvent(new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' })));
    expect(status()).toBe('');
  });
});
