// The registry: which projects exist, which one is open, and who the current coder is. Small, one per
// installation, separate from the project databases so that a damaged project cannot hide the others.
import Dexie, { type EntityTable } from 'dexie';
import type { CoderRecord } from '../../shared/model';
import { newId, nowIso } from './ids';

export interface ProjectEntry {
  id: string;
  name: string;
  createdAt: string;
  openedAt: string;
}

interface Setting {
  key: string;
  value: unknown;
}

export class RegistryDatabase extends Dexie {
  projects!: EntityTable<ProjectEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  /** `name`: tests that need two installations side by side give the second another. */
  constructor(options?: ConstructorParameters<typeof Dexie>[1], name = 'framewise-registry') {
    super(name, options);
    this.version(1).stores({ projects: 'id, name, openedAt', settings: 'key' });
  }
}

/** In alphabetical order as a person reads it (the index's order puts every capital before “a”). */
export async function listProjects(registry: RegistryDatabase): Promise<ProjectEntry[]> {
  const projects = await registry.projects.toArray();
  return projects.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * Whether two project names would read as one in the switcher (case aside: typing either finds both).
 * The project dialogs refuse such a name; `addProject` numbers it.
 */
export function sameProjectName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;
}

const UNTITLED_PROJECT = 'Untitled project';

/**
 * Adds a project under `name`, or, when another project has that name already (a second sample
 * project, a file opened beside the project it was saved from), under “name (2)”, “name (3)”…: two
 * entries of one name in the switcher could not be told apart. A name read from a file may be blank
 * or hold line breaks, which the one-line switcher cannot show: its spaces are made single, and a
 * blank one is “Untitled project”. The entry says the name it got.
 */
export async function addProject(registry: RegistryDatabase, name: string, id: string = newId()): Promise<ProjectEntry> {
  const readable = name.replace(/\s+/gu, ' ').trim() || UNTITLED_PROJECT;
  return registry.transaction('rw', registry.projects, registry.settings, async () => {
    const names = (await registry.projects.toArray()).map((p) => p.name);
    const free = (candidate: string) => !names.some((taken) => sameProjectName(taken, candidate));
    let unique = readable;
    for (let n = 2; !free(unique); n++) unique = `${readable} (${n})`;
    const at = nowIso();
    const entry: ProjectEntry = { id, name: unique, createdAt: at, openedAt: at };
    await registry.projects.add(entry);
    // A deleted project restored as new keeps its id when it is free: listed again, it is no longer deleted.
    const deleted = await deletedProjectIds(registry);
    if (deleted.has(id)) await setSetting(registry, DELETED_PROJECTS, [...deleted].filter((d) => d !== id));
    return entry;
  });
}

export async function renameProject(registry: RegistryDatabase, id: string, name: string): Promise<void> {
  await registry.projects.update(id, { name });
}

export async function getSetting<T>(registry: RegistryDatabase, key: string): Promise<T | undefined> {
  return (await registry.settings.get(key))?.value as T | undefined;
}

export async function setSetting(registry: RegistryDatabase, key: string, value: unknown): Promise<void> {
  await registry.settings.put({ key, value });
}

export const CURRENT_PROJECT = 'currentProjectId';
export const CURRENT_CODER = 'currentCoder';
/**
 * The ids of the projects the researcher deleted. Their backups stay in the data folder: the start's
 * look for lost projects must not offer them back (a project with backups and no database), and the
 * Backups place names them as deleted.
 */
export const DELETED_PROJECTS = 'deletedProjectIds';

export async function deletedProjectIds(registry: RegistryDatabase): Promise<ReadonlySet<string>> {
  return new Set((await getSetting<string[]>(registry, DELETED_PROJECTS)) ?? []);
}

/** Takes the project off the list and records it as deleted, in one transaction. */
export async function removeProjectEntry(registry: RegistryDatabase, projectId: string): Promise<void> {
  await registry.transaction('rw', registry.projects, registry.settings, async () => {
    const deleted = await deletedProjectIds(registry);
    await registry.projects.delete(projectId);
    await setSetting(registry, DELETED_PROJECTS, [...new Set([...deleted, projectId])]);
  });
}

/** Undoes `removeProjectEntry` when what had to follow it failed: the project is listed again, as it was. */
export async function restoreProjectEntry(registry: RegistryDatabase, entry: ProjectEntry): Promise<void> {
  await registry.transaction('rw', registry.projects, registry.settings, async () => {
    const deleted = await deletedProjectIds(registry);
    await registry.projects.put(entry);
    await setSetting(registry, DELETED_PROJECTS, [...deleted].filter((id) => id !== entry.id));
  });
}

export async function markOpened(registry: RegistryDatabase, projectId: string): Promise<void> {
  await registry.transaction('rw', registry.projects, registry.settings, async () => {
    await registry.projects.update(projectId, { openedAt: nowIso() });
    await registry.settings.put({ key: CURRENT_PROJECT, value: projectId });
  });
}

export function newCoder(name: string, color: string): CoderRecord {
  return { id: newId(), name, color };
}
