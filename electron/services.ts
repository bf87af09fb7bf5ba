// The side effects the main process's handlers use, passed in rather than imported, so every handler
// runs under plain Node in tests with a temporary folder and a scripted dialog.
import type { EventName, Events } from '../shared/ipc';
import type { Extractor } from './extract/extractor';

export interface DialogService {
  /** Absolute paths the user chose; empty when they cancelled. */
  chooseFiles(options: { title: string; extensions: readonly string[]; multiple?: boolean }): Promise<string[]>;
  /** The chosen folder, or null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** The chosen absolute path, or null when cancelled. */
  chooseSaveFile(options: { title: string; suggestedName: string; extensions: readonly string[] }): Promise<string | null>;
}

export interface ShellService {
  /** Opens a file with the system's default application; resolves to an error message, or '' on success. */
  openPath(path: string): Promise<string>;
  /** Shows the file in the system's file manager (selected, where the system can) without opening it. */
  showItemInFolder(path: string): void;
}

export interface Services {
  appVersion: string;
  /** `<userData>`: where the library, backups and preferences live. */
  dataPath: string;
  dialog: DialogService;
  shell: ShellService;
  extractor: Extractor;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}
