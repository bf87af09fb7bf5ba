// The application menu, built from the command table (shared/commands/commandTable.ts). Items that act
// on project data are forwarded to the renderer, which owns it and runs the command; the menu adds only
// the system's own roles (copy, zoom, quit), which act on the window itself.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMANDS, MENUS, shortcutOf, type CommandId, type MenuName } from '../shared/commands/commandTable';

/** The roles each menu ends with, after the table's commands. */
function systemItems(menu: MenuName, isMac: boolean): MenuItemConstructorOptions[] {
  if (menu === 'File') return [isMac ? { role: 'close' } : { role: 'quit' }];
  // Text fields need these: macOS gives Cmd+X, Cmd+C, Cmd+V and Cmd+A to a field only through the
  // application menu's items of these roles (Windows and Linux fields take their keys themselves).
  if (menu === 'Edit') return [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }];
  if (menu === 'View') return [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  return [];
}

/** The menu's template: kept apart from `Menu.buildFromTemplate` so a test can read it. */
export function menuTemplate(send: (command: CommandId) => void, isMac: boolean, isEnabled: (command: CommandId) => boolean = () => true): MenuItemConstructorOptions[] {
  const menus = MENUS.map((name): MenuItemConstructorOptions => {
    const commands = COMMANDS.filter((c) => 'menu' in c && c.menu.name === name);
    const groups = [...new Set(commands.map((c) => ('menu' in c ? c.menu.group : 0)))].sort((a, b) => a - b);
    const submenu: MenuItemConstructorOptions[] = [];
    for (const group of groups) {
      if (submenu.length > 0) submenu.push({ type: 'separator' });
      for (const command of commands.filter((c) => 'menu' in c && c.menu.group === group)) {
        const accelerator = shortcutOf(command, isMac);
        submenu.push({ id: command.id, label: command.name, enabled: isEnabled(command.id), ...(accelerator ? { accelerator } : {}), click: () => send(command.id) });
      }
    }
    const system = systemItems(name, isMac);
    if (submenu.length > 0 && system.length > 0) submenu.push({ type: 'separator' });
    // Windows and Linux open a menu with Alt and its marked letter ("&File": Alt+F); macOS has no
    // such keys and would strip the mark.
    return { label: isMac ? name : `&${name}`, submenu: [...submenu, ...system] };
  });
  // macOS: the app menu first (Hide, Quit) and the Window menu last (Cmd+M minimises, Cmd+` cycles).
  return isMac ? [{ role: 'appMenu' }, ...menus, { role: 'windowMenu' }] : menus;
}

export function buildMenu(send: (command: CommandId) => void, isMac: boolean, isEnabled?: (command: CommandId) => boolean): Menu {
  return Menu.buildFromTemplate(menuTemplate(send, isMac, isEnabled));
}
