// A project file double-clicked in the file manager opens in Framewise, as the researcher meets it:
// handed over while Framewise runs, or as the file that started it (after the welcome is answered);
// a .framewise asks where it goes as "Open project file…" does, a .qdpx shows the REFI-QDA import's
// preview; while a dialog is open the file waits, the status line says so, and it opens after.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatFixturePath } from '../fixtures/projectFile/formatFixtures';
import { packQdpx, qde, uuid } from '../shared/interop/refiFixtures';
import { launchApp, type App } from './app';
import { listedProjects } from './projectSwitcher';
import { scratchFolder } from './teardown';

const FIXTURE_NAME = 'Housing pledges 2017–2019';

const status = (app: App, text: string | RegExp) => app.page.getByRole('status', { name: 'Status' }).filter({ hasText: text }).waitFor();

/** The fixture project file under a name a file manager may well hand over: spaces, accents, emoji, another letter case. */
async function projectFileNamed(name: string): Promise<string> {
  const path = join(await scratchFolder(), name);
  await copyFile(formatFixturePath(1), path);
  return path;
}

test('a .framewise double-clicked while Framewise runs asks where it goes, and opens as a new project', async () => {
  const app = await launchApp();
  const path = await projectFileNamed('Housing pledges é 🏠.FRAMEWISE');
  await app.openFromSystem([path]);
  const dialog = app.page.getByRole('dialog', { name: 'Open Housing pledges é 🏠.FRAMEWISE' });
  await expect.poll(() => dialog.innerText()).toContain(`“${FIXTURE_NAME}”`);
  await dialog.getByRole('button', { name: 'Open as a new project' }).click();
  await status(app, `Opened “${FIXTURE_NAME}” from Housing pledges é 🏠.FRAMEWISE as a new project.`);
  expect(await listedProjects(app.page)).toEqual(expect.arrayContaining(['My project', FIXTURE_NAME]));
  expect(app.pageErrors).toEqual([]);
});

test('the .framewise that started Framewise opens once the welcome is answered', async () => {
  const path = await projectFileNamed('Housing pledges.framewise');
  // launchApp answers the welcome ("Start with an empty project"); the file waited for it.
  const app = await launchApp({ openedAtStart: [path] });
  const dialog = app.page.getByRole('dialog', { name: 'Open Housing pledges.framewise' });
  await dialog.getByRole('button', { name: 'Open as a new project' }).click();
  await status(app, `Opened “${FIXTURE_NAME}” from Housing pledges.framewise as a new project.`);
  expect(app.pageErrors).toEqual([]);
});

test('a file double-clicked while a dialog is open waits, saying so, and opens when the dialog is closed', async () => {
  const app = await launchApp();
  const damaged = join(await scratchFolder(), 'cut.framewise');
  const bytes = await readFile(formatFixturePath(1));
  await writeFile(damaged, bytes.subarray(0, bytes.length >> 1));
  app.dialog.willOpen([damaged]);
  await app.page.getByRole('button', { name: 'Open project file…' }).click();
  const refusal = app.page.getByRole('dialog', { name: 'Not opened' });
  await refusal.waitFor();

  await app.openFromSystem([await projectFileNamed('Housing pledges.framewise')]);
  await status(app, 'Framewise will open “Housing pledges.framewise” once this dialog is closed.');
  expect(await app.page.getByRole('dialog', { name: 'Open Housing pledges.framewise' }).count()).toBe(0);
  await refusal.getByRole('button', { name: 'Close' }).click();
  await app.page.getByRole('dialog', { name: 'Open Housing pledges.framewise' }).getByRole('button', { name: 'Open as a new project' }).click();
  await status(app, `Opened “${FIXTURE_NAME}” from Housing pledges.framewise as a new project.`);
  expect(app.pageErrors).toEqual([]);
});

test('a .qdpx double-clicked shows the REFI-QDA import’s preview of that file, and imports it as a new project', async () => {
  const folder = await scratchFolder();
  const source = uuid('double-clicked source').toUpperCase();
  const xml = qde(`<Sources><TextSource guid="${source}" name="Notes" plainTextPath="internal://${source}.txt"/></Sources>`, 'MAXQDA 24');
  const path = join(folder, 'From Ana.qdpx');
  await writeFile(path, packQdpx(xml, { [`sources/${source}.txt`]: 'We talked about the river.' }));

  const app = await launchApp();
  await app.openFromSystem([path]);
  const preview = app.page.getByRole('dialog', { name: 'Import From Ana.qdpx' });
  await expect.poll(() => preview.textContent()).toContain('holds 1 document');
  // Read as the file handed over: no open dialog asked for one.
  expect(app.dialog.asked).toEqual([]);
  await preview.getByRole('button', { name: 'Import as a new project' }).click();
  const report = app.page.getByRole('dialog', { name: 'Import report' });
  await expect.poll(() => report.textContent()).toMatch(/was created from From Ana\.qdpx/);
  await report.getByRole('button', { name: 'Close' }).click();
  expect(app.pageErrors).toEqual([]);
});
