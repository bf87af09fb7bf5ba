// The registry's list of projects, as the project switcher shows it.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { addProject, listProjects, RegistryDatabase } from '../../../renderer/db/registry';

let registry: RegistryDatabase;
beforeEach(() => {
  registry = new RegistryDatabase(undefined, `registry-${crypto.randomUUID()}`);
});
afterEach(() => registry.close());

test('lists projects in alphabetical order whatever their case or accents', async () => {
  for (const name of ['beta', 'Zeta', 'Évaluation', 'Alpha']) await addProject(registry, name);
  expect((await listProjects(registry)).map((p) => p.name)).toEqual(['Alpha', 'beta', 'Évaluation', 'Zeta']);
});

test('a project added under a name another project has gets a name the switcher can tell apart', async () => {
  await addProject(registry, 'Sample project');
  const second = await addProject(registry, 'Sample project');
  const third = await addProject(registry, 'sample project');
  expect(second.name).toBe('Sample project (2)');
  expect(third.name).toBe('sample project (3)');
  expect((await listProjects(registry)).map((p) => p.name)).toEqual(['Sample project', 'Sample project (2)', 'sample project (3)']);
});

test('a project whose name (from a file) is blank or spread over lines is listed under a name that can be read', async () => {
  const blank = await addProject(registry, ' \t ');
  const lines = await addProject(registry, '  Housing\n pledges\r\n2019 ');
  expect(blank.name).toBe('Untitled project');
  expect(lines.name).toBe('Housing pledges 2019');
  expect((await listProjects(registry)).map((p) => p.name)).toEqual(['Housing pledges 2019', 'Untitled project']);
});
