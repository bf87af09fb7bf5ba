// The codebook panel rendered in jsdom over a real project database (fake IndexedDB), as the Code
// place shows it: the codes read live, the status line beside it. The test file stands in for the open
// project and its backups with `vi.mock` (see memoHarness.tsx): ProjectContext gives projectValue(db),
// and BackupsContext a backupBefore that always succeeds.
import { act } from 'react';
import type { CodeRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { AnnouncerProvider, StatusBar } from '../../../../renderer/ui/Announcer';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';
import { useCodes } from '../../../../renderer/features/codes/useCodes';
import { CodebookPanel } from '../../../../renderer/features/codebook/CodebookPanel';
import { screen, settle, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria and the tree call: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };
// Nor scrollIntoView: it lays nothing out, so there is nothing to scroll.
Element.prototype.scrollIntoView ??= () => {};

function LiveCodebook({ db, onApply }: { db: ProjectDatabase; onApply(code: CodeRecord): void }) {
  return <CodebookPanel codes={useCodes(db)} onApply={onApply} />;
}

/** Renders the codebook of `db` and waits for its rows. */
export async function renderCodebook(db: ProjectDatabase, onApply: (code: CodeRecord) => void = () => {}): Promise<Screen> {
  const view = screen();
  await view.render(
    <AnnouncerProvider>
      <CoderViewProvider>
        <LiveCodebook db={db} onApply={onApply} />
      </CoderViewProvider>
      <StatusBar />
    </AnnouncerProvider>,
  );
  await settle();
  return view;
}

/** The tree row of the code of that name. */
export function row(host: HTMLElement, name: string): HTMLElement {
  const found = [...host.querySelectorAll<HTMLElement>('[role="row"]')].find((r) => r.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No row “${name}”`);
  return found;
}

export const rowNames = (host: HTMLElement) => [...host.querySelectorAll('[role="row"]')].map((r) => r.getAttribute('aria-label'));

export const statusLine = () => document.querySelector('[role="status"][aria-label="Status"]')?.textContent ?? '';

/** A key pressed on the focused element, as the browser sends it (keydown then keyup). */
export async function press(key: string, modifiers: Partial<Pick<KeyboardEventInit, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>> = {}): Promise<void> {
  const target = document.activeElement ?? document.body;
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }));
    target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true, ...modifiers }));
  });
}

/** Types into a text field as React hears it. */
export async function typeInto(field: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export { settle };
