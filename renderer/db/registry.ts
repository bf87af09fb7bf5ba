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

export function listProjects(registry: RegistryDatabase): Promise<ProjectEntry[]> {
  return registry.projects.orderBy('name').toArray();
}

export async function addProject(registry: RegistryDatabase, name: string, id: string = newId()): Promise<ProjectEntry> {
  const at = nowIso();
  const entry: ProjectEntry = { id, name, createdAt: at, openedAt: at };
  await registry.projects.add(entry);
  return entry;
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

export async function markOpened(registry: RegistryDatabase, projectId: string): Promise<void> {
  await registry.transaction('rw', registry.projects, registry.settings, async () => {
    await registry.projects.update(projectId, { openedAt: nowIso() });
    await registry.settings.put({ key: CURRENT_PROJECT, value: projectId });
  });
}

export function newCoder(name: string, color: string): CoderRecord {
  return { id: newId(), name, color };
}
