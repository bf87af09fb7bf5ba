// Opening at start when the project to open cannot be opened (the backup before its upgrade failed,
// it is damaged): the project opened most recently before it opens instead, and the one that failed
// stays in the list, with the reason in plain words. One project that cannot open must not keep the
// researcher from every other.
import { afterEach, expect, test } from 'vitest';
import { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { listProjects, markOpened, RegistryDatabase } from '../../../../renderer/db/registry';
import { createProject, openStartingProject, openWorkspace, type BeforeUpgrade } from '../../../../renderer/features/projects/workspace';

const registry = new RegistryDatabase();
afterEach(async () => {
  await registry.projects.clear();
  await registry.settings.clear();
});

/** A project stored by an earlier Framewise (schema version 1), to be upgraded as it opens. */
async function storeAtFirstVersion(projectId: string): Promise<void> {
  const db = new ProjectDatabase(projectId, undefined, 1);
  await db.open();
  db.close();
}

// The backup before an upgrade fails (a full disk): the upgrade does not run, so the project does not open.
const backupFails: BeforeUpgrade = async () => {
  throw new Error('the backup before upgrading could not be written: the disk is full');
};

test('the project opened before it opens instead, and the one that failed is named with the reason and stays listed', async () => {
  const thesis = await createProject(registry, 'Thesis', async () => {});
  const pilot = await createProject(registry, 'Pilot', async () => {});
  await markOpened(registry, thesis.id);
  await markOpened(registry, pilot.id);
  await storeAtFirstVersion(pilot.id);

  const started = await openStartingProject(registry, await openWorkspace(registry), backupFails);
  expect(started.project.name).toBe('Thesis');
  expect(started.unopened?.project.name).toBe('Pilot');
  expect((started.unopened?.error as Error).message).toBe('the backup before upgrading could not be written: the disk is full');
  expect((await listProjects(registry)).map((p) => p.name)).toEqual(['Pilot', 'Thesis']);
  // The next start opens the project that opened.
  expect((await openWorkspace(registry)).project.name).toBe('Thesis');
  started.db.close();
});

test('when no project opens, the first one’s reason is given', async () => {
  const only = await createProject(registry, 'Thesis', async () => {});
  await storeAtFirstVersion(only.id);
  await expect(openStartingProject(registry, await openWorkspace(registry), backupFails)).rejects.toThrow('the disk is full');
});
