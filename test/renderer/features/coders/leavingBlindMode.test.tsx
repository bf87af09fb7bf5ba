// @vitest-environment jsdom
// Blind mode keeps the other coders' work from a coder until their own coding is done; once seen, it
// cannot be unseen. Turning it on is one click; turning it off asks first, from the top bar as from
// the Coders dialog, so that a stray click or key does not spoil independent coding.
import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { setSetting, type RegistryDatabase } from '../../../../renderer/db/registry';
import { coderDialogProject, click, dialogButton, settle, type CoderDialogProject } from './coderDialogHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { CoderControls } from '../../../../renderer/features/coders/CoderControls';
import { CoderViewProvider, coderViewSetting, useCoderView } from '../../../../renderer/features/coders/CoderViewContext';

const LEE = { id: 'lee', name: 'Lee', color: '#65a30d' };

/** Whose work the screens would show now, as the screens read it. */
let shown: { blind: boolean } = { blind: false };
function Probe() {
  shown = useCoderView().visibility;
  return null;
}

let p: CoderDialogProject;
beforeEach(async () => {
  p = await coderDialogProject(project, [LEE]);
  const { registry } = project.value as { registry: RegistryDatabase };
  await setSetting(registry, coderViewSetting('project-1'), { blind: true, hidden: [] });
  await p.view.render(
    <CoderViewProvider>
      <CoderControls />
      <Probe />
    </CoderViewProvider>,
  );
  await settle();
});
afterEach(async () => {
  await p.view.unmount();
  p.db.close();
});

const blindToggle = () => [...p.view.host.querySelectorAll('button')].find((b) => b.textContent === 'Blind mode')!;
const confirmation = () => document.querySelector('[role="dialog"]');

test('the top bar’s Blind mode button asks before showing the other coders’ work; Stay blind keeps it hidden', async () => {
  expect(blindToggle().getAttribute('aria-pressed')).toBe('true');
  // From the keyboard: the focus is on the switch, and comes back to it.
  blindToggle().focus();
  await click(blindToggle());
  expect(document.activeElement).toBe(dialogButton('Stay blind'));
  expect(shown.blind).toBe(true);
  expect(confirmation()?.querySelector('h2')?.textContent).toBe('Turn blind mode off?');
  expect(confirmation()?.textContent).toContain('You will see the other coders’ codings and memos');
  await click(dialogButton('Stay blind'));
  expect(confirmation()).toBeNull();
  expect(shown.blind).toBe(true);
  expect(blindToggle().getAttribute('aria-pressed')).toBe('true');
  expect(document.activeElement).toBe(blindToggle());
});

test('confirmed, blind mode is off; turning it on again takes one click', async () => {
  await click(blindToggle());
  await click(dialogButton('Turn blind mode off'));
  expect(confirmation()).toBeNull();
  expect(shown.blind).toBe(false);
  await click(blindToggle());
  expect(confirmation()).toBeNull();
  expect(shown.blind).toBe(true);
});

test('the Coders dialog’s blind mode box asks too', async () => {
  await click([...p.view.host.querySelectorAll('button')].find((b) => b.textContent?.includes('Kim'))!);
  const box = [...document.querySelectorAll<HTMLInputElement>('[role="dialog"] input[type="checkbox"]')].find((i) => i.parentElement?.textContent?.startsWith('Blind mode'))!;
  expect(box.checked).toBe(true);
  await act(async () => box.click());
  await settle();
  expect(shown.blind).toBe(true);
  expect(document.querySelector('[role="dialog"] h2')?.textContent).toBe('Turn blind mode off?');
  await click(dialogButton('Turn blind mode off'));
  expect(shown.blind).toBe(false);
  expect(document.querySelector('[role="dialog"] h2')?.textContent).toBe('Coders');
});
