// The commands of the window: the registry of what each command does now, the keys of the command
// table (one listener for the whole window), and the native menu's items, all running the same handler.
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { COMMANDS, commandSpec, isCommandId, shortcutOf, type CommandId, type CommandSpec } from '../../shared/commands/commandTable';
import { ariaKeyShortcut, formatAccelerator } from '../../shared/commands/shortcuts';
import { commandOfKey } from '../../shared/commands/keyCommands';
import { call, onMainEvent } from '../api';
import { isMacPlatform, isTextField } from './textFields';
import { editFocusedField, isFieldEdit, textFieldHasFocus } from './fieldEdits';
import { CommandRegistry, type CommandSource } from './commandRegistry';
import { MODAL, modalOpen } from '../ui/modalOpen';

const RegistryContext = createContext<CommandRegistry | null>(null);
/** The commands the native menu shows. */
const MENU_COMMANDS = (COMMANDS as readonly CommandSpec[]).filter((spec) => spec.menu).map((spec) => spec.id as CommandId);


/** What the native menu may offer now: nothing of the window's while a dialog is open; a field's own undo and redo while typing. */
function menuEnabled(registry: CommandRegistry): CommandId[] {
  const modal = modalOpen();
  const typing = textFieldHasFocus();
  return MENU_COMMANDS.filter((id) => (isFieldEdit(id) && typing) || (!modal && registry.isEnabled(id)));
}

export function CommandProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => new CommandRegistry(), []);

  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandOfKey(event, isMac);
      if (!command) return;
      const target = event.target instanceof Element ? event.target : null;
      // A text field's own keys (Ctrl+Z takes back typing, Ctrl+A selects the field's text) win.
      if (!command.whileTyping && isTextField(target)) return;
      // Taken here even when the command cannot run now, so the native menu's accelerator (which acts
      // on keys the page leaves) does not run it a second time, and Ctrl+A does not select the window.
      event.preventDefault();
      // A modal dialog asks a question to answer first: the window's commands wait (taken above, so
      // that the menu's accelerator does not run them behind the dialog either).
      if (target?.closest(MODAL)) return;
      if (event.repeat) return;
      registry.run(command.id as CommandId, 'key');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [registry]);

  useEffect(
    () =>
      onMainEvent('menuCommand', ({ command }) => {
        if (!isCommandId(command)) return;
        // Undo from the menu while typing is the field's: Cmd+Z in a field on macOS arrives this way.
        if (isFieldEdit(command) && editFocusedField(command)) return;
        // An item chosen while a dialog is open (the menu was told to grey it out; it may not have yet).
        if (modalOpen()) return;
        registry.run(command, 'menu');
      }),
    [registry],
  );

  // The native menu greys out what cannot run now: told once a frame at most, and only on a change.
  // What can run changes with the handlers, with the focus (a text field's own undo) and with the
  // dialogs opened over the window (React Aria puts them directly in the body).
  useEffect(() => {
    let said = '';
    let frame = 0;
    const tell = () => {
      frame = 0;
      const enabled = menuEnabled(registry);
      const key = enabled.join(' ');
      if (key === said) return;
      said = key;
      void call('setEnabledCommands', enabled).catch(() => {});
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(tell);
    };
    tell();
    const unsubscribe = registry.subscribe(later);
    window.addEventListener('focusin', later);
    window.addEventListener('focusout', later);
    const overlays = new MutationObserver(later);
    overlays.observe(document.body, { childList: true });
    return () => {
      unsubscribe();
      window.removeEventListener('focusin', later);
      window.removeEventListener('focusout', later);
      overlays.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [registry]);

  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

function useRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('Commands used outside CommandProvider');
  return registry;
}

/**
 * Registers what a command does while the calling component is mounted. `run` may change every render;
 * the latest one runs.
 */
export function useCommandHandler(id: CommandId, run: (source: CommandSource) => void | Promise<void>, enabled = true): void {
  const registry = useRegistry();
  const latest = useRef(run);
  latest.current = run;
  const handler = useMemo(() => ({ run: (source: CommandSource) => latest.current(source), enabled }), [enabled]);
  useEffect(() => registry.register(id, handler), [registry, id, handler]);
}

export interface CommandView {
  spec: CommandSpec;
  enabled: boolean;
  run(source: CommandSource): boolean;
  /** "Ctrl+Shift+P", or null. */
  shortcut: string | null;
  /** For aria-keyshortcuts, or undefined. */
  ariaKeys: string | undefined;
}

function viewOf(registry: CommandRegistry, spec: CommandSpec, isMac: boolean): CommandView {
  const key = shortcutOf(spec, isMac);
  return {
    spec,
    enabled: registry.isEnabled(spec.id as CommandId),
    run: (source) => registry.run(spec.id as CommandId, source),
    shortcut: key ? formatAccelerator(key, isMac) : null,
    ariaKeys: key ? ariaKeyShortcut(key, isMac) : undefined,
  };
}

/** Commands as they stand now (enabled or not), re-read when a handler changes. */
export function useCommands(ids: readonly CommandId[]): CommandView[] {
  const registry = useRegistry();
  const version = useSyncExternalStore(registry.subscribe, () => registry.version);
  const key = ids.join(' ');
  // `key` stands for `ids`, which callers may build anew each render.
  return useMemo(() => ids.map((id) => viewOf(registry, commandSpec(id), isMacPlatform())), [registry, version, key]);
}

export function useCommand(id: CommandId): CommandView {
  return useCommands([id])[0]!;
}
