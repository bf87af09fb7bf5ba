// @vitest-environment jsdom
// The command palette finds a command by its name and by its key: a researcher who wonders what
// Ctrl+E does, or which key goes to the Library, types the key.
import { act } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { CommandPalette } from '../../../renderer/commands/CommandPalette';
import { useCommandHandler } from '../../../renderer/commands/CommandContext';
import { renderCommandWindow, type CommandWindow } from './commandWindow';

// jsdom has no CSS.escape, which React Aria's overlays call.
(globalThis as { CSS?: unknown }).CSS ??= { escape: (text: string) => text };

function Commands() {
  useCommandHandler('exportCsv', () => {});
  useCommandHandler('exportMemos', () => {});
  useCommandHandler('go.library', () => {});
  useCommandHandler('go.code', () => {});
  useCommandHandler('undo', () => {});
  useCommandHandler('redo', () => {});
  return null;
}

let window_: CommandWindow | undefined;
afterEach(async () => {
  await window_?.unmount();
  window_ = undefined;
});

async function listedFor(typed: string): Promise<string[]> {
  const input = document.querySelector<HTMLInputElement>('input[aria-label="Find a command"]')!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, typed);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await window_!.nextFrame();
  return [...document.querySelectorAll('.palette-item')].map((item) => item.textContent ?? '');
}

describe('the command palette’s search', () => {
  test('finds a command by its key, written as the tooltips write it, in any case and with or without “+”', async () => {
    window_ = await renderCommandWindow(
      <>
        <Commands />
        <CommandPalette />
      </>,
    );
    await window_.chooseFromMenu('commandPalette');
    expect(await listedFor('Ctrl+E')).toEqual(['Export coded segments (CSV)…']);
    expect(await listedFor('ctrl 1')).toEqual(['Go to Library']);
    // The second key of a command counts too.
    expect(await listedFor('ctrl+y')).toEqual(['Redo']);
    // By name, as before.
    expect(await listedFor('memos')).toEqual(['Export memos (Markdown)…']);
    expect(await listedFor('zzzz')).toEqual([]);
  });
});
