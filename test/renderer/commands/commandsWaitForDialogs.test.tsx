// @vitest-environment jsdom
// While a dialog asks its question ("Delete the code “pledge”?"), the window's commands wait: neither
// their keys nor the native menu run them behind it. A key the page leaves goes on to the native menu,
// whose accelerator would run the command anyway, so the page must take it.
import { afterEach, describe, expect, test } from 'vitest';
import { useCommandHandler } from '../../../renderer/commands/CommandContext';
import { renderCommandWindow, type CommandWindow } from './commandWindow';

function WindowCommands({ ran }: { ran: string[] }) {
  useCommandHandler('undo', (source) => void ran.push(`undo from ${source}`));
  useCommandHandler('go.library', (source) => void ran.push(`go to Library from ${source}`));
  useCommandHandler('importFiles', (source) => void ran.push(`import from ${source}`));
  return null;
}

function ConfirmDeletion() {
  return (
    <div role="dialog" aria-label="Delete the code “pledge”?">
      <input aria-label="Type the code’s name to confirm" />
      <button type="button">Cancel</button>
    </div>
  );
}

let window_: CommandWindow | undefined;
afterEach(async () => {
  await window_?.unmount();
  window_ = undefined;
});

describe('a dialog open over the window', () => {
  test('its keys are taken by the page, so the native menu does not run them behind the dialog', async () => {
    const ran: string[] = [];
    window_ = await renderCommandWindow(
      <>
        <WindowCommands ran={ran} />
        <ConfirmDeletion />
      </>,
    );
    window_.host.querySelector('button')!.focus();
    expect(window_.press('z', { ctrlKey: true })).toBe(true);
    expect(window_.press('1', { ctrlKey: true })).toBe(true);
    window_.host.querySelector('input')!.focus();
    // In the dialog's field: Ctrl+O is taken; Ctrl+Z stays the field's own.
    expect(window_.press('o', { ctrlKey: true })).toBe(true);
    expect(window_.press('z', { ctrlKey: true })).toBe(false);
    expect(ran).toEqual([]);
  });

  test('the native menu greys out the window’s commands, and an item chosen anyway does nothing', async () => {
    const ran: string[] = [];
    window_ = await renderCommandWindow(
      <>
        <WindowCommands ran={ran} />
        <ConfirmDeletion />
      </>,
    );
    window_.host.querySelector('button')!.focus();
    await window_.nextFrame();
    expect(window_.menuEnabled()).toEqual([]);
    await window_.chooseFromMenu('undo');
    await window_.chooseFromMenu('go.library');
    await window_.chooseFromMenu('importFiles');
    expect(ran).toEqual([]);
  });

  test('once the dialog has gone, the commands run again from the menu', async () => {
    const ran: string[] = [];
    window_ = await renderCommandWindow(<WindowCommands ran={ran} />);
    await window_.nextFrame();
    expect(window_.menuEnabled()).toEqual(expect.arrayContaining(['undo', 'go.library', 'importFiles']));
    await window_.chooseFromMenu('go.library');
    expect(ran).toEqual(['go to Library from menu']);
  });
});
