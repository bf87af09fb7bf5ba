// The REFI-QDA and merge commands (rows of shared/commands/commandTable.ts, run by InteropCommands.tsx).
// A command only asks: <InteropDialogs /> (mounted once) hears the request and holds the dialogs and
// the project they work on, so a command can be run from a menu item, the native menu or a key.
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
