// The dialog service backed by Electron's native dialogs.
import { dialog, type BrowserWindow } from 'electron';
import type { DialogService } from './services';

export function nativeDialog(window: () => BrowserWindow | null): DialogService {
  return {
    async chooseFiles({ title, extensions, multiple = true }) {
      const options = {
        title,
        properties: (multiple ? ['openFile', 'multiSelections'] : ['openFile']) as Array<'openFile' | 'multiSelections'>,
        filters: [{ name: 'Documents', extensions: [...extensions] }],
      };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseFolder({ title }) {
      const options = { title, properties: ['openDirectory'] as Array<'openDirectory'> };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveFile({ title, suggestedName, extensions }) {
      const options = { title, defaultPath: suggestedName, filters: [{ name: extensions.join(', ').toUpperCase(), extensions: [...extensions] }] };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
