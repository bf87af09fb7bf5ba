// Opening the workspace at start: the registry of projects, the project to show, the current coder.
// On first start a first project exists before anything is shown, so the app never opens empty.
import type { CoderRecord } from '../../../shared/model';
import { CODER_COLORS } from '../../../shared/coders/coderColors';
import { CONSENSUS_CODER_ID } from '../../../shared/coders/consensusCoder';
import { LATEST_VERSION, ProjectDatabase } from '../../db/projectDatabase';
import { storedVersion } from '../../db/storedVersion';
import { addDefaultCodebook } from '../../db/codes';
import { ensureCoder } from '../../db/coders';
import { dropMissingSetMembers } from '../../db/documentSets';
import { newId } from '../../db/ids';
import { projectToOpenInstead } from './projectDeletion';
import {
  addProject,
  CURRENT_CODER,
  CURRENT_PROJECT,
  getSetting,
  listProjects,
  markOpened,
  newCoder,
  setSetting,
  type ProjectEntry,
  type RegistryDatabase,
} from '../../db/registry';

export const FIRST_PROJECT_NAME = 'My project';
export const WELCOMED = 'welcomed';

export interface Workspace {
  project: ProjectEntry;
  coder: CoderRecord;
  /** True until the researcher has answered the welcome (coder name, sample project). */
  showWelcome: boolean;
}

export async function openWorkspace(registry: RegistryDatabase): Promise<Workspace> {
  let projects = await listProjects(registry);
  if (projects.length === 0) {
    await createProject(registry, FIRST_PROJECT_NAME, async (db) => {
      await addDefaultCodebook(db);
    });
    projects = await listProjects(registry);
  }
  let coder = await getSetting<CoderRecord>(registry, CURRENT_CODER);
  // Before the Coders dialog stopped offering it, a researcher could switch to the consensus coder,
  // and the current coder follows them into every project: their everyday codings would read as
  // settled disagreements there. Nobody codes as Consensus; they start as a coder of their own.
  if (!coder || coder.id === CONSENSUS_CODER_ID) {
    coder = newCoder('Coder 1', CODER_COLORS[0]!);
    await setSetting(registry, CURRENT_CODER, coder);
  }
  const currentId = await getSetting<string>(registry, CURRENT_PROJECT);
  const project =
    projects.find((p) => p.id === currentId) ?? [...projects].sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0]!;
  await markOpened(registry, project.id);
  const welcomed = (await getSetting<boolean>(registry, WELCOMED)) === true;
  return { project, coder, showWelcome: !welcomed };
}

/**
 * Creates a project and fills it (codebook, sample documents) before the registry lists it, so a
 * failure half-way never leaves a half-made project in the project list.
 */
export async function createProject(
  registry: RegistryDatabase,
  name: string,
  fill: (db: ProjectDatabase) => Promise<void>,
): Promise<ProjectEntry> {
  const id = newId();
  const db = new ProjectDatabase(id);
  try {
    await fill(db);
  } catch (error) {
    await db.delete();
    throw error;
  } finally {
    db.close();
  }
  return addProject(registry, name, id);
}

/**
 * The project to open in place of a deleted one (deleted here or in another window): the other opened
 * most recently or, when none is left, a new empty project named as on a first start. The deleted
 * project must be off the list already, so that the new one may take the first project's name even
 * when the deleted one had it. `created` says which.
 */
export async function projectInPlaceOf(registry: RegistryDatabase, deletedId: string): Promise<{ project: ProjectEntry; created: boolean }> {
  const other = await projectToOpenInstead(registry, deletedId);
  if (other) return { project: other, created: false };
  const project = await createProject(registry, FIRST_PROJECT_NAME, async (db) => {
    await addDefaultCodebook(db);
  });
  return { project, created: true };
}

/**
 * Who codes in the project a window opens next: the window's own coder, whoever another window has
 * switched to since (the registry's coder, which only a new window starts as). Codings are attributed
 * to the coder, and agreement compares coders: a window that silently took on another window's coder
 * (two people side by side, or one entering a colleague's codings there) would file this person's
 * work under someone else's name. The same coder renamed or recoloured elsewhere keeps that change,
 * so that opening a project here does not write the old name back into it.
 */
export function coderForNextProject(windowCoder: CoderRecord, registryCoder: CoderRecord | undefined): CoderRecord {
  return registryCoder?.id === windowCoder.id ? registryCoder : windowCoder;
}

/**
 * Runs before a project stored at an older schema version is upgraded: the app backs it up there
 * (features/backups), and the upgrade does not run when that fails.
 */
export type BeforeUpgrade = (projectId: string, from: number, to: number) => Promise<void>;

/** A project that could not be opened at start, and why. */
export interface UnopenedProject {
  project: ProjectEntry;
  error: unknown;
}

/**
 * The project to work in at start: the one the workspace names or, when it cannot be opened (stored
 * by a newer Framewise, damaged, its upgrade refused because the backup before it failed), the one
 * opened most recently after it that can. One project that cannot open must not keep the researcher
 * from every other: the registry is a database of its own, and the project list still lists it.
 * Throws the first project's error when none opens.
 */
export async function openStartingProject(
  registry: RegistryDatabase,
  workspace: Workspace,
  beforeUpgrade?: BeforeUpgrade,
): Promise<{ project: ProjectEntry; db: ProjectDatabase; unopened: UnopenedProject | null }> {
  let unopened: UnopenedProject;
  try {
    return { project: workspace.project, db: await openProjectDatabase(workspace.project.id, workspace.coder, beforeUpgrade), unopened: null };
  } catch (error) {
    unopened = { project: workspace.project, error };
  }
  // Only once the first has failed: every start would otherwise read the whole project list for nothing.
  const others = (await listProjects(registry)).filter((p) => p.id !== workspace.project.id).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  for (const project of others) {
    try {
      const db = await openProjectDatabase(project.id, workspace.coder, beforeUpgrade);
      await markOpened(registry, project.id);
      return { project, db, unopened };
    } catch {
      // The next one, then; the first project's reason is the one said.
    }
  }
  throw unopened.error;
}

export async function openProjectDatabase(projectId: string, coder: CoderRecord, beforeUpgrade?: BeforeUpgrade): Promise<ProjectDatabase> {
  if (beforeUpgrade) {
    const stored = await storedVersion(projectId);
    if (stored !== null && stored < LATEST_VERSION) await beforeUpgrade(projectId, stored, LATEST_VERSION);
  }
  const db = new ProjectDatabase(projectId);
  try {
    await db.open();
    await ensureCoder(db, coder);
    await dropMissingSetMembers(db, coder.id);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
