// The open project, its database and the current coder, for every screen below it.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { liveQuery } from 'dexie';
import type { CoderRecord } from '../../../shared/model';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { ensureCoder } from '../../db/coders';
import { addDefaultCodebook } from '../../db/codes';
import {
  CURRENT_CODER,
  getSetting,
  markOpened,
  RegistryDatabase,
  removeProjectEntry,
  renameProject as renameInRegistry,
  restoreProjectEntry,
  setSetting,
  type ProjectEntry,
} from '../../db/registry';
import { failureReason } from '../../db/writeFailure';
import { useAnnounce } from '../../ui/Announcer';
import { saveEverything } from '../../ui/saveBeforeClosing';
import { fillSampleProject, SAMPLE_PROJECT_NAME } from '../sample/sampleProject';
import { deleteProjectDatabase } from './projectDeletion';
import { forgetHistory } from '../../db/undoHistory';
import {
  coderForNextProject,
  createProject,
  openProjectDatabase,
  openStartingProject,
  openWorkspace,
  projectInPlaceOf,
  WELCOMED,
  type BeforeUpgrade,
} from './workspace';

export interface ProjectContextValue {
  registry: RegistryDatabase;
  project: ProjectEntry;
  db: ProjectDatabase;
  coder: CoderRecord;
  showWelcome: boolean;
  switchProject(id: string): Promise<void>;
  createEmptyProject(name: string): Promise<void>;
  createSampleProject(): Promise<void>;
  renameProject(name: string): Promise<void>;
  /**
   * Deletes the open project: writes pending typing, then `backUp` (false, having said why, when the
   * backup failed: nothing is deleted then), opens the other project opened most recently (a new empty
   * one when it was the last), and removes the project's entry and database. Its backups stay. False
   * when nothing was deleted.
   */
  deleteProject(backUp: () => Promise<boolean>): Promise<boolean>;
  setCoder(coder: CoderRecord): Promise<void>;
  finishWelcome(): Promise<void>;
  /**
   * Why the open project must stay open for now (an import is writing into it), or null. While it is
   * set, switching and creating projects are refused with this reason: switching closes the
   * database, and whatever was still writing into it would fail ("Database has been closed").
   */
  switchingHeld: string | null;
  /** Holds the project open for `reason` until the returned release is called (useHoldProject). */
  holdProject(reason: string): () => void;
  /**
   * Set when another window deleted the project that was open here, and this window opened another in
   * its place: what happened, for the project bar to say until `dismissDeletedElsewhere`.
   */
  deletedElsewhere: DeletedElsewhere | null;
  dismissDeletedElsewhere(): void;
}

/** The project another window deleted under this one, and the one this window opened instead. */
export interface DeletedElsewhere {
  deletedName: string;
  openName: string;
  /** The one opened is a new empty project: none other was left. */
  created: boolean;
}

const ProjectContext = createContext<ProjectContextValue | null>(null);

export function useProject(): ProjectContextValue {
  const value = useContext(ProjectContext);
  if (!value) throw new Error('useProject outside ProjectProvider');
  return value;
}

interface Open {
  project: ProjectEntry;
  db: ProjectDatabase;
  coder: CoderRecord;
  showWelcome: boolean;
}

const registry = new RegistryDatabase();

// One opening per page, however often the effect runs (React runs effects twice in development):
// two concurrent first starts would each create a first project.
let opening: Promise<Awaited<ReturnType<typeof openWorkspace>>> | null = null;
const openWorkspaceOnce = () => (opening ??= openWorkspace(registry));

interface ProjectProviderProps {
  children: ReactNode;
  fallback: (error: Error | null) => ReactNode;
  /** Backs a project up before its schema is upgraded (workspace.ts BeforeUpgrade). */
  beforeUpgrade?: BeforeUpgrade;
}

export function ProjectProvider({ children, fallback, beforeUpgrade }: ProjectProviderProps) {
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [deletedElsewhere, setDeletedElsewhere] = useState<DeletedElsewhere | null>(null);
  const announce = useAnnounce();
  // The window's coder as last set, for a switch asked for before the re-render that a coder set a
  // moment ago causes (the welcome dialog names the coder, then opens the sample).
  const coderRef = useRef<CoderRecord | null>(null);
  // The holds, in a ref too: a switch asked for in the same tick as a hold must see it.
  const [holds, setHolds] = useState<ReadonlyArray<{ reason: string }>>([]);
  const holdsRef = useRef(holds);
  const holdProject = useCallback((reason: string) => {
    const hold = { reason };
    holdsRef.current = [...holdsRef.current, hold];
    setHolds(holdsRef.current);
    return () => {
      holdsRef.current = holdsRef.current.filter((h) => h !== hold);
      setHolds(holdsRef.current);
    };
  }, []);
  /** False, having said why, while the open project is held. */
  const mayLeave = useCallback(() => {
    const held = holdsRef.current[0];
    if (held) announce(held.reason);
    return !held;
  }, [announce]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const workspace = await openWorkspaceOnce();
      const { project, db, unopened } = await openStartingProject(registry, workspace, beforeUpgrade);
      if (cancelled) db.close();
      else {
        coderRef.current = workspace.coder;
        setOpen({ ...workspace, project, db });
        if (unopened) {
          announce(`“${unopened.project.name}” could not be opened: ${failureReason(unopened.error)}. “${project.name}” is open instead; “${unopened.project.name}” stays in the project list, and its backups are under Backups.`);
        }
      }
    })().catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))));
    return () => {
      cancelled = true;
    };
    // Once per window (the project opened at start): `beforeUpgrade` is the app's one function.
  }, []);

  const switchTo = useCallback(
    async (project: ProjectEntry) => {
      const coder = coderForNextProject(coderRef.current!, await getSetting<CoderRecord>(registry, CURRENT_CODER));
      const db = await openProjectDatabase(project.id, coder, beforeUpgrade);
      await markOpened(registry, project.id);
      // Typing kept back to be saved a moment later (a memo) is written now, into the project it was
      // typed in: a moment later that project is closed, and an editor left open on a target of the
      // same id (a copy of the project keeps every row id) would save it into this one.
      await saveEverything();
      coderRef.current = coder;
      setOpen((previous) => {
        previous?.db.close();
        return { project, db, coder, showWelcome: previous?.showWelcome ?? false };
      });
    },
    [beforeUpgrade],
  );

  // Another window renames the open project: the name this window gives it (dialogs, backups) follows.
  const openId = open?.project.id;
  useEffect(() => {
    if (!openId) return undefined;
    const subscription = liveQuery(() => registry.projects.get(openId)).subscribe({
      next: (entry) => {
        if (entry) setOpen((previous) => (previous && previous.project.id === openId && previous.project.name !== entry.name ? { ...previous, project: { ...previous.project, name: entry.name } } : previous));
      },
      // A registry that cannot be read keeps the name shown; the project bar's list reads it too.
      error: () => {},
    });
    return () => subscription.unsubscribe();
  }, [openId]);

  // Another window deletes the open project: its database tells each connection at once (a version
  // change to no version), and closes this one for good (projectDatabase.ts), so that every later
  // write here would fail. The window opens another project as deleting here does, and says so, even
  // while the project is held (an import writing into it fails anyway: its storage is gone).
  // It only starts the switch, and the switch needs no open connection.
  const openRef = useRef(open);
  openRef.current = open;
  const openDb = open?.db;
  useEffect(() => {
    if (!openDb) return undefined;
    return openDb.onDeletedElsewhere(() => {
      void (async () => {
        const deleted = openRef.current;
        if (deleted?.db !== openDb) return;
        try {
          const instead = await projectInPlaceOf(registry, deleted.project.id);
          // Saves what was typed in the deleted project first (switchTo): it cannot be, and each
          // editor says so with its text, where the researcher can copy it.
          await switchTo(instead.project);
          forgetHistory(openDb.name);
          setDeletedElsewhere({ deletedName: deleted.project.name, openName: instead.project.name, created: instead.created });
        } catch (error) {
          announce(`“${deleted.project.name}” was deleted in another window, and no other project could be opened here: ${failureReason(error)}. Reload the window.`);
        }
      })();
    });
  }, [openDb, switchTo, announce]);

  const value = useMemo<ProjectContextValue | null>(() => {
    if (!open) return null;
    return {
      registry,
      ...open,
      switchingHeld: holds[0]?.reason ?? null,
      holdProject,
      deletedElsewhere,
      dismissDeletedElsewhere: () => setDeletedElsewhere(null),
      switchProject: async (id) => {
        if (!mayLeave()) return;
        const project = await registry.projects.get(id);
        if (project) await switchTo(project);
      },
      createEmptyProject: async (name) => {
        if (!mayLeave()) return;
        const project = await createProject(registry, name, async (db) => {
          await addDefaultCodebook(db);
        });
        await switchTo(project);
      },
      createSampleProject: async () => {
        if (!mayLeave()) return;
        const coder = coderRef.current!;
        const project = await createProject(registry, SAMPLE_PROJECT_NAME, (db) => fillSampleProject(db, coder.id, coder.color));
        await switchTo(project);
      },
      deleteProject: async (backUp) => {
        if (!mayLeave()) return false;
        const doomed = open.project;
        // Typing kept back (a memo) belongs in the backup.
        await saveEverything();
        if (!(await backUp())) return false;
        // Off the list before a first project is made in its place (projectInPlaceOf).
        await removeProjectEntry(registry, doomed.id);
        try {
          await switchTo((await projectInPlaceOf(registry, doomed.id)).project);
        } catch (error) {
          // Still open, so still listed (and not counted as deleted).
          await restoreProjectEntry(registry, doomed);
          throw new Error(`nothing was deleted, because no other project could be opened in its place: ${failureReason(error)}`, { cause: error });
        }
        open.db.close();
        forgetHistory(open.db.name);
        try {
          await deleteProjectDatabase(doomed.id);
        } catch (error) {
          throw new Error(`it is off the project list and its backups are kept, but its data could not be removed from Framewise’s storage: ${failureReason(error)}`, { cause: error });
        }
        return true;
      },
      renameProject: async (name) => {
        await renameInRegistry(registry, open.project.id, name);
        setOpen((previous) => previous && { ...previous, project: { ...previous.project, name } });
      },
      setCoder: async (coder) => {
        // The project's row first: the registry's coder is who the next project opened in this window
        // codes as, so it must not name a coder whose write failed here.
        await ensureCoder(open.db, coder);
        await setSetting(registry, CURRENT_CODER, coder);
        coderRef.current = coder;
        setOpen((previous) => previous && { ...previous, coder });
      },
      finishWelcome: async () => {
        await setSetting(registry, WELCOMED, true);
        setOpen((previous) => previous && { ...previous, showWelcome: false });
      },
    };
  }, [open, switchTo, holds, holdProject, mayLeave, deletedElsewhere]);

  if (!value) return <>{fallback(error)}</>;
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}

/**
 * Keeps the open project open while `reason` is set (an import writing into it, say): switching or
 * creating a project is refused meanwhile, saying this reason.
 */
export function useHoldProject(reason: string | null): void {
  const { holdProject } = useProject();
  useEffect(() => (reason ? holdProject(reason) : undefined), [reason, holdProject]);
}
