// Never losing a project, as a researcher meets it: a project with every kind of row survives a lost
// browser profile through its automatic backup, and moves to a fresh profile and data folder through
// "Save a copy…" and "Open project file…"; documents deleted by mistake come back from the backup
// taken before the deletion; a damaged file is refused; a crash during a backup and a full disk leave
// the project and the earlier backups as they were.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compareProjects } from '../../shared/backup/compareProjects';
import type { ProjectTables } from '../../shared/projectFile/projectTables';
import { writeFileAtomic } from '../../electron/fsAtomic';
import type { AtomicWrite } from '../../electron/files/dataFolders';
import { PROJECT_ID } from '../fixtures/projectFile/everyKindOfRow';
import { formatFixturePath, readFormatFixture } from '../fixtures/projectFile/formatFixtures';
import { PRESS_MANIFEST, pressPaths } from '../fixtures/press';
import { launchApp, type App } from './app';
import { openProjectFile, selectWithMouse } from './actions';
import { listedProjects } from './projectSwitcher';
import { openProjectId, projectRows } from './projectRows';
import { scratchFolder } from './teardown';
import { killBrowser } from './killBrowser';

const FIXTURE = formatFixturePath(1);
const EXPECTED = readFormatFixture(1).expected;
const FIXTURE_NAME = 'Housing pledges 2017–2019';
const PROFILE = 'Critical profile: the donor-backed DA';

// The opening's backup is taken once the researcher pauses (renderer/features/backups/inputPause.ts:
// two seconds without input), so it is waited for longer than a reply.
const OPENING_BACKUP = { timeout: 30_000 };

const status = (app: App, text: string | RegExp) => app.page.getByRole('status', { name: 'Status' }).filter({ hasText: text }).waitFor();

async function backupRows(app: App, project: string) {
  await app.page.getByRole('button', { name: 'Backups', exact: true }).click();
  return app.page.getByRole('region', { name: `Backups of ${project}` }).getByRole('row');
}

async function currentCoderId(app: App): Promise<string> {
  return app.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('framewise-registry');
      request.onsuccess = () => resolve(request.result);
    });
    const row = await new Promise<{ value: { id: string } }>((resolve) => {
      const request = db.transaction('settings').objectStore('settings').get('currentCoder');
      request.onsuccess = () => resolve(request.result as { value: { id: string } });
    });
    db.close();
    return row.value.id;
  });
}

const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

async function expectOriginalsIn(dataDir: string): Promise<void> {
  for (const [name, sha] of Object.entries(EXPECTED.originals)) expect(await sha256(join(dataDir, 'library', name)), name).toBe(sha);
}

/** The window's own coder joins every project it opens: the one row a restored project may add. */
async function expectSameProject(app: App, before: ProjectTables, after: ProjectTables): Promise<void> {
  const { differences } = compareProjects(before, after);
  const coder = await currentCoderId(app);
  expect(differences.filter((d) => !(d.table === 'coders' && d.kind === 'extra' && d.key === coder))).toEqual([]);
}

test('a project with every kind of row survives a lost browser profile: its automatic backup restores it row for row', async () => {
  const app = await launchApp();
  await openProjectFile(app, FIXTURE);
  expect(await openProjectId(app.page)).toBe(PROJECT_ID);
  // Opened, it is backed up once the researcher pauses (it has no backup yet).
  const rows = await backupRows(app, FIXTURE_NAME);
  await expect.poll(() => rows.count(), OPENING_BACKUP).toBe(2);
  expect(await rows.nth(1).innerText()).toMatch(/when the project was opened\t8\t11\t6\t/);
  const before = await projectRows(app.page, PROJECT_ID);

  // The profile is lost; the data folder (library, backups) is not.
  await app.close();
  await rm(app.profileDir, { recursive: true, force: true });
  const again = await launchApp({ dataDir: app.dataDir });
  const offer = again.page.getByRole('region', { name: `Restore ${FIXTURE_NAME}` });
  await expect.poll(() => offer.innerText()).toContain(`The data of “${FIXTURE_NAME}” is missing from Framewise’s storage, but its backups are here.`);
  expect(await offer.innerText()).toContain('holds 8 documents, 11 codings and 6 memos');
  await offer.getByRole('button', { name: 'Restore the newest backup' }).click();
  await status(again, `Restored “${FIXTURE_NAME}”`);
  expect(await openProjectId(again.page)).toBe(PROJECT_ID);
  await expectSameProject(again, before, await projectRows(again.page, PROJECT_ID));
  await expectOriginalsIn(app.dataDir);
  expect(again.pageErrors).toEqual([]);
});

test('Save a copy, then Open project file on a fresh profile and data folder: every row and every original comes along', async () => {
  const app = await launchApp();
  await openProjectFile(app, FIXTURE);
  const copy = join(await scratchFolder(), 'housing.framewise');
  app.dialog.willSaveTo(copy);
  await app.page.getByRole('button', { name: 'Save a copy…' }).click();
  await status(app, `with their originals, 11 codings, 6 memos) to ${copy}`);
  const before = await projectRows(app.page, PROJECT_ID);

  const fresh = await launchApp();
  await openProjectFile(fresh, copy);
  expect(await openProjectId(fresh.page)).toBe(PROJECT_ID);
  await expectSameProject(fresh, before, await projectRows(fresh.page, PROJECT_ID));
  await expectOriginalsIn(fresh.dataDir);
  // Opened a second time here, it gets a project id of its own; its rows keep theirs.
  await openProjectFile(fresh, copy);
  await status(fresh, 'it opened with a new project id');
  const second = await openProjectId(fresh.page);
  expect(second).not.toBe(PROJECT_ID);
  expect((await projectRows(fresh.page, second)).codings.map((c) => c.id).sort()).toEqual(before.codings.map((c) => c.id).sort());
  expect(fresh.pageErrors).toEqual([]);
});

test('three documents deleted by mistake come back from the backup taken before the deletion, with their codings', async () => {
  const app = await launchApp();
  const { page } = app;
  // The press texts with their manifest, which gives them their titles.
  app.dialog.willOpen([PRESS_MANIFEST]);
  app.dialog.willOpen(pressPaths());
  await page.getByRole('button', { name: 'More import options' }).click();
  await page.getByRole('menuitem', { name: 'Import with a manifest…' }).click();
  await expect.poll(() => page.getByRole('region', { name: 'Import report' }).innerText()).toContain('Imported 5 documents.');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: PROFILE }).click();
  await page.getByRole('document', { name: `Text of ${PROFILE}` }).waitFor();
  await selectWithMouse(page, 'Eastvale set a new record for homicides in 2021, with 312 in total');
  await page.getByRole('button', { name: 'Apply metric' }).click();
  await status(app, 'as metric');

  await page.getByRole('button', { name: 'Library' }).click();
  const table = page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  const titles = await table.getByRole('rowheader').allInnerTexts();
  const doomed = [PROFILE, ...titles.filter((t) => t !== PROFILE).slice(0, 2)];
  for (const title of doomed) await table.getByRole('checkbox', { name: `Select ${title}` }).check();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog', { name: 'Delete 3 documents?' }).getByRole('button', { name: 'Delete 3 documents' }).click();
  await status(app, 'with 1 coding and 0 memos');
  await expect.poll(() => table.getByRole('rowheader').count()).toBe(2);

  const rows = await backupRows(app, 'My project');
  const before = rows.filter({ hasText: 'before deleting documents' });
  await expect.poll(() => before.innerText()).toMatch(/before deleting documents\t5\t1\t0\t/);
  await before.getByRole('button', { name: /^Restore the backup taken before deleting documents/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
  await expect.poll(() => dialog.innerText()).toContain('5 documents, 1 coding and 0 memos');
  await dialog.getByRole('button', { name: 'Open as a new project' }).click();
  await status(app, /^Opened “My project \(restored from .*\)” from .* as a new project\. A project with its id is already here/);

  await page.getByRole('button', { name: 'Library' }).click();
  await expect.poll(() => table.getByRole('rowheader').allInnerTexts().then((t) => [...t].sort())).toEqual([...titles].sort());
  await expect.poll(() => table.getByRole('row', { name: new RegExp(PROFILE) }).getByRole('gridcell').nth(3).innerText()).toBe('1');
  // The project it came from still has its two documents.
  await expect.poll(() => listedProjects(page)).toEqual(expect.arrayContaining(['My project', expect.stringMatching(/^My project \(restored from /)]));
  expect(app.pageErrors).toEqual([]);
});

test('a damaged project file is refused with its reason, and no project is added', async () => {
  const app = await launchApp();
  const damaged = join(await scratchFolder(), 'cut.framewise');
  const bytes = await readFile(FIXTURE);
  await writeFile(damaged, bytes.subarray(0, bytes.length >> 1));
  app.dialog.willOpen([damaged]);
  await app.page.getByRole('button', { name: 'Open project file…' }).click();
  const refusal = app.page.getByRole('dialog', { name: 'Not opened' });
  await expect.poll(() => refusal.innerText()).toContain('Framewise did not open “cut.framewise”, and nothing in your projects was changed.');
  expect(await refusal.getByRole('list', { name: 'What is wrong' }).innerText()).toMatch(/not a readable zip/);
  await refusal.getByRole('button', { name: 'Close' }).click();
  expect(await listedProjects(app.page)).toEqual(['My project']);
  expect(app.pageErrors).toEqual([]);
});

test('Chromium killed in the middle of a backup: the earlier backups stay, no partial one is listed, no temporary file remains', async () => {
  let hang = false;
  let reached!: () => void;
  const writing = new Promise<void>((resolve) => (reached = resolve));
  // Main's write of the second backup stops half-way, its temporary file on disk, until the end of
  // the test: where a crash would leave it.
  const writeAtomic: AtomicWrite = async (path, data) => {
    if (!hang || !path.endsWith('.framewise')) return writeFileAtomic(path, data);
    const temp = join(path, '..', `.${path.split('/').at(-1)}.0123456789ab.tmp`);
    await writeFile(temp, typeof data === 'string' ? data : data.subarray(0, data.length >> 1));
    reached();
    await new Promise(() => {});
  };
  const app = await launchApp({ writeAtomic });
  await openProjectFile(app, FIXTURE);
  const rows = await backupRows(app, FIXTURE_NAME);
  await expect.poll(() => rows.count(), OPENING_BACKUP).toBe(2);
  hang = true;
  await app.page.getByRole('button', { name: 'Back up now' }).click();
  await writing;
  const folder = join(app.dataDir, 'backups', PROJECT_ID);
  expect((await readdir(folder)).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
  await killBrowser(app);

  const again = await launchApp({ profileDir: app.profileDir, dataDir: app.dataDir });
  const listed = await backupRows(again, FIXTURE_NAME);
  await expect.poll(() => listed.count()).toBe(2);
  expect(await listed.nth(1).innerText()).toMatch(/when the project was opened/);
  expect((await readdir(folder)).filter((f) => !f.endsWith('.json') && !f.endsWith('.framewise'))).toEqual([]);
  expect((await readdir(folder)).length).toBe(2);
  expect(again.pageErrors).toEqual([]);
});

test('a full disk during a backup is reported in plain words, and the project is untouched', async () => {
  let full = false;
  const writeAtomic: AtomicWrite = async (path, data) => {
    if (full && path.endsWith('.framewise')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return writeFileAtomic(path, data);
  };
  const app = await launchApp({ writeAtomic });
  await openProjectFile(app, FIXTURE);
  const rows = await backupRows(app, FIXTURE_NAME);
  await expect.poll(() => rows.count(), OPENING_BACKUP).toBe(2);
  const before = await projectRows(app.page, PROJECT_ID);
  full = true;
  await app.page.getByRole('button', { name: 'Back up now' }).click();
  const alert = app.page.getByRole('main', { name: 'Backups' }).getByRole('alert');
  await expect.poll(() => alert.innerText()).toMatch(/was not written: Could not write .* the disk is full\. Free some space on it, and Framewise will write it again\. Nothing was written\. The project itself is untouched\./);
  expect(await rows.count()).toBe(2);
  expect(compareProjects(before, await projectRows(app.page, PROJECT_ID)).same).toBe(true);
  // Once there is room, the next backup goes through and the failure is gone.
  full = false;
  await app.page.getByRole('button', { name: 'Back up now' }).click();
  await expect.poll(() => rows.count()).toBe(3);
  await expect.poll(() => alert.count()).toBe(0);
  // The project storage's persistence is shown with the preferences.
  expect(await app.page.getByLabel('Project storage').innerText()).toMatch(/^Project storage: (Persistent|Not persistent|Unknown)/);
});
