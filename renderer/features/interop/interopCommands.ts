// The REFI-QDA and merge commands (rows of shared/commands/commandTable.ts, run by InteropCommands.tsx).
// A command only asks: <InteropDialogs /> (mounted once) hears the request and holds the dialogs and
// the project they work on, so a command can be run from a menu item, the native menu or a key.
export type InteropRequest = 'export-qdpx' | 'export-qdc' | 'import-qdpx' | 'import-qdc' | 'merge-project';

/**
 * The file to import, when the researcher chose it already (a .qdpx double-clicked in the file manager,
 * which main granted): it is read as a file chosen in the open dialog is, and no dialog asks for one.
 */
export interface ChosenFile {
  path: string;
}

/** May resolve once what it started has been read and shown (the preview, or the refusal). */
type Listener = (request: InteropRequest, chosen?: ChosenFile) => void | Promise<void>;
const listeners = new Set<Listener>();

/** Resolves once every listener has done what it resolves for (see Listener). */
export async function requestInterop(request: InteropRequest, chosen?: ChosenFile): Promise<void> {
  await Promise.all([...listeners].map((listener) => listener(request, chosen)));
}

export function onInteropRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
