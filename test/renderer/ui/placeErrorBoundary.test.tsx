// @vitest-environment jsdom
// When drawing one place fails, that place says so and the rest of the window goes on: the rail, the
// status line (where a memo save that fails says so, with the words typed) and the other places. The
// focus is on the message, and "Try again" draws the place afresh.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PlaceErrorBoundary } from '../../../renderer/ui/PlaceErrorBoundary';
import { screen, settle, type Screen } from '../features/memos/memoHarness';

const failure = { on: true };
function Compare() {
  if (failure.on) throw new Error('Cannot read properties of undefined (reading "cells").');
  return <p>The table</p>;
}

let view: Screen;
beforeEach(() => {
  view = screen();
  failure.on = true;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  await view.unmount();
  vi.restoreAllMocks();
});

function Window() {
  return (
    <>
      <nav aria-label="Places">
        <button type="button">Library</button>
      </nav>
      <PlaceErrorBoundary placeName="Compare">
        <Compare />
      </PlaceErrorBoundary>
      <p role="status">Status</p>
    </>
  );
}

test('the place says what failed, the focus is on that message, and the rest of the window stays', async () => {
  await view.render(<Window />);
  await settle();
  const alert = view.host.querySelector('[role="alert"]')!;
  expect(alert.textContent).toContain('Compare could not be shown');
  expect(alert.textContent).toContain('Cannot read properties of undefined (reading "cells")');
  expect(alert.textContent).toContain('Your project is stored as it was after your last completed change');
  expect(document.activeElement?.textContent).toBe('Compare could not be shown');
  // The rest of the window is still there.
  expect(view.host.querySelector('nav button')?.textContent).toBe('Library');
  expect(view.host.querySelector('[role="status"]')?.textContent).toBe('Status');
});

test('“Try again” draws the place afresh once what failed is put right', async () => {
  await view.render(<Window />);
  await settle();
  failure.on = false;
  const again = [...view.host.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;
  again.click();
  await settle();
  expect(view.host.textContent).toContain('The table');
  expect(view.host.querySelector('[role="alert"]')).toBeNull();
});
