// Keys in Electron's accelerator syntax ("CmdOrCtrl+Shift+P"), read by the window as the native menu
// reads them: matched against key presses, and written out for people (tooltips, the palette) and for
// assistive technology (aria-keyshortcuts).

/** What a key press says (a KeyboardEvent has all of it). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Combination {
  key: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

/** The accelerator as keys on this platform: CmdOrCtrl is Cmd on macOS, Ctrl elsewhere. */
export function parseAccelerator(accelerator: string, isMac: boolean): Combination {
  const parts = accelerator.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const combination: Combination = { key, ctrl: false, meta: false, shift: false, alt: false };
  for (const part of parts) {
    const modifier = part.toLowerCase();
    if (modifier === 'cmdorctrl' || modifier === 'commandorcontrol') {
      if (isMac) combination.meta = true;
      else combination.ctrl = true;
    } else if (modifier === 'ctrl' || modifier === 'control') combination.ctrl = true;
    else if (modifier === 'cmd' || modifier === 'command' || modifier === 'super' || modifier === 'meta') combination.meta = true;
    else if (modifier === 'shift') combination.shift = true;
    else if (modifier === 'alt' || modifier === 'option') combination.alt = true;
    else throw new Error(`Unknown modifier ${part} in ${accelerator}`);
  }
  return combination;
}

/** Whether the key press is the accelerator, modifiers exactly. */
export function matchesAccelerator(press: KeyPress, accelerator: string, isMac: boolean): boolean {
  const want = parseAccelerator(accelerator, isMac);
  return press.key.toLowerCase() === want.key && press.ctrlKey === want.ctrl && press.metaKey === want.meta && press.shiftKey === want.shift && press.altKey === want.alt;
}

const MAC_SYMBOLS = { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' } as const;
/** Keys a Mac's keyboard and menus draw as symbols: its Backspace key is labelled "delete" (⌫). */
const MAC_KEY_SYMBOLS: Readonly<Record<string, string>> = { backspace: '⌫', delete: '⌦' };

/** For people: "Ctrl+Shift+P" on Windows and Linux, "⇧⌘P" (and "⌘⌫") on macOS. */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const c = parseAccelerator(accelerator, isMac);
  const key = (isMac ? MAC_KEY_SYMBOLS[c.key] : undefined) ?? keyName(c.key);
  if (isMac) return `${c.ctrl ? MAC_SYMBOLS.ctrl : ''}${c.alt ? MAC_SYMBOLS.alt : ''}${c.shift ? MAC_SYMBOLS.shift : ''}${c.meta ? MAC_SYMBOLS.meta : ''}${key}`;
  return [c.ctrl ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', c.meta ? 'Super' : '', key].filter(Boolean).join('+');
}

/** For aria-keyshortcuts: "Control+Shift+P". */
export function ariaKeyShortcut(accelerator: string, isMac: boolean): string {
  const c = parseAccelerator(accelerator, isMac);
  const key = keyName(c.key);
  return [c.ctrl ? 'Control' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', c.meta ? 'Meta' : '', key].filter(Boolean).join('+');
}

function keyName(key: string): string {
  return key.length === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1);
}

/** The words a person may type for each modifier, on this platform (the palette finds commands by key). */
function modifierWords(isMac: boolean): Record<'ctrl' | 'alt' | 'shift' | 'meta', readonly string[]> {
  return {
    ctrl: ['ctrl', 'control', '⌃'],
    alt: isMac ? ['option', 'opt', 'alt', '⌥'] : ['alt'],
    shift: ['shift', '⇧'],
    meta: isMac ? ['cmd', 'command', '⌘'] : ['super', 'meta', 'win'],
  };
}

/**
 * Whether what was typed names this key ("ctrl+e", "shift ctrl p", "⇧⌘P"): each word typed is one of
 * the key's parts, in any order and case, with or without "+" between them; a modifier also by the
 * start of its name, as it is being typed ("ctrl+sh").
 */
export function acceleratorMatches(accelerator: string, typed: string, isMac: boolean): boolean {
  // macOS's symbols stand apart, as they are shown run together ("⇧⌘P", "⌘⌫").
  const words = typed.toLowerCase().replace(/[⌃⌥⇧⌘⌫⌦]/gu, ' $& ').split(/[\s+]+/u).filter(Boolean);
  if (words.length === 0) return false;
  const c = parseAccelerator(accelerator, isMac);
  const names = modifierWords(isMac);
  const modifiers = (['ctrl', 'alt', 'shift', 'meta'] as const).filter((m) => c[m]).map((m) => names[m]);
  // The key itself only whole ("p" is not the start of "pageup"), or as macOS draws it.
  const isKey = (word: string) => word === c.key || (isMac && word === MAC_KEY_SYMBOLS[c.key]);
  return words.every((word) => isKey(word) || modifiers.some((spellings) => spellings.some((name) => name.startsWith(word))));
}
