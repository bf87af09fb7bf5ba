// A burst of coding as fast as the keyboard goes: 200 applications, then removals, undos and redos,
// each key pressed without waiting for the last write. Afterwards the Coded passages list, the
// highlights, the codebook's counts, the document list's count and the database all say the same.
// (The list once fell behind the database after many applications in a row, and stayed behind.)
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { importThroughDialog, openDocument, showSidePanel, tabTo } from './actions';
import { openProjectId, projectRows } from './projectRows';
import { pressPaths } from '../fixtures/press';

const DOC = '01-station-news';
const APPLICATIONS = 200;
const CODE_NAMES = ['pledge', 'claim', 'criticism', 'metric'];

/** What the screen and the database say about the open document's codings, read at one moment. */
async function agreement(page: Page, projectId: string) {
  const rows = await projectRows(page, projectId);
  const docId = rows.documents.find((d) => d.title === DOC)!.id;
  const stored = rows.codings.filter((c) => c.docId === docId);
  const storedByCode = CODE_NAMES.map((name) => {
    const code = rows.codes.find((c) => c.name === name)!;
    return stored.filter((c) => c.codeId === code.id).length;
  });
  const screen = await page.evaluate((codeNames) => {
    const heading = document.getElementById('passages-heading')?.textContent ?? '';
    const highlighted = document.querySelectorAll('.highlight-layer > .hl').length;
    const tree = document.querySelector('[role="treegrid"][aria-label="Codes"]');
    const byCode = codeNames.map((name) => {
      const item = [...(tree?.querySelectorAll('[role="row"]') ?? [])].find((i) => i.getAttribute('aria-label') === name);
      const usage = /(\d+) codings? in/u.exec(item?.textContent ?? '');
      return usage ? Number(usage[1]) : 0;
    });
    const listed = [...document.querySelectorAll('nav [role="row"]')].find((row) => row.textContent?.startsWith('01-station-news'))?.textContent ?? '';
    return { listed: Number(/\((\d+)\)/u.exec(heading)?.[1]), highlighted, byCode, documentList: Number(/(\d+) codings/u.exec(listed)?.[1] ?? 0) };
  }, CODE_NAMES);
  return { stored: stored.length, storedByCode, ...screen };
}

/** The press text imported and open in a new window; the open project's id. */
async function openPressText(): Promise<{ app: App; projectId: string }> {
  const app = await launchApp();
  await importThroughDialog(app, [pressPaths()[1]!]);
  await openDocument(app.page, DOC);
  return { app, projectId: await openProjectId(app.page) };
}

test('after 200 applications, removals, undos and redos in a burst, list, highlights, counts and database agree', async () => {
  const { app, projectId } = await openPressText();
  const { page } = app;
  const text = page.getByRole('document', { name: `Text of ${DOC}` });
  await text.focus();
  await page.keyboard.press('Control+Home');

  // Word after word, each with the next of four codes, no wait between keys.
  for (let i = 0; i < APPLICATIONS; i++) {
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press(String((i % 4) + 1));
    await page.keyboard.press('ArrowRight');
  }
  // Every application was stored (a word and the punctuation after it are one passage: the burst
  // may code a few passages twice with the same code, which the app refuses), and the screen agrees.
  await expect.poll(async () => (await agreement(page, projectId)).stored, { timeout: 30_000 }).toBeGreaterThanOrEqual(APPLICATIONS - 20);
  await expectAgreement(page, projectId);
  const applied = (await agreement(page, projectId)).stored;

  // Removals from the keyboard: the caret into a coded word, Tab to its Remove button, Enter; five
  // words apart.
  const here = page.getByRole('list', { name: 'Codes on this passage' });
  for (let i = 0; i < 5; i++) {
    await text.focus();
    await page.keyboard.press('Control+Home');
    for (let w = 0; w < 1 + 2 * i; w++) await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await tabTo(page, here.getByRole('button', { name: /^Remove / }).first());
    await page.keyboard.press('Enter');
  }
  await expect.poll(async () => (await agreement(page, projectId)).stored, { timeout: 30_000 }).toBe(applied - 5);
  await expectAgreement(page, projectId);

  // The document's History open meanwhile: it follows the log as it grows.
  await showSidePanel(page, 'History');
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('list', { name: 'Changes to this document' });
  await expect.poll(() => history.getByRole('listitem').count()).toBe(50);

  // Undo twenty steps (the removals and fifteen applications) and redo ten, as fast as the keys go.
  await text.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('Control+z');
  for (let i = 0; i < 10; i++) await page.keyboard.press('Control+Shift+Z');
  await expect.poll(async () => (await agreement(page, projectId)).stored, { timeout: 30_000 }).toBe(applied - 5);
  await expectAgreement(page, projectId);
  // Newest first, the 50 shown are the ten redos, the twenty undos and the twenty changes before them.
  await expect
    .poll(async () => (await history.getByRole('listitem').allTextContents()).map((entry) => /^(Undo|Redo): /u.exec(entry)?.[1] ?? 'change'), { timeout: 30_000 })
    .toEqual([...Array<string>(10).fill('Redo'), ...Array<string>(20).fill('Undo'), ...Array<string>(20).fill('change')]);
  expect(app.pageErrors).toEqual([]);
});

test('a burst of codings and undos in another window of the same project shows in this one, list, highlights and counts agreeing', async () => {
  const { app, projectId } = await openPressText();
  const { page } = app;
  // A second window on the same project: its writes reach this one only as Dexie's storage events.
  const other = await app.context.newPage();
  try {
    await other.goto(page.url());
    await openDocument(other, DOC);
    const text = other.getByRole('document', { name: `Text of ${DOC}` });
    await text.focus();
    await other.keyboard.press('Control+Home');
    for (let i = 0; i < 40; i++) {
      await other.keyboard.press('Control+Shift+ArrowRight');
      await other.keyboard.press(String((i % 4) + 1));
      await other.keyboard.press('ArrowRight');
    }
    await expect.poll(async () => (await agreement(page, projectId)).stored, { timeout: 30_000 }).toBeGreaterThanOrEqual(30);
    await expectAgreement(page, projectId);
    const applied = (await agreement(page, projectId)).stored;
    for (let i = 0; i < 10; i++) await other.keyboard.press('Control+z');
    await expect.poll(async () => (await agreement(page, projectId)).stored, { timeout: 30_000 }).toBe(applied - 10);
    await expectAgreement(page, projectId);
  } finally {
    await other.close();
  }
  expect(app.pageErrors).toEqual([]);
});

/** Waits until the screen shows what the database holds, then checks every figure at one moment. */
async function expectAgreement(page: Page, projectId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const now = await agreement(page, projectId);
        return { list: now.listed, highlights: now.highlighted, documentList: now.documentList, codebook: now.byCode, database: now.stored, databaseByCode: now.storedByCode };
      },
      { timeout: 30_000 },
    )
    .toSatisfy((now: { list: number; highlights: number; documentList: number; codebook: number[]; database: number; databaseByCode: number[] }) =>
      now.list === now.database && now.highlights === now.database && now.documentList === now.database && now.codebook.join() === now.databaseByCode.join(),
    );
}
