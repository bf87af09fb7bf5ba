// The real ProjectProvider in jsdom over fake IndexedDB: the registry, the first project it makes on
// first start, switching, creating and renaming as the window does them, and the window's commands
// (CommandProvider) with main's side stood in for, so that a test can choose an item of the native
// menu. `opened()` hands back the context the screens see, as it is after the latest render.
import { act, type ReactNode } from 'react';
import type { CommandId } from '../../../../shared/commands/commandTable';
import { AnnouncerProvider, StatusBar } from '../../../../renderer/ui/Announcer';
import { ProjectProvider, useProject, type ProjectContextValue } from '../../../../renderer/features/projects/ProjectContext';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';
import { CommandProvider } from '../../../../renderer/commands/CommandContext';
import { screen, settle, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

export interface OpenWindow {
  view: Screen;
  /** The context as the screens see it now. */
  opened(): ProjectContextValue;
  /** What the status line says now. */
  status(): string;
  /** As main sends it when the researcher picks an item of the native menu. */
  chooseFromMenu(command: CommandId): Promise<void>;
}

export async function openWindow(children: ReactNode = null): Promise<OpenWindow> {
  let menuListener: ((payload: { command: string }) => void) | null = null;
  window.framewise = {
    setEnabledCommands: async () => ({ ok: true, value: null }),
    on: (event: string, listener: (payload: { command: string }) => void) => {
      if (event === 'menuCommand') menuListener = listener;
      return () => {};
    },
  } as never;
  const view = screen();
  let current: ProjectContextValue | null = null;
  function Spy() {
    current = useProject();
    return null;
  }
  await view.render(
    <AnnouncerProvider>
      <ProjectProvider fallback={(error) => <p>{error ? error.message : 'Opening…'}</p>}>
        <CoderViewProvider>
          <CommandProvider>
            <Spy />
            {children}
          </CommandProvider>
        </CoderViewProvider>
      </ProjectProvider>
      <StatusBar />
    </AnnouncerProvider>,
  );
  for (let tries = 0; !current && tries < 100; tries++) await settle(20);
  if (!current) throw new Error(`the workspace did not open: ${view.host.textContent}`);
  return {
    view,
    opened: () => current!,
    // The status bar's line, not another live region drawn before it (a panel's own).
    status: () => view.host.querySelector('.status-bar [role="status"]')?.textContent ?? '',
    chooseFromMenu: async (command) => {
      await act(async () => menuListener?.({ command }));
      await settle();
    },
  };
}

/** Runs a context action the way a click would, and lets the screens redraw after it. */
export async function doing(run: () => Promise<unknown>): Promise<void> {
  await act(async () => {
    await run();
  });
  await settle();
}
