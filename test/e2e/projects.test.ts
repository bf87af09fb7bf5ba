// Projects: a first project exists on first start; researchers create, rename and switch projects,
// and each keeps its own documents and codings, also after a restart. A project stays open while an
// import writes into it.
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { createProject, importThroughDialog } from './actions';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

test('create, rename and switch projects; each keeps its own documents across a restart', async () => {
  app = await launchApp();
  const { page } = app;
  const projectSelect = page.getByRole('combobox', { name: 'Project' });
  await expect.poll(() => projectSelect.locator('option:checked').innerText()).toBe('My project');
  await importThroughDialog(app, [pressPaths()[0]!]);

  await createProject(page, 'Second study');
  const documents = page.getByRole('navigation', { name: /Documents/ }).getByRole('row');
  await expect.poll(() => documents.count()).toBe(0);
  await importThroughDialog(app, [pressPaths()[1]!, pressPaths()[2]!]);
  await expect.poll(() => documents.count()).toBe(2);

  await page.getByRole('button', { name: 'Rename project…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename project' });
  await rename.getByLabel('Project name').fill('Framing study');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect.poll(() => projectSelect.locator('option').allInnerTexts()).toEqual(['Framing study', 'My project']);

  await projectSelect.selectOption({ label: 'My project' });
  await expect.poll(() => documents.allInnerTexts()).toEqual([expect.stringMatching(/^00-candidate-questionnaire/)]);

  // After a restart the last project opened is open again, with its documents.
  app = await app.relaunch();
  await expect.poll(() => app!.page.getByRole('combobox', { name: 'Project' }).locator('option:checked').innerText()).toBe('My project');
  await app.page.getByRole('combobox', { name: 'Project' }).selectOption({ label: 'Framing study' });
  await expect.poll(() => app!.page.getByRole('navigation', { name: /Documents/ }).getByRole('row').count()).toBe(2);
  expect(app.pageErrors).toEqual([]);
});

test('while an import runs, projects cannot be switched or created, and say why; after it, they can', async () => {
  app = await launchApp();
  const { page } = app;
  const projectSelect = page.getByRole('combobox', { name: 'Project' });
  const status = page.getByRole('status', { name: 'Status' });
  const reason = 'Projects cannot be switched or created while an import is running into this one: wait for it to finish, or cancel it.';
  await createProject(page, 'Second study');
  await projectSelect.selectOption({ label: 'My project' });
  await expect.poll(() => projectSelect.locator('option:checked').innerText()).toBe('My project');

  // A slow import, made slow at the one point the test can reach: main's answer that it has read every
  // file is held back until the test lets it through, so the import is still running, deterministically.
  await page.evaluate(() => {
    const bridge = window as unknown as { __framewiseIpc(channel: string, args: unknown[]): Promise<unknown>; releaseImport?: () => void };
    const ipc = bridge.__framewiseIpc;
    const released = new Promise<void>((resolve) => (bridge.releaseImport = resolve));
    bridge.__framewiseIpc = async (channel, args) => {
      const result = await ipc(channel, args);
      if (channel === 'importFiles') await released;
      return result;
    };
  });
  const seeds = pressPaths();
  app.dialog.willOpen([seeds[1]!, seeds[2]!, seeds[3]!]);
  await page.getByRole('button', { name: 'Import documents…' }).click();
  // Its documents are written as main reads them, while it still runs.
  await page.getByRole('heading', { name: 'Documents (3)' }).waitFor();
  await page.getByRole('region', { name: 'Import progress' }).waitFor();

  // The controls say they are unavailable, and why.
  expect(await projectSelect.getAttribute('aria-disabled')).toBe('true');
  const describedBy = (await projectSelect.getAttribute('aria-describedby'))!;
  expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(reason);
  const newProject = page.getByRole('button', { name: 'New project…' });
  expect(await newProject.getAttribute('aria-disabled')).toBe('true');

  // Trying anyway, from the keyboard (the controls stay focusable), changes nothing and says why.
  await projectSelect.focus();
  await page.keyboard.press('ArrowDown');
  await status.filter({ hasText: reason }).waitFor();
  await expect.poll(() => projectSelect.locator('option:checked').innerText()).toBe('My project');
  await newProject.focus();
  await page.keyboard.press('Enter');
  expect(await page.getByRole('dialog', { name: 'New project' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Open sample project' }).click({ force: true });
  await status.filter({ hasText: reason }).waitFor();
  expect(await projectSelect.locator('option').allInnerTexts()).toEqual(['My project', 'Second study']);

  // The import ends in the project it started in, every document kept, nothing refused.
  await page.evaluate(() => (window as unknown as { releaseImport(): void }).releaseImport());
  const report = page.getByRole('region', { name: 'Import report' });
  await expect.poll(() => report.innerText()).toContain('Imported 3 documents.');

  // Once it has ended, switching works again, and each project has its own documents.
  await expect.poll(() => projectSelect.getAttribute('aria-disabled')).toBeNull();
  await projectSelect.selectOption({ label: 'Second study' });
  await page.getByRole('heading', { name: 'Documents (0)' }).waitFor();
  await projectSelect.selectOption({ label: 'My project' });
  await page.getByRole('heading', { name: 'Documents (3)' }).waitFor();
  // No sample project was made meanwhile.
  expect(await projectSelect.locator('option').allInnerTexts()).toEqual(['My project', 'Second study']);
  expect(app.pageErrors).toEqual([]);
});
