// The window's commands (CommandProvider) in jsdom, with main's side of the contract recorded: what
// the native menu was told can run, and a way to choose one of its items as main would send it.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CommandId } from '../../../shared/commands/commandTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface CommandWindow {
  host: HTMLElement;
  /** The list the window last gave main (setEnabledCommands): the menu items not greyed out. */
  menuEnabled(): readonly CommandId[];
  /** As main sends it when the researcher picks an item of the native menu (or its key reaches the menu). */
  chooseFromMenu(command: CommandId): Promise<void>;
  /** Presses keys on the focused element; says whether the page took them (so the menu does not). */
  press(key: string, mods?: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>>): boolean;
  /** Lets the frame-throttled report to main go out. */
  nextFrame(): Promise<void>;
  unmount(): Promise<void>;
}

export async function renderCommandWindow(children: ReactNode): Promise<CommandWindow> {
  const { CommandProvider } = await import('../../../renderer/commands/CommandContext');
  const told: CommandId[][] = [];
  let menuListener: ((payload: { command: string }) => void) | null = null;
  window.framewise = {
    setEnabledCommands: async (ids: CommandId[]) => {
      told.push(ids);
      return { ok: true, value: null };
    },
    on: (event: string, listener: (payload: { command: string }) => void) => {
      if (event === 'menuCommand') menuListener = listener;
      return () => {};
    },
  } as never;
  const host = document.createElement('div');
  document.body.append(host);
  const root: Root = createRoot(host);
  await act(async () => root.render(<CommandProvider>{children}</CommandProvider>));
  const nextFrame = () => act(async () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return {
    host,
    menuEnabled: () => told.at(-1) ?? [],
    chooseFromMenu: async (command) => {
      await act(async () => menuListener?.({ command }));
    },
    press: (key, mods = {}) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
      (document.activeElement ?? document.body).dispatchEvent(event);
      return event.defaultPrevented;
    },
    nextFrame,
    unmount: async () => {
      await act(async () => root.unmount());
      host.remove();
    },
  };
}
