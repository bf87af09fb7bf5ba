// The Coders dialog rendered in jsdom over a real project database (fake IndexedDB) and a real
// registry, with the open project stood in for by `vi.mock` of ProjectContext (as memoHarness does):
// `setCoder` records the coder in the project as the app's does, unless told to fail.
import { act } from 'react';
import type { CoderRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { ensureCoder } from '../../../../renderer/db/coders';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

export interface CoderDialogProject {
  db: ProjectDatabase;
  view: Screen;
  /** The coders `setCoder` was asked to make current, in order. */
  switched: CoderRecord[];
  /** When set, `setCoder` fails with it, as a write to a full disk does. */
  failWith: Error | null;
}

/** A project with Kim as the current coder and `others` recorded in it; `slot` is what the mocked useProject returns. */
export async function coderDialogProject(slot: { value: unknown }, others: readonly CoderRecord[] = []): Promise<CoderDialogProject> {
  const db = await freshProject();
  for (const coder of [KIM, ...others]) await ensureCoder(db, coder);
  const state: CoderDialogProject = { db, view: screen(), switched: [], failWith: null };
  slot.value = {
    ...projectValue(db),
    setCoder: async (coder: CoderRecord) => {
      if (state.failWith) throw state.failWith;
      state.switched.push(coder);
      await ensureCoder(db, coder);
    },
  };
  return state;
}

export const dialogButton = (name: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent === name) ?? null;

export const dialogTitle = () => document.querySelector('[role="dialog"] h2')?.textContent ?? null;

export const nameField = () => document.querySelector<HTMLInputElement>('[role="dialog"] input:not([type])')!;

export async function click(element: HTMLElement | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
}

/** Types into a React-controlled field as a user does (the value's setter React watches, then an input event). */
export async function typeName(value: string): Promise<void> {
  const field = nameField();
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The form's error, tied to the name field (its text, or null when the field is not described by one). */
export function fieldProblem(): string | null {
  const id = nameField().getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

export { settle, KIM };
