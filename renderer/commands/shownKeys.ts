// A key written as the researcher's platform writes it (⌘Z on macOS, Ctrl+Z elsewhere), for text that
// names one: a hint, a placeholder, a confirmation's "you can undo this". Written in by hand as
// "Ctrl+Z", it told a Mac user a key that does something else there.
import { commandSpec, shortcutOf, type CommandId } from '../../shared/commands/commandTable';
import { ariaKeyShortcut, formatAccelerator } from '../../shared/commands/shortcuts';
import { isMacPlatform } from './textFields';

/** An Electron accelerator ("CmdOrCtrl+K") as shown on this platform. */
export function shownKeys(accelerator: string): string {
  return formatAccelerator(accelerator, isMacPlatform());
}

/** An Electron accelerator as aria-keyshortcuts writes it on this platform ("Meta+K" on macOS, "Control+K" elsewhere). */
export function ariaKeys(accelerator: string): string {
  return ariaKeyShortcut(accelerator, isMacPlatform());
}

/** The key of a command of the command table as shown on this platform; its name when it has none. */
export function commandKeys(id: CommandId): string {
  const spec = commandSpec(id);
  const key = shortcutOf(spec, isMacPlatform());
  return key ? formatAccelerator(key, isMacPlatform()) : spec.name;
}
