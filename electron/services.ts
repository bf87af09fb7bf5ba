// The side effects the main process's handlers use, passed in rather than imported, so every handler
// runs under plain Node in tests with a temporary folder and a scripted dialog.
import type { EventName, Events } from '../shared/ipc';
import type { Extractor } from './extract/extractor';

export interface DialogService {
  /** Absolute paths the user chose; empty when they cancelled. */
  chooseFiles(options: { title: string; extensions: readonly string[] }): Promise<string[]>;
  /** The chosen absolute path, or null when cancelled. */
  chooseSaveFile(options: { title: string; suggestedName: string; extensions: readonly string[] }): Promise<string | null>;
}

export interface Services {
  appVersion: string;
  /** `<userData>`: where the library, backups and preferences live. */
  dataPath: string;
  dialog: DialogService;
  extractor: Extractor;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}
