// The library's commands in the window's top bar: import a folder, import or apply a manifest, and
// the import preferences.
import { useState } from 'react';
import { MenuButton } from '../../ui/MenuButton';
import type { Importer } from './useImport';
import { PreferencesDialog } from './PreferencesDialog';
import { INTEROP_IMPORT_COMMANDS } from '../interop/interopCommands';

export function LibraryCommands({ importer }: { importer: Importer }) {
  const [preferences, setPreferences] = useState(false);
  return (
    <>
      <button type="button" onClick={() => void importer.chooseFolderAndImport()}>
        Import folder…
      </button>
      <MenuButton
        label="More import options"
        items={[
          { label: 'Import with a manifest…', onSelect: () => void importer.importWithManifest('files') },
          { label: 'Import a folder with a manifest…', onSelect: () => void importer.importWithManifest('folder') },
          { label: 'Apply a manifest…', onSelect: () => void importer.applyManifest() },
          ...INTEROP_IMPORT_COMMANDS.map((c) => ({ label: c.name, onSelect: c.run })),
          { label: 'Import preferences…', onSelect: () => setPreferences(true) },
        ]}
      />
      {preferences ? <PreferencesDialog onClose={() => setPreferences(false)} /> : null}
    </>
  );
}
