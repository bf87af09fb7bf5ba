// @vitest-environment jsdom
// Undo while typing in a text field. On macOS the browser does not take back a field's typing by itself:
// Cmd+Z reaches the page only as the native menu's Undo item. That item must then be there (not greyed
// out because the project has nothing to undo) and must take back the typing, not a project change.
import { afterEach, describe, expect, test } from 'vitest';
import { useCommandHandler } from '../../../renderer/commands/CommandContext';
import { renderCommandWindow, type CommandWindow } from './commandWindow';

/** The project's own undo and redo (HistoryContext in the app), with what each was asked. */
function ProjectHistory({ canUndo, asked }: { canUndo: boolean; asked: string[] }) {
  useCommandHandler('undo', (source) => void asked.push(`undo from ${source}`), canUndo);
  useCommandHandler('redo', (source) => void asked.push(`redo from ${source}`), false);
  return null;
}

let window_: CommandWindow | undefined;
const fieldEdits: string[] = [];
// jsdom has no editing: record what the browser would have been asked to do to the focused field.
document.execCommand = (command: string) => {
  fieldEdits.push(`${command} in ${(document.activeElement as HTMLInputElement | null)?.getAttribute('aria-label')}`);
  return true;
};

afterEach(async () => {
  await window_?.unmount();
  window_ = undefined;
  fieldEdits.length = 0;
});

describe('Undo and Redo of the native menu while a text field has the focus', () => {
  test('with nothing to undo in the project, the menu keeps Undo and Redo for the field, and Undo takes back its typing', async () => {
    const asked: string[] = [];
    window_ = await renderCommandWindow(
      <>
        <ProjectHistory canUndo={false} asked={asked} />
        <button type="button">Library</button>
        <input aria-label="Search the documents" />
      </>,
    );
    const field = window_.host.querySelector('input')!;
    const button = window_.host.querySelector('button')!;
    button.focus();
    await window_.nextFrame();
    expect(window_.menuEnabled()).not.toContain('undo');

    field.focus();
    await window_.nextFrame();
    expect(window_.menuEnabled()).toEqual(expect.arrayContaining(['undo', 'redo']));

    await window_.chooseFromMenu('undo');
    await window_.chooseFromMenu('redo');
    expect(fieldEdits).toEqual(['undo in Search the documents', 'redo in Search the documents']);
    expect(asked).toEqual([]);
  });

  test('with a project change to undo, the menu’s Undo in a field still takes back the typing, not the change', async () => {
    const asked: string[] = [];
    window_ = await renderCommandWindow(
      <>
        <ProjectHistory canUndo asked={asked} />
        <input aria-label="Code name" />
      </>,
    );
    window_.host.querySelector('input')!.focus();
    await window_.chooseFromMenu('undo');
    expect(fieldEdits).toEqual(['undo in Code name']);
    expect(asked).toEqual([]);
    // Away from the field, the menu's Undo is the project's again.
    window_.host.querySelector('input')!.blur();
    await window_.chooseFromMenu('undo');
    expect(asked).toEqual(['undo from menu']);
  });
});
