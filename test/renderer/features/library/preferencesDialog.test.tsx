// @vitest-environment jsdom
// Import preferences (Import preferences…): the largest file to import, typed as a person types it
// (a decimal comma, spaces between thousands), or refused inside the dialog with what is wrong and
// what to type; the dialog never stays greyed out when the stored preference cannot be read.
import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { RegistryDatabase } from '../../../../renderer/db/registry';
import { AnnouncerProvider, StatusBar } from '../../../../renderer/ui/Announcer';
import { PreferencesDialog } from '../../../../renderer/features/library/PreferencesDialog';
import { maxFileMegabytes } from '../../../../renderer/features/library/importPreferences';
import { screen, settle, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

let registry: RegistryDatabase;
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => ({ registry }) }));

let view: Screen;
let closed: boolean;
beforeEach(() => {
  registry = new RegistryDatabase(undefined, `registry-${crypto.randomUUID()}`);
  closed = false;
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

async function open(): Promise<void> {
  await view.render(
    <AnnouncerProvider>
      <PreferencesDialog onClose={() => (closed = true)} />
      <StatusBar />
    </AnnouncerProvider>,
  );
  await settle();
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]')!;
const field = () => dialog().querySelector('input')!;
const problem = () => dialog().querySelector('[role="alert"]')?.textContent ?? null;

async function type(text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field(), text);
    field().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function save(): Promise<void> {
  await act(async () => [...dialog().querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());
  await settle();
}

test('a decimal comma is read as the decimal point: “2,5” keeps files up to 2.5 MB', async () => {
  await open();
  await type('2,5');
  await save();
  expect(problem()).toBeNull();
  expect(closed).toBe(true);
  expect(await maxFileMegabytes(registry)).toBe(2.5);
});

test('spaces around the figure and between its thousands are ignored: “ 1 024 ” is 1024 MB', async () => {
  await open();
  await type(' 1 024 ');
  await save();
  expect(closed).toBe(true);
  expect(await maxFileMegabytes(registry)).toBe(1024);
});

test('what is not a size is refused in the dialog, saying what to type, and what was typed stays', async () => {
  await open();
  await type('fifty');
  await save();
  expect(closed).toBe(false);
  expect(field().value).toBe('fifty');
  expect(field().getAttribute('aria-invalid')).toBe('true');
  expect(problem()).toBe('Type the size as a number of megabytes, such as 50 or 2.5.');
  expect(await maxFileMegabytes(registry)).toBe(50);
});

test('a size beyond the limits is refused with the limit it passed', async () => {
  await open();
  await type('5000');
  await save();
  expect(closed).toBe(false);
  expect(problem()).toBe('At most 2048 MB: Framewise cannot read a larger file in one piece.');
  await type('0,5');
  // A new figure typed: the old complaint goes until the next Save.
  expect(problem()).toBeNull();
  await save();
  expect(problem()).toBe('At least 1 MB.');
  expect(await maxFileMegabytes(registry)).toBe(50);
});

test('a stored preference that cannot be read leaves the dialog usable, showing the default', async () => {
  vi.spyOn(registry.settings, 'get').mockRejectedValue(new Error('The database connection is closing.'));
  await open();
  expect(field().disabled).toBe(false);
  expect(field().value).toBe('50');
});
