// The native menu is built from the command table: every command placed in a menu is there, under
// its menu, with its name and its key, and choosing it sends its id to the window.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));
const { menuTemplate } = await import('../../electron/menu');
const { COMMANDS, isCommandId } = await import('../../shared/commands/commandTable');

function itemsOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  // Windows and Linux labels carry their mnemonic ("&File"); the tests name menus as they read.
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

describe('the native menu', () => {
  it('holds every command the table places in a menu, with its name and key', () => {
    const template = menuTemplate(() => {}, false);
    const placed = COMMANDS.filter((c) => 'menu' in c);
    expect(placed.length).toBeGreaterThan(10);
    for (const command of placed) {
      const item = itemsOf(template, command.menu.name).find((i) => i.id === command.id);
      expect(item?.label, command.id).toBe(command.name);
      expect(item?.accelerator).toBe('shortcut' in command ? command.shortcut.other : undefined);
    }
    expect(itemsOf(template, 'File').map((i) => i.label)).toContain('Import documents…');
    expect(itemsOf(template, 'Go').find((i) => i.label === 'Go to Library')?.accelerator).toBe('CmdOrCtrl+1');
    expect(itemsOf(template, 'View').find((i) => i.label === 'Command palette…')?.accelerator).toBe('CmdOrCtrl+Shift+P');
  });

  it('sends the chosen item’s command id to the window', () => {
    const sent: string[] = [];
    const template = menuTemplate((command) => sent.push(command), false);
    const importItem = itemsOf(template, 'File').find((i) => i.label === 'Import documents…');
    (importItem?.click as () => void)();
    const undo = itemsOf(template, 'Edit').find((i) => i.label === 'Undo');
    (undo?.click as () => void)();
    expect(sent).toEqual(['importFiles', 'undo']);
    expect(sent.every(isCommandId)).toBe(true);
  });

  it('separates groups and keeps the system roles; macOS gets its app menu', () => {
    const mac = menuTemplate(() => {}, true);
    expect(mac[0]).toEqual({ role: 'appMenu' });
    const file = itemsOf(mac, 'File');
    expect(file.at(-1)).toEqual({ role: 'close' });
    expect(file.some((i) => i.type === 'separator')).toBe(true);
    expect(itemsOf(mac, 'Edit').map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(itemsOf(menuTemplate(() => {}, false), 'File').at(-1)).toEqual({ role: 'quit' });
  });
});

describe('opening a menu from the keyboard', () => {
  it('on Windows and Linux, Alt and a menu’s first letter opens it; each letter is used once', () => {
    const labels = menuTemplate(() => {}, false).map((m) => m.label);
    expect(labels).toEqual(['&File', '&Edit', '&View', '&Go']);
  });

  it('on macOS, which has no mnemonics, the labels are plain', () => {
    const labels = menuTemplate(() => {}, true).map((m) => m.label).filter(Boolean);
    expect(labels).toEqual(['File', 'Edit', 'View', 'Go']);
  });
});

describe('editing text fields on macOS', () => {
  // macOS sends Cmd+X, Cmd+C, Cmd+V and Cmd+A to a text field only through the application menu's
  // items of those roles: without them the keys do nothing in any field of the window.
  it('the Edit menu has Cut, Copy, Paste and Select All, so their keys work in the window’s text fields', () => {
    const roles = itemsOf(menuTemplate(() => {}, true), 'Edit').map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('the Window menu is there, so Cmd+M minimises', () => {
    expect(menuTemplate(() => {}, true).some((m) => m.role === 'windowMenu')).toBe(true);
  });
});

describe('the menu follows what the window can do now', () => {
  it('greys out the commands the window did not list as enabled; all are enabled until it has said', async () => {
    const { MenuState } = await import('../../electron/menuState');
    const { createHandlers } = await import('../../electron/handlers');
    const state = new MenuState();
    const changes: number[] = [];
    state.onChange(() => changes.push(1));
    const item = (id: string) => itemsOf(menuTemplate(() => {}, false, (c) => state.isEnabled(c)), id === 'undo' ? 'Edit' : 'Go').find((i) => i.id === id);
    expect(item('undo')?.enabled).toBe(true);
    expect(item('go.retrieve')?.enabled).toBe(true);

    // Through the IPC contract's handler, as the window says it.
    const handlers = createHandlers({ dataPath: '/nonexistent-framewise-data' } as never, { menuState: state });
    expect(await handlers.setEnabledCommands(['go.library', 'go.code'])).toBeNull();
    expect(item('undo')?.enabled).toBe(false);
    expect(item('go.retrieve')?.enabled).toBe(false);
    expect(item('go.library')?.enabled).toBe(true);
    // The same list again is no change (main does not rebuild the menu for it).
    await handlers.setEnabledCommands(['go.code', 'go.library']);
    expect(changes).toHaveLength(1);
  });
});
