// Every export goes out the same way: gather and serialise in the window, ask main to save the result
// through a save dialog of the export's purpose (which writes it whole or not at all), then say in the
// status line what went where, or why it failed. A cancelled dialog says nothing.
import { useCallback } from 'react';
import type { SavedFile, SaveFileRequest } from '../../shared/ipc';
import { call } from '../api';
import { useAnnounce } from '../ui/Announcer';

export interface Export {
  /** Leads the message when it fails: “The memos export failed”. */
  failure: string;
  /** Gathers what to save; `saved` says what was written where, for the status line. */
  prepare(): Promise<{ file: SaveFileRequest; saved(file: SavedFile): string }>;
}

/** The file saved, or null when the researcher cancelled the dialog. */
export function saveFile(file: SaveFileRequest): Promise<SavedFile | null> {
  return call('saveFile', file);
}

export async function runExport(what: Export, announce: (message: string) => void): Promise<void> {
  try {
    const { file, saved } = await what.prepare();
    const written = await saveFile(file);
    if (written) announce(saved(written));
  } catch (error) {
    announce(`${what.failure}: ${(error as Error).message}`);
  }
}

/** Runs an export and says how it went in the status line. */
export function useExport(): (what: Export) => Promise<void> {
  const announce = useAnnounce();
  return useCallback((what: Export) => runExport(what, announce), [announce]);
}
