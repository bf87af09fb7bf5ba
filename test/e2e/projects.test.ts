// Projects: a first project exists on first start; researchers create, rename and switch projects,
// and each keeps its own documents and codings, also after a restart. A project stays open while an
// import writes into it.
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { createProject, describedText, importThroughDialog } from './actions';
import { listedProjects, openProjectName, projectMenu, projectSwitcher, switchToProject } from './projectSwitcher';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

test('create, rename and switch projects; each keeps its own documents across a restart', async () => {
  app = await launchApp();
  const { page } = app;
  await expect.poll(() => openProjectName(page)).toBe('My project');
  await importThroughDialog(app, [pressPaths()[0]!]);

  await createProject(page, 'Second study');
  const documents = page.getByRole('navigation', { name: /Documents/ }).getByRole('row');
  await expect.poll(() => documents.count()).toBe(0);
  await importThroughDialog(app, [pressPaths()[1]!, pressPaths()[2]!]);
  await expect.poll(() => documents.count()).toBe(2);

  await projectMenu(page, 'Rename project…');
  const rename = page.getByRole('dialog', { name: 'Rename project' });
  await rename.getByLabel('Project name').fill('Framing study');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect.poll(() => openProjectName(page)).toBe('Framing study');
  expect(await listedProjects(page)).toEqual(['Framing study', 'My project']);

  await switchToProject(page, 'My project');
  await expect.poll(() => documents.allInnerTexts()).toEqual([expect.stringMatching(/^00-candidate-questionnaire/)]);

  // After a restart the last project opened is open again, with its documents.
  app = await app.relaunch();
  await expect.poll(() => openProjectName(app!.page)).toBe('My project');
  await switchToProject(app.page, 'Framing study');
  await expect.poll(() => app!.page.getByRole('navigation', { name: /Documents/ }).getByRole('row').count()).toBe(2);
  expect(app.pageErrors).toEqual([]);
});

test('while an import runs, projects cannot be switched or created, and say why; after it, they can', async () => {
  app = await launchApp();
  const { page } = app;
  const switcher = projectSwitcher(page);
  const status = page.getByRole('status', { name: 'Status' });
  const reason = 'Projects cannot be switched or created while an import is running into this one: wait for it to finish, or cancel it.';
  await createProject(page, 'Second study');
  await switchToProject(page, 'My project');

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

  // The switcher says it is unavailable, and why.
  expect(await switcher.getAttribute('aria-disabled')).toBe('true');
  expect(await describedText(switcher)).toBe(reason);

  // Trying anyway, from the keyboard (the switcher stays focusable), opens nothing and says why.
  await switcher.focus();
  await page.keyboard.press('ArrowDown');
  await status.filter({ hasText: reason }).waitFor();
  expect(await page.getByRole('listbox', { name: 'Project' }).count()).toBe(0);
  expect(await openProjectName(page)).toBe('My project');
  // The project menu's commands that would leave the project say why too, and do nothing.
  await projectMenu(page, 'New project…');
  await status.filter({ hasText: reason }).waitFor();
  expect(await page.getByRole('dialog', { name: 'New project' }).count()).toBe(0);
  await projectMenu(page, 'Open sample project');
  await status.filter({ hasText: reason }).waitFor();

  // The import ends in the project it started in, every document kept, nothing refused.
  await page.evaluate(() => (window as unknown as { releaseImport(): void }).releaseImport());
  const report = page.getByRole('region', { name: 'Import report' });
  await expect.poll(() => report.innerText()).toContain('Imported 3 documents.');

  // Once it has ended, switching works again, and each project has its own documents.
  await expect.poll(() => switcher.getAttribute('aria-disabled')).toBeNull();
  await switchToProject(page, 'Second study');
  await page.getByRole('heading', { name: 'Documents (0)' }).waitFor();
  await switchToProject(page, 'My project');
  await page.getByRole('heading', { name: 'Documents (3)' }).waitFor();
  // No sample project was made meanwhile.
  expect(await listedProjects(page)).toEqual(['My project', 'Second study']);
  expect(app.pageErrors).toEqual([]);
});

test('the project combo box finds a project by part of its name: typed, then Enter, it opens; the arrow keys choose too', async () => {
  app = await launchApp();
  const { page } = app;
  await createProject(page, 'Framing study');
  await importThroughDialog(app, [pressPaths()[0]!]);
  await createProject(page, 'Second wave');
  const documents = page.getByRole('navigation', { name: /Documents/ }).getByRole('row');
  await expect.poll(() => documents.count()).toBe(0);

  // Part of the name, anywhere in it, in any case: the list narrows to it, and Enter opens it.
  const switcher = projectSwitcher(page);
  await switcher.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('STUDY');
  await expect.poll(() => page.getByRole('listbox', { name: 'Project' }).getByRole('option').allInnerTexts()).toEqual(['Framing study']);
  await page.keyboard.press('Enter');
  await expect.poll(() => openProjectName(page)).toBe('Framing study');
  await expect.poll(() => documents.allInnerTexts()).toEqual([expect.stringMatching(/^00-candidate-questionnaire/)]);

  // The arrow keys open the whole list at the open project and move in it; Enter opens the one under the focus.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByRole('listbox', { name: 'Project' }).getByRole('option').allInnerTexts()).toEqual(['Framing study', 'My project', 'Second wave']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => openProjectName(page)).toBe('My project');
  await expect.poll(() => documents.count()).toBe(0);
  expect(app.pageErrors).toEqual([]);
});
