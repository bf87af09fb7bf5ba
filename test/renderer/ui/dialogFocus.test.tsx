// @vitest-environment jsdom
// A dialog takes the focus as it opens and gives it back as it closes. When its own action took away
// the control that opened it (Delete… on a row the dialog deletes), the focus goes to the control that
// followed it, or else the one before, as a list does after a deletion: never to the page, from where
// a keyboard user would start again at the top of the window and a screen reader says nothing.
import { act, useState } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Dialog } from '../../../renderer/ui/Dialog';
import { MenuButton } from '../../../renderer/ui/MenuButton';
import { screen, settle, type Screen } from '../features/memos/memoHarness';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

/** A list of rows, each with its name and a Delete… button; the dialog deletes the row it was opened on. */
function Rows({ initial }: { initial: string[] }) {
  const [rows, setRows] = useState(initial);
  const [deleting, setDeleting] = useState<string | null>(null);
  return (
    <main>
      <ul>
        {rows.map((row) => (
          <li key={row}>
            <button type="button" aria-label={`Delete ${row}…`} onClick={() => setDeleting(row)}>
              Delete…
            </button>
          </li>
        ))}
      </ul>
      {deleting ? (
        <Dialog title={`Delete ${deleting}?`} onClose={() => setDeleting(null)}>
          <button
            type="button"
            onClick={() => {
              setRows((all) => all.filter((row) => row !== deleting));
              setDeleting(null);
            }}
          >
            Delete
          </button>
        </Dialog>
      ) : null}
    </main>
  );
}

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

const button = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;

async function deleteThrough(row: string): Promise<void> {
  button(`Delete ${row}…`).focus();
  await act(async () => button(`Delete ${row}…`).click());
  await settle();
  expect(document.querySelector('[role="dialog"]')!.contains(document.activeElement)).toBe(true);
  await act(async () => button('Delete').click());
  await settle(100);
  expect(document.querySelector('[role="dialog"]')).toBeNull();
}

describe('the focus after a dialog whose opener is gone', () => {
  test('goes to the control that followed the opener', async () => {
    await view.render(<Rows initial={['Interview 1', 'Interview 2', 'Interview 3']} />);
    await deleteThrough('Interview 2');
    expect(document.activeElement).toBe(button('Delete Interview 3…'));
  });

  test('goes to the control before it when the opener was the last', async () => {
    await view.render(<Rows initial={['Interview 1', 'Interview 2']} />);
    await deleteThrough('Interview 2');
    expect(document.activeElement).toBe(button('Delete Interview 1…'));
  });

  test('returns to the opener when it is still there (Escape)', async () => {
    await view.render(<Rows initial={['Interview 1', 'Interview 2']} />);
    button('Delete Interview 1…').focus();
    await act(async () => button('Delete Interview 1…').click());
    await settle();
    await act(async () => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })));
    await settle(100);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(button('Delete Interview 1…'));
  });

  test('opened from a menu’s item, which the menu takes away, it returns to the menu’s button', async () => {
    function Menu() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button">New code</button>
          <MenuButton label="Codebook" items={[{ label: 'Rename…', onSelect: () => setOpen(true) }]} />
          <button type="button">Search codes</button>
          {open ? (
            <Dialog title="Rename" onClose={() => setOpen(false)}>
              <button type="button">Rename</button>
            </Dialog>
          ) : null}
        </>
      );
    }
    await view.render(<Menu />);
    const press = (key: string) => act(async () => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
    button('Codebook').focus();
    await press('ArrowDown');
    await settle();
    await press('Enter');
    await settle(100);
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    await press('Escape');
    await settle(100);
    expect(document.activeElement).toBe(button('Codebook'));
  });
});
