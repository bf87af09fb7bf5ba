// @vitest-environment jsdom
// The Coders dialog: back from one of its forms (Cancel), the focus returns to the button that opened
// that form, so a keyboard user goes on from where they were.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { ensureCoder } from '../../../../renderer/db/coders';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { CoderDialog } from '../../../../renderer/features/coders/CoderDialog';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  await ensureCoder(db, KIM);
  project.value = { ...projectValue(db), setCoder: async () => {} };
  view = screen();
  await view.render(
    <CoderViewProvider>
      <CoderDialog onClose={() => {}} />
    </CoderViewProvider>,
  );
  await settle();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const button = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent === name);

test.each(['Change name or colour…', 'New coder…'])('cancelling the form opened by “%s” puts the focus back on that button', async (opener) => {
  await act(async () => button(opener)!.click());
  await settle();
  expect(button('Cancel')).toBeDefined();
  await act(async () => button('Cancel')!.click());
  await settle();
  expect(document.activeElement).toBe(button(opener));
});
