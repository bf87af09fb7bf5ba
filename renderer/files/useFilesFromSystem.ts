// Opens the files the system hands Framewise (a .framewise or .qdpx double-clicked in the file manager):
// main grants each and keeps it until the window takes it (electron/openedFiles.ts). Taken at start
// (the file that started Framewise came before the window listened) and whenever main says more came.
// Each opens only when the window is free: while a dialog asks a question first, or the project is
// held (an import writing into it), the file waits, the researcher is told so, and it opens after.
// One at a time: the next waits until the one before has been answered. Each kind of file is opened
// by the feature that opens it from a dialog (useSystemFileOpener): project files by the backups'
// "Open project file…", REFI-QDA projects by the interop's import.
import { useEffect, useReducer, useRef } from 'react';
import { call, onMainEvent } from '../api';
import { useAnnounce } from '../ui/Announcer';
import { failureReason } from '../db/writeFailure';
import { fileNameOf, kindOfFile, waitingMessage, WaitingFiles, type Busy, type SystemFileKind } from './filesFromSystem';
import { modalOpen } from '../ui/modalOpen';

/** Opens a file, resolving once the researcher has answered what it asked (the file is placed, or not). */
export type SystemFileOpener = (path: string) => Promise<void>;

const openers = new Map<SystemFileKind, { current: SystemFileOpener }>();

/** Opens files of this kind, while the calling component is mounted; `open` may change every render. */
export function useSystemFileOpener(kind: SystemFileKind, open: SystemFileOpener): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    openers.set(kind, latest);
    return () => {
      if (openers.get(kind) === latest) openers.delete(kind);
    };
  }, [kind]);
}


/** `held`: why the open project must stay open now (useProject's switchingHeld), or null. */
export function useFilesFromSystem(held: string | null): void {
  const announce = useAnnounce();
  const files = useRef<WaitingFiles | null>(null);
  files.current ??= new WaitingFiles();
  const waiting = files.current;
  // Looks again whether the next file can open: when files come, a dialog comes or goes, one is opened.
  const [, lookAgain] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    // Taken files are kept whatever happens to this effect: main hands each over once.
    const take = () =>
      void call('takeOpenedFiles')
        .then((paths) => {
          waiting.add(paths);
          lookAgain();
        })
        .catch((error: unknown) => announce(`Framewise could not take the files it was asked to open: ${failureReason(error)}. Open them again.`));
    const stop = onMainEvent('filesOpened', take);
    take();
    return stop;
  }, [waiting, announce]);

  // React Aria puts its dialogs directly in the body.
  useEffect(() => {
    const overlays = new MutationObserver(lookAgain);
    overlays.observe(document.body, { childList: true });
    return () => overlays.disconnect();
  }, []);

  useEffect(() => {
    if (!waiting.ready) return;
    const busy: Busy | null = modalOpen() ? { kind: 'dialog' } : held ? { kind: 'held', reason: held } : null;
    if (busy) {
      const untold = waiting.untold(busy);
      if (untold.length) announce(waitingMessage(untold, busy));
      return;
    }
    const path = waiting.start()!;
    const kind = kindOfFile(path);
    const opener = kind ? openers.get(kind)?.current : undefined;
    const opening = opener ? opener(path) : Promise.reject(new Error('Framewise opens only project files (.framewise) and REFI-QDA projects (.qdpx) this way'));
    void opening
      .catch((error: unknown) => announce(`“${fileNameOf(path)}” was not opened: ${failureReason(error)}. Nothing was changed.`))
      .finally(() => {
        waiting.done();
        lookAgain();
      });
  });
}
