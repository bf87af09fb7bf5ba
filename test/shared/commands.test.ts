// Shortcuts are read from the command table's accelerators, per platform.
import { describe, expect, it } from 'vitest';
import { acceleratorMatches, ariaKeyShortcut, formatAccelerator, matchesAccelerator } from '../../shared/commands/shortcuts';
import { COMMANDS, shortcutOf } from '../../shared/commands/commandTable';
import { commandOfKey } from '../../shared/commands/keyCommands';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcuts', () => {
  it('CmdOrCtrl is Ctrl on Windows and Linux, Cmd on macOS, modifiers exactly', () => {
    expect(matchesAccelerator(press('P', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+P', false)).toBe(true);
    expect(matchesAccelerator(press('p', { metaKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+P', true)).toBe(true);
    expect(matchesAccelerator(press('p', { ctrlKey: true }), 'CmdOrCtrl+Shift+P', false)).toBe(false);
    expect(matchesAccelerator(press('p', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+P', true)).toBe(false);
  });
  it('is written for people and for assistive technology', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(formatAccelerator('CmdOrCtrl+Shift+P', true)).toBe('⇧⌘P');
    expect(ariaKeyShortcut('CmdOrCtrl+1', false)).toBe('Control+1');
    expect(ariaKeyShortcut('CmdOrCtrl+1', true)).toBe('Meta+1');
  });
  it('gives no two commands the same key', () => {
    for (const isMac of [false, true]) {
      const keys = COMMANDS.map((c) => shortcutOf(c, isMac)).filter((k): k is string => k !== null);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('the command a key asks for', () => {
  const idOf = (p: ReturnType<typeof press>, isMac: boolean) => commandOfKey(p, isMac)?.id ?? null;
  it('Windows and Linux: Ctrl+Z undoes, Shift+Ctrl+Z and Ctrl+Y redo', () => {
    expect(idOf(press('z', { ctrlKey: true }), false)).toBe('undo');
    expect(idOf(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(idOf(press('y', { ctrlKey: true }), false)).toBe('redo');
  });
  it('macOS: Cmd+Z undoes, Shift+Cmd+Z redoes; Ctrl+Z and Cmd+Y do nothing', () => {
    expect(idOf(press('z', { metaKey: true }), true)).toBe('undo');
    expect(idOf(press('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(idOf(press('z', { ctrlKey: true }), true)).toBeNull();
    expect(idOf(press('y', { metaKey: true }), true)).toBeNull();
  });
  it('Ctrl+1 to Ctrl+6 go to the places, in the rail’s order; plain keys are no command', () => {
    expect(idOf(press('1', { ctrlKey: true }), false)).toBe('go.library');
    expect(idOf(press('2', { ctrlKey: true }), false)).toBe('go.code');
    expect(idOf(press('6', { metaKey: true }), true)).toBe('go.backups');
    expect(idOf(press('z'), false)).toBeNull();
    expect(idOf(press('x', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('a key as typed in the command palette', () => {
  it('is found by its parts in any order and case, with or without “+”, a modifier also by its start', () => {
    expect(acceleratorMatches('CmdOrCtrl+Shift+P', 'Ctrl+Shift+P', false)).toBe(true);
    expect(acceleratorMatches('CmdOrCtrl+Shift+P', 'shift ctrl p', false)).toBe(true);
    expect(acceleratorMatches('CmdOrCtrl+Shift+P', 'ctrl+sh', false)).toBe(true);
    expect(acceleratorMatches('CmdOrCtrl+1', 'ctrl+2', false)).toBe(false);
    expect(acceleratorMatches('CmdOrCtrl+Shift+P', 'ctrl+p+x', false)).toBe(false);
    expect(acceleratorMatches('CmdOrCtrl+E', '', false)).toBe(false);
  });
  it('on macOS, by Cmd or ⌘ as the palette shows it there, not by Ctrl', () => {
    expect(acceleratorMatches('CmdOrCtrl+1', 'cmd+1', true)).toBe(true);
    expect(acceleratorMatches('CmdOrCtrl+Shift+P', '⇧⌘P', true)).toBe(true);
    expect(acceleratorMatches('CmdOrCtrl+Shift+P', 'shift cmd p', true)).toBe(true);
    expect(acceleratorMatches('CmdOrCtrl+1', 'ctrl+1', true)).toBe(false);
    expect(acceleratorMatches('CmdOrCtrl+Backspace', '⌘⌫', true)).toBe(true);
  });
});
