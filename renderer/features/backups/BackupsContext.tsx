// Backups for the open project, for every screen below the project: the backup on opening it and on
// the timer while it changes (once the researcher pauses: automaticBackups.ts), `backupBefore` for
// the writers of destructive operations, the status the Backups screen and the status line show, and
// the checks made once at start (lost projects to offer back, the library's cleanup).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DestructiveOperation } from '../../../shared/backup/backupSchedule';
import { call } from '../../api';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { appBackups, backupRegistry } from './appBackups';
import { ipcBackupFiles } from './backupFiles';
import type { BackedUpProject, BackupService, BackupStatus } from './backupService';
import { startAutomaticBackups } from './automaticBackups';
import { trackChanges } from './changeMark';
import { afterPauseWhenFree, PAUSE_MS, windowPauses } from './inputPause';
import { finishLibraryCleanup, libraryHeld, startLibraryCleanup } from './libraryCleanupGate';
import { findLostProjects, lostProjectsCheckFailed, originalsInProjects, type LostProject } from './startupChecks';
import { saveEverything } from '../../ui/saveBeforeClosing';

/** How often the window asks whether a backup is due (the interval itself is a preference). */
const TIMER_MS = 60_000;

export interface BackupsValue {
  service: BackupService;
  status: BackupStatus;
  project: BackedUpProject;
  /**
   * Backs the project up before a destructive operation when it would destroy work. False (having
   * said why in the status line) when the backup failed: the caller then does not go ahead.
   */
  backupBefore(operation: DestructiveOperation, what: string): Promise<boolean>;
  lostProjects: LostProject[];
  dismissLost(projectId: string): void;
}

const BackupsContext = createContext<BackupsValue | null>(null);

export function useBackups(): BackupsValue {
  const value = useContext(BackupsContext);
  if (!value) throw new Error('useBackups outside BackupsProvider');
  return value;
}

// Once per window, whatever the provider's life.
let startupChecks: Promise<LostProject[]> | null = null;
// What holds the open project now (ProjectContext's holds: an import writing its batches), read by the
// waits below, which may outlive the provider that started them.
const projectHold: { current: unknown } = { current: null };
const projectHeld = () => projectHold.current !== null;

export function BackupsProvider({ children }: { children: ReactNode }) {
  const { project: entry, db, coder, switchingHeld } = useProject();
  const announce = useAnnounce();
  const service = appBackups();
  const [status, setStatus] = useState(() => service.statusOf(entry.id));
  const [lostProjects, setLostProjects] = useState<LostProject[]>([]);
  const project = useMemo<BackedUpProject>(() => ({ id: entry.id, name: entry.name, writtenBy: { coderId: coder.id, name: coder.name } }), [entry.id, entry.name, coder.id, coder.name]);

  // The open project's status only: the project opened before keeps its own.
  useEffect(() => {
    setStatus(service.statusOf(project.id));
    return service.subscribe((changed, projectId) => {
      if (projectId === project.id) setStatus(changed);
    });
  }, [service, project.id]);
  useEffect(() => {
    if (status.failure) announce(status.failure);
  }, [status.failure, announce]);

  useEffect(() => trackChanges(backupRegistry(), project.id), [project.id]);

  // On opening (and reopening) the project, then on the timer, each once the researcher pauses and no
  // import (or other hold on the project) is running.
  // The project's name and coder as they are when the backup is taken (a rename is not an opening).
  const projectRef = useRef(project);
  projectRef.current = project;
  projectHold.current = switchingHeld;
  useEffect(() => {
    const pauses = windowPauses();
    const automatic = startAutomaticBackups(service, db, () => projectRef.current, (signal) => afterPauseWhenFree(pauses, PAUSE_MS, signal, projectHeld));
    const timer = window.setInterval(automatic.tick, TIMER_MS);
    return () => {
      window.clearInterval(timer);
      automatic.stop();
    };
  }, [db, service]);

  useEffect(() => {
    startupChecks ??= (async () => {
      // A reload leaves main holding the window's last reason not to close; none holds now.
      await call('holdClosing', null).catch(() => null);
      // The look for lost projects and the library's cleanup read every project's documents and list
      // the backups and the library: they wait for the researcher's first pause (or the longest wait
      // for one), as automatic backups do, so as not to slow the document opened first; and while an
      // import holds the project, since the cleanup must not list the originals in use before the
      // import's last rows are written.
      await afterPauseWhenFree(windowPauses(), PAUSE_MS, new AbortController().signal, () => projectHeld() || libraryHeld());
      const lost = await findLostProjects(service, ipcBackupFiles, backupRegistry());
      // Not if work that stores originals began meanwhile: the cleanup then waits for the next start.
      if (startLibraryCleanup()) {
        try {
          const inUse = await originalsInProjects();
          await call('cleanUpLibrary', { inUse });
        } catch (error) {
          console.error(new Error('The library was not cleaned up', { cause: error }));
        } finally {
          finishLibraryCleanup();
        }
      }
      return lost;
    })();
    void startupChecks.then(setLostProjects, (error: unknown) => {
      // Not a mere console line: a researcher whose profile was lost would never hear that the offer
      // to restore it could not be made. The console keeps the cause, for a bug report.
      console.error(new Error('Could not look for lost projects', { cause: error }));
      announce(lostProjectsCheckFailed(error));
    });
  }, [service, announce]);

  const backupBefore = useCallback(
    async (operation: DestructiveOperation, what: string) => {
      try {
        // Typing kept back a moment (a memo) is written first, so that the backup holds it, and a
        // step that replaces the project does not have it written over, or into, what comes after.
        await saveEverything();
        await service.before(project, operation);
        return true;
      } catch (error) {
        announce(`Nothing was ${what}: Framewise could not back the project up first. ${(error as Error).message}`);
        return false;
      }
    },
    [service, project, announce],
  );

  const dismissLost = useCallback((projectId: string) => setLostProjects((lost) => lost.filter((p) => p.projectId !== projectId)), []);

  const value = useMemo<BackupsValue>(() => ({ service, status, project, backupBefore, lostProjects, dismissLost }), [service, status, project, backupBefore, lostProjects, dismissLost]);
  return <BackupsContext.Provider value={value}>{children}</BackupsContext.Provider>;
}
