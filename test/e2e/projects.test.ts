// Projects: a first project exists on first start; researchers create, rename and switch projects,
// and each keeps its own documents and codings, also after a restart.
import { afterEach, expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog } from './actions';
import { seedPaths } from './corpus';

let app: App | undefined;
afterEach(async () => app?.dispose());

test('create, rename and switch projects; each keeps its own documents across a restart', async () => {
  app = await launchApp();
  const { page } = app;
  const projectSelect = page.getByRole('combobox', { name: 'Project' });
  await expect.poll(() => projectSelect.locator('option:checked').innerText()).toBe('My project');
  await importThroughDialog(app, [seedPaths()[0]!]);

  await page.getByRole('button', { name: 'New project…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Project name').fill('Second study');
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect.poll(() => projectSelect.locator('option:checked').innerText()).toBe('Second study');
  const documents = page.getByRole('navigation', { name: /Documents/ }).getByRole('button');
  await expect.poll(() => documents.count()).toBe(0);
  await importThroughDialog(app, [seedPaths()[1]!, seedPaths()[2]!]);
  await expect.poll(() => documents.count()).toBe(2);

  await page.getByRole('button', { name: 'Rename project…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename project' });
  await rename.getByLabel('Project name').fill('Framing study');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect.poll(() => projectSelect.locator('option').allInnerTexts()).toEqual(['Framing study', 'My project']);

  await projectSelect.selectOption({ label: 'My project' });
  await expect.poll(() => documents.allInnerTexts()).toEqual([expect.stringMatching(/^000_8fa37899decf97f1/)]);

  // After a restart the last project opened is open again, with its documents.
  app = await app.relaunch();
  await expect.poll(() => app!.page.getByRole('combobox', { name: 'Project' }).locator('option:checked').innerText()).toBe('My project');
  await app.page.getByRole('combobox', { name: 'Project' }).selectOption({ label: 'Framing study' });
  await expect.poll(() => app!.page.getByRole('navigation', { name: /Documents/ }).getByRole('button').count()).toBe(2);
  expect(app.pageErrors).toEqual([]);
});
