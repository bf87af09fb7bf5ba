// The REFI-QDA and merge commands, as a list the menus (and later the shell's command table) run.
// A command only asks: <InteropDialogs /> (mounted once) hears the request and holds the dialogs and
// the project they work on, so a command can be run from a menu item, the native menu or a key.
import type { MenuCommand } from '../../../shared/ipc';

export type InteropRequest = 'export-qdpx' | 'export-qdc' | 'import-qdpx' | 'import-qdc' | 'merge-project';

type Listener = (request: InteropRequest) => void;
const listeners = new Set<Listener>();

export function requestInterop(request: InteropRequest): void {
  for (const listener of [...listeners]) listener(request);
}

export function onInteropRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface InteropCommand {
  id: InteropRequest & MenuCommand;
  name: string;
  run(): void;
}

const command = (id: InteropRequest & MenuCommand, name: string): InteropCommand => ({ id, name, run: () => requestInterop(id) });

export const INTEROP_EXPORT_COMMANDS: readonly InteropCommand[] = [
  command('export-qdpx', 'REFI-QDA project (.qdpx)…'),
  command('export-qdc', 'REFI-QDA codebook (.qdc)…'),
];

export const INTEROP_IMPORT_COMMANDS: readonly InteropCommand[] = [
  command('import-qdpx', 'REFI-QDA project (.qdpx)…'),
  command('import-qdc', 'REFI-QDA codebook (.qdc)…'),
  command('merge-project', 'Merge a project…'),
];

export const INTEROP_COMMANDS: readonly InteropCommand[] = [...INTEROP_EXPORT_COMMANDS, ...INTEROP_IMPORT_COMMANDS];

/** Runs a native menu's command when it is one of these; false when it is not. */
export function runInteropMenuCommand(menuCommand: MenuCommand): boolean {
  const found = INTEROP_COMMANDS.find((c) => c.id === menuCommand);
  found?.run();
  return found !== undefined;
}
