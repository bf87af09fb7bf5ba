// The REFI-QDA and merge rows of the command table (shared/commands/commandTable.ts), run by asking
// <InteropDialogs />, which holds the dialogs and the project they work on; and a .qdpx double-clicked
// in the file manager (renderer/files/useFilesFromSystem.ts), imported as one chosen with the command.
import { useCommandHandler } from '../../commands/CommandContext';
import { useSystemFileOpener } from '../../files/useFilesFromSystem';
import { requestInterop } from './interopCommands';

export function InteropCommands() {
  useCommandHandler('import-qdpx', () => requestInterop('import-qdpx'));
  useCommandHandler('import-qdc', () => requestInterop('import-qdc'));
  useCommandHandler('merge-project', () => requestInterop('merge-project'));
  useCommandHandler('export-qdpx', () => requestInterop('export-qdpx'));
  useCommandHandler('export-qdc', () => requestInterop('export-qdc'));
  useSystemFileOpener('refiProject', (path) => requestInterop('import-qdpx', { path }));
  return null;
}
