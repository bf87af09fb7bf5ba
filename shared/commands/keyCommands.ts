// Which command of the table a key press asks for, on this platform.
import { COMMANDS, shortcutOf, type CommandSpec } from './commandTable';
import { matchesAccelerator, type KeyPress } from './shortcuts';

export function commandOfKey(press: KeyPress, isMac: boolean): CommandSpec | undefined {
  return COMMANDS.find((spec: CommandSpec) => {
    const key = shortcutOf(spec, isMac);
    if (key && matchesAccelerator(press, key, isMac)) return true;
    return !isMac && (spec.alsoKeys?.other ?? []).some((also) => matchesAccelerator(press, also, isMac));
  });
}
