// Every command of the app, defined once. The native menu (electron/menu.ts), the keyboard shortcuts,
// the toolbars of the places, the context menus and the command palette are all built from this table;
// what a command does and when it is enabled is registered by the feature that owns it
// (renderer/commands). A new command is one row here and one `useCommandHandler` where it is done.
import { PLACE_IDS, type PlaceId } from '../places/placeIds';

/** Names an icon; the renderer maps each key to a drawing (renderer/commands/commandIcons.tsx). */
export type IconKey =
  | 'import'
  | 'importFolder'
  | 'manifest'
  | 'preferences'
  | 'export'
  | 'saveCopy'
  | 'openFile'
  | 'undo'
  | 'redo'
  | 'palette'
  | 'find'
  | 'selectAll'
  | 'theme'
  | 'newProject'
  | 'rename'
  | 'deleteProject'
  | 'sample'
  | 'projectMenu'
  | PlaceId;

/** The top-level menus of the native menu bar, in their order. */
export const MENUS = ['File', 'Edit', 'View', 'Go'] as const;
export type MenuName = (typeof MENUS)[number];

/**
 * A key combination in Electron's accelerator syntax ("CmdOrCtrl+Shift+P"), the one format both the
 * native menu and the window's key handler read (shared/commands/shortcuts.ts).
 */
export type Accelerator = string;

export interface CommandSpec {
  readonly id: string;
  /** What the command does, as a button's accessible name and the palette's line ("Import documents…"). */
  readonly name: string;
  /** Its name inside its toolbar menu, where the menu's name says the rest ("Export" › "Memos (Markdown)"). */
  readonly shortName?: string;
  readonly icon: IconKey;
  /** The key; on macOS `mac` when it differs. */
  readonly shortcut?: { readonly other: Accelerator; readonly mac?: Accelerator };
  /** More keys for the same command (Ctrl+Y for redo), handled by the window, not shown in the menu. */
  readonly alsoKeys?: { readonly other: readonly Accelerator[] };
  /** Where it sits in the native menu: the menu and a group (separators fall between groups). */
  readonly menu?: { readonly name: MenuName; readonly group: number };
  /** Places whose toolbar shows it; absent: shown in none (reached by menu, key and palette). */
  readonly toolbar?: readonly PlaceId[];
  /** Shown in the window's header, beside the project it acts on, whatever the place. */
  readonly header?: boolean;
  /** Listed in the menu button beside the project switcher (ProjectBar), not as a button of its own. */
  readonly projectMenu?: boolean;
  /** Grouped under a toolbar menu button of this name instead of its own button. */
  readonly toolbarMenu?: ToolbarMenu;
  /**
   * Its key acts while a text field has the focus. Off for keys a field uses itself (Ctrl+Z takes back
   * typing there); on for keys that only ever mean the command (Ctrl+Shift+P).
   */
  readonly whileTyping?: boolean;
}

/** Menu buttons of the toolbars that hold several commands. */
export type ToolbarMenu = 'Export' | 'More import options';

const goTo = <P extends PlaceId>(place: P, name: string, digit: number) => ({
  id: `go.${place}` as const,
  name: `Go to ${name}`,
  icon: place,
  shortcut: { other: `CmdOrCtrl+${digit}` },
  whileTyping: true,
  menu: { name: 'Go' as const, group: 0 },
});

/** The places' names as the rail and the Go menu show them, in the rail's order. */
export const PLACE_NAMES: Readonly<Record<PlaceId, string>> = {
  library: 'Library',
  code: 'Code',
  retrieve: 'Retrieve',
  compare: 'Compare',
  agreement: 'Agreement',
  backups: 'Backups',
};

export const COMMANDS = [
  { id: 'importFiles', name: 'Import documents…', icon: 'import', shortcut: { other: 'CmdOrCtrl+O' }, menu: { name: 'File', group: 0 }, toolbar: ['library', 'code'], whileTyping: true },
  { id: 'importFolder', name: 'Import folder…', icon: 'importFolder', shortcut: { other: 'CmdOrCtrl+Shift+O' }, menu: { name: 'File', group: 0 }, toolbar: ['library', 'code'], whileTyping: true },
  { id: 'importWithManifest', name: 'Import with a manifest…', icon: 'manifest', menu: { name: 'File', group: 0 }, toolbar: ['library', 'code'], toolbarMenu: 'More import options' },
  { id: 'importFolderWithManifest', name: 'Import a folder with a manifest…', icon: 'manifest', menu: { name: 'File', group: 0 }, toolbar: ['library', 'code'], toolbarMenu: 'More import options' },
  { id: 'applyManifest', name: 'Apply a manifest…', icon: 'manifest', menu: { name: 'File', group: 0 }, toolbar: ['library', 'code'], toolbarMenu: 'More import options' },
  { id: 'importPreferences', name: 'Import preferences…', icon: 'preferences', menu: { name: 'File', group: 3 }, toolbar: ['library', 'code'], toolbarMenu: 'More import options' },
  { id: 'exportCsv', name: 'Export coded segments (CSV)…', shortName: 'Coded segments (CSV)', icon: 'export', shortcut: { other: 'CmdOrCtrl+E' }, menu: { name: 'File', group: 1 }, toolbar: ['library', 'code'], toolbarMenu: 'Export', whileTyping: true },
  { id: 'exportCsvSpreadsheet', name: 'Export coded segments for Excel (CSV, spreadsheet-safe)…', shortName: 'Coded segments for Excel (CSV, spreadsheet-safe)', icon: 'export', menu: { name: 'File', group: 1 }, toolbar: ['library', 'code'], toolbarMenu: 'Export' },
  { id: 'exportMemos', name: 'Export memos (Markdown)…', shortName: 'Memos (Markdown)', icon: 'export', menu: { name: 'File', group: 1 }, toolbar: ['library', 'code'], toolbarMenu: 'Export' },
  // REFI-QDA exchange and merging (renderer/features/interop/InteropCommands.tsx runs them).
  { id: 'import-qdpx', name: 'Import a REFI-QDA project (.qdpx)…', shortName: 'REFI-QDA project (.qdpx)…', icon: 'import', menu: { name: 'File', group: 0 }, toolbar: ['library', 'code'], toolbarMenu: 'More import options' },
  { id: 'import-qdc', name: 'Import a REFI-QDA codebook (.qdc)…', shortName: 'REFI-QDA codebook (.qdc)…', icon: 'import', menu: { name: 'File', group: 0 }, toolbar: ['library', 'code'], toolbarMenu: 'More import options' },
  { id: 'merge-project', name: 'Merge a project…', icon: 'import', menu: { name: 'File', group: 0 }, toolbar: ['library', 'code'], toolbarMenu: 'More import options' },
  { id: 'export-qdpx', name: 'Export a REFI-QDA project (.qdpx)…', shortName: 'REFI-QDA project (.qdpx)…', icon: 'export', menu: { name: 'File', group: 1 }, toolbar: ['library', 'code'], toolbarMenu: 'Export' },
  { id: 'export-qdc', name: 'Export a REFI-QDA codebook (.qdc)…', shortName: 'REFI-QDA codebook (.qdc)…', icon: 'export', menu: { name: 'File', group: 1 }, toolbar: ['library', 'code'], toolbarMenu: 'Export' },
  // The projects themselves: the header's project menu (renderer/features/projects/ProjectBar.tsx runs them).
  { id: 'newProject', name: 'New project…', icon: 'newProject', menu: { name: 'File', group: 2 }, projectMenu: true },
  { id: 'renameProject', name: 'Rename project…', icon: 'rename', menu: { name: 'File', group: 2 }, projectMenu: true },
  { id: 'openSampleProject', name: 'Open sample project', icon: 'sample', menu: { name: 'File', group: 2 }, projectMenu: true },
  // Its icon is the project menu's until the icon table (renderer/commands/commandIcons.tsx) has a bin.
  { id: 'deleteProject', name: 'Delete project…', icon: 'deleteProject', menu: { name: 'File', group: 2 }, projectMenu: true },
  { id: 'saveCopy', name: 'Save a copy…', icon: 'saveCopy', shortcut: { other: 'CmdOrCtrl+Shift+S' }, menu: { name: 'File', group: 2 }, header: true, whileTyping: true },
  { id: 'openProjectFile', name: 'Open project file…', icon: 'openFile', menu: { name: 'File', group: 2 }, header: true },
  { id: 'preferences', name: 'Appearance…', icon: 'theme', menu: { name: 'File', group: 3 }, header: true },
  { id: 'undo', name: 'Undo', icon: 'undo', shortcut: { other: 'CmdOrCtrl+Z' }, menu: { name: 'Edit', group: 0 } },
  { id: 'redo', name: 'Redo', icon: 'redo', shortcut: { other: 'CmdOrCtrl+Shift+Z' }, alsoKeys: { other: ['Ctrl+Y'] }, menu: { name: 'Edit', group: 0 } },
  // Coding the open document. Their keys act in the text (KeyboardPlugin), where a selection is; the
  // menu and the palette reach them from anywhere in the Code place. Not in the place's toolbar: the
  // coding toolbar above the text holds their buttons.
  { id: 'quickCode', name: 'Quick code…', icon: 'code', menu: { name: 'Edit', group: 2 } },
  { id: 'codeInVivo', name: 'Code in vivo', icon: 'code', menu: { name: 'Edit', group: 2 } },
  { id: 'codeWholeDocument', name: 'Code whole document…', icon: 'code', menu: { name: 'Edit', group: 2 } },
  // Finds where the researcher is: in the open document's text in Code, among the documents in the Library.
  { id: 'findInDocument', name: 'Find', icon: 'find', shortcut: { other: 'CmdOrCtrl+F' }, menu: { name: 'Edit', group: 1 }, whileTyping: true },
  // Not in the menu: the menu keeps the system's Select All, which text fields need.
  { id: 'selectAll', name: 'Select the whole text', icon: 'selectAll', shortcut: { other: 'CmdOrCtrl+A' } },
  { id: 'commandPalette', name: 'Command palette…', icon: 'palette', shortcut: { other: 'CmdOrCtrl+Shift+P' }, menu: { name: 'View', group: 0 }, header: true, whileTyping: true },
  ...PLACE_IDS.map((place, i) => goTo(place, PLACE_NAMES[place], i + 1)),
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];
export const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((c) => c.id);

const byId = new Map<string, CommandSpec>(COMMANDS.map((c) => [c.id, c]));
export function commandSpec(id: CommandId): CommandSpec {
  const spec = byId.get(id);
  if (!spec) throw new Error(`No command ${id}`);
  return spec;
}
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && byId.has(value);
}

/** The command that goes to a place. */
export function goToCommand(place: PlaceId): `go.${PlaceId}` {
  return `go.${place}`;
}

/** The key of a command on this platform, or null. */
export function shortcutOf(spec: CommandSpec, isMac: boolean): Accelerator | null {
  if (!spec.shortcut) return null;
  return (isMac ? spec.shortcut.mac : undefined) ?? spec.shortcut.other;
}
