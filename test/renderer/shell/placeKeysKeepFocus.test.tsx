// @vitest-environment jsdom
// Going to another place by its key (Ctrl+1…6), the native menu or the palette takes away the screen
// that held the focus. The focus then lands on the rail's button of the place arrived at (a screen
// reader says "Code, current page"), not on nothing, from where Tab would start again at the header.
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { PlaceProvider, usePlace } from '../../../renderer/places/PlaceContext';
import { PlaceRail } from '../../../renderer/shell/PlaceRail';
import { PLACE_IDS } from '../../../renderer/places/places';
import { renderCommandWindow, type CommandWindow } from '../commands/commandWindow';

/** Each place's screen, as App draws them: only the current one is mounted. */
function Screen() {
  const { place } = usePlace();
  return place === 'library' ? <input aria-label="Search the documents" /> : <p>The {place} place</p>;
}

let window_: CommandWindow | undefined;
afterEach(async () => {
  await window_?.unmount();
  window_ = undefined;
});

const railButton = (name: string) => [...window_!.host.querySelectorAll('nav button')].find((b) => b.textContent === name) as HTMLElement;

describe('the focus after going to a place', () => {
  test('Ctrl+2 typed in the Library’s search puts the focus on Code in the rail', async () => {
    window_ = await renderCommandWindow(
      <PlaceProvider initial="library">
        <PlaceRail places={PLACE_IDS} />
        <Screen />
      </PlaceProvider>,
    );
    window_.host.querySelector('input')!.focus();
    await act(async () => void window_!.press('2', { ctrlKey: true }));
    await window_.nextFrame();
    expect(railButton('Code').getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(railButton('Code'));
  });

  test('from the native menu too; a focus that stays on screen, or that was on nothing, is left where it is', async () => {
    window_ = await renderCommandWindow(
      <PlaceProvider initial="library">
        <PlaceRail places={PLACE_IDS} />
        <Screen />
        <button type="button">Save a copy…</button>
      </PlaceProvider>,
    );
    window_.host.querySelector('input')!.focus();
    await window_.chooseFromMenu('go.retrieve');
    await window_.nextFrame();
    expect(document.activeElement).toBe(railButton('Retrieve'));

    const header = [...window_.host.querySelectorAll('button')].find((b) => b.textContent === 'Save a copy…')!;
    header.focus();
    await window_.chooseFromMenu('go.library');
    await window_.nextFrame();
    expect(railButton('Library').getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(header);

    // Nothing had the focus: nothing has it after (the rail does not light up on its own).
    header.blur();
    await act(async () => void window_!.press('3', { ctrlKey: true }));
    await window_.nextFrame();
    expect(railButton('Retrieve').getAttribute('aria-current')).toBe('page');
    expect(document.activeElement).toBe(document.body);
  });
});
