// What the library's commands of the command table do: import documents or a folder, import or apply
// a manifest, and the import preferences (whose dialog this component shows).
import { useState } from 'react';
import { useCommandHandler } from '../../commands/CommandContext';
import type { Importer } from './useImport';
import { PreferencesDialog } from './PreferencesDialog';

export function LibraryCommands({ importer }: { importer: Importer }) {
  const [preferences, setPreferences] = useState(false);
  useCommandHandler('importFiles', () => void importer.chooseAndImport());
  useCommandHandler('importFolder', () => void importer.chooseFolderAndImport());
  useCommandHandler('importWithManifest', () => void importer.importWithManifest('files'));
  useCommandHandler('importFolderWithManifest', () => void importer.importWithManifest('folder'));
  useCommandHandler('applyManifest', () => void importer.applyManifest());
  useCommandHandler('importPreferences', () => setPreferences(true));
  return preferences ? <PreferencesDialog onClose={() => setPreferences(false)} /> : null;
}
