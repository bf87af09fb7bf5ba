// Acting in a dialog rendered in jsdom as a researcher would: typing into a field, pressing a button,
// and finding the message a refused field is described by.
import { act } from 'react';
import { settle } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

export const openDialog = (): HTMLElement | null => document.querySelector<HTMLElement>('[role="dialog"]');

/** The dialog's text field labelled `label` (the label's own words, before the field). */
export function fieldLabelled(label: string): HTMLInputElement {
  const found = [...openDialog()!.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === label)?.querySelector('input');
  if (!found) throw new Error(`No field “${label}” in the dialog`);
  return found;
}

export function buttonNamed(name: string): HTMLButtonElement {
  const found = [...openDialog()!.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`No button “${name}” in the dialog`);
  return found;
}

export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function press(button: HTMLElement): Promise<void> {
  await act(async () => button.click());
  await settle();
}

/** The text of what the field's aria-describedby names, or null when it names nothing. */
export function descriptionOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby');
  if (!ids) return null;
  return ids
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}
