// The application menu. Items that act on project data are forwarded to the renderer, which owns it.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export function buildMenu(send: (command: MenuCommand) => void, isMac: boolean): Menu {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('Import Documents…', 'importFiles', 'CmdOrCtrl+O'),
        item('Import Folder…', 'importFolder', 'Shift+CmdOrCtrl+O'),
        item('Import REFI-QDA Project (.qdpx)…', 'import-qdpx'),
        item('Import REFI-QDA Codebook (.qdc)…', 'import-qdc'),
        item('Merge a Project…', 'merge-project'),
        { type: 'separator' },
        item('Export Coded Segments (CSV)…', 'exportCsv', 'CmdOrCtrl+E'),
        item('Export Coded Segments for Excel (CSV)…', 'exportCsvSpreadsheet'),
        item('Export Memos (Markdown)…', 'exportMemos'),
        item('Export REFI-QDA Project (.qdpx)…', 'export-qdpx'),
        item('Export REFI-QDA Codebook (.qdc)…', 'export-qdc'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo acts on the project (codings, codes, memos), not on a text field, so the renderer
        // decides; a focused text field handles its own Ctrl+Z before the menu sees it.
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
  ];
  return Menu.buildFromTemplate(template);
}
