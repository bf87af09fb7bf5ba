// Typing kept back to be written a moment later (a memo saves a second after the last key) must not
// be lost when the window closes. Each editor that holds such typing registers how to write it now;
// when main says the window is closing (electron/closeGuard.ts), everything registered is written,
// then main is told it may close. An editor that goes away with a save still running stays
// registered until that save is done.
import { useEffect } from 'react';
import { call, onMainEvent } from '../api';

type SaveNow = () => Promise<void>;

const savers = new Set<SaveNow>();

/** Registers `saveNow` (writes what is unsaved, resolves once written); returns the unregistration. */
export function registerSaveBeforeClosing(saveNow: SaveNow): () => void {
  savers.add(saveNow);
  return () => savers.delete(saveNow);
}

/** Writes everything registered; a save that fails has said so itself (the status line keeps its text). */
export async function saveEverything(): Promise<void> {
  await Promise.allSettled([...savers].map((saveNow) => saveNow()));
}

/** Answers main's `saveBeforeClosing`: mounted once, in the window's root. */
export function SaveBeforeClosing(): null {
  useEffect(
    () =>
      onMainEvent('saveBeforeClosing', () => {
        void saveEverything().finally(() => void call('savedBeforeClosing').catch(() => {}));
      }),
    [],
  );
  return null;
}
