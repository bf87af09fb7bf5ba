// The Code place's list of a project of two thousand documents draws only the rows in view (it is
// virtualised), and the keyboard still reaches every document: End and Enter open the last one, Home
// and Enter the first. A document opened elsewhere (the Library) is scrolled into view in the list.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { tabTo } from './actions';
import { openProjectId } from './projectRows';

let app: App | undefined;

const COUNT = 2000;
const titleOf = (i: number) => `Note ${String(i).padStart(4, '0')}`;

/** Writes `count` small documents and their texts straight into the project's database (no import:
 *  the list is what is tested, not how documents arrive), in the order of their titles. */
async function writeDocuments(page: Page, count: number): Promise<void> {
  const projectId = await openProjectId(page);
  await page.evaluate(
    async ({ name, count }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['documents', 'texts'], 'readwrite');
      const importedAt = new Date(0).toISOString();
      for (let i = 1; i <= count; i++) {
        const id = crypto.randomUUID();
        const title = `Note ${String(i).padStart(4, '0')}`;
        const text = `Field note number ${i}. The tenants met on the corner.`;
        tx.objectStore('texts').put({ docId: id, text });
        tx.objectStore('documents').put({
          id,
          title,
          format: 'txt',
          fileName: `${title}.txt`,
          storedName: `${i}.txt`,
          sha256: i.toString(16).padStart(64, '0'),
          order: i,
          importedAt,
          length: text.length,
          words: text.split(' ').length,
          extraction: {},
          attributes: {},
          author: '',
          date: '',
          source: '',
          url: '',
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: `framewise-project-${projectId}`, count },
  );
}

/** A window on the Code place of a project of `count` documents, written behind the app's back and
 *  then read by a restart, as a researcher's next session would. */
async function codePlaceWith(count: number): Promise<App> {
  const written = await launchApp();
  await writeDocuments(written.page, count);
  const next = await written.relaunch();
  await next.page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
  return next;
}

/** The Code place's list of documents. */
function documentGrid(page: Page) {
  return page.getByRole('navigation', { name: /Documents/ }).getByRole('grid');
}

test('a project of two thousand documents lists only the rows in view in Code; End or Home, then Enter, opens the last or the first', async () => {
  app = await codePlaceWith(COUNT);
  const { page } = app;
  const list = page.getByRole('navigation', { name: /Documents/ });
  await list.getByRole('heading', { name: `Documents (${COUNT})` }).waitFor();
  const grid = documentGrid(page);
  const rows = grid.getByRole('row');
  const first = grid.getByRole('row', { name: new RegExp(`^${titleOf(1)}\\b`) });
  const last = grid.getByRole('row', { name: new RegExp(`^${titleOf(COUNT)}\\b`) });
  await first.waitFor();
  // The list tells assistive technology how many rows there are, while far fewer are in the page.
  expect(await grid.getAttribute('aria-rowcount')).toBe(String(COUNT));
  expect(await rows.count()).toBeLessThan(100);
  expect(await first.innerText()).toMatch(/txt · 10 words · 0 codings$/);

  await tabTo(page, first);
  await page.keyboard.press('End');
  await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('document', { name: `Text of ${titleOf(COUNT)}` }).waitFor();
  expect(await last.getAttribute('aria-current')).toBe('page');
  expect(await rows.count()).toBeLessThan(100);
  expect(await first.count()).toBe(0);

  await tabTo(page, last, { backwards: true });
  await page.keyboard.press('Home');
  await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('document', { name: `Text of ${titleOf(1)}` }).waitFor();
  expect(await first.getAttribute('aria-current')).toBe('page');
  expect(await grid.locator('[aria-current]').count()).toBe(1);

  // Opened from the Library's last row: in Code, its row is in the page and in view.
  const middle = titleOf(1500);
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('main', { name: /^Library/ }).getByRole('grid', { name: 'Documents' });
  await library.getByRole('rowheader', { name: titleOf(1) }).waitFor();
  const rowHeight = await library.getByRole('rowheader', { name: titleOf(1) }).evaluate((el) => el.getBoundingClientRect().height);
  await library.evaluate((element, top) => element.scrollTo({ top }), rowHeight * 1495);
  await library.getByRole('button', { name: middle, exact: true }).click();
  await page.getByRole('document', { name: `Text of ${middle}` }).waitFor();
  const opened = grid.getByRole('row', { name: new RegExp(`^${middle}\\b`) });
  await expect.poll(() => opened.getAttribute('aria-current')).toBe('page');
  const [rowBox, gridBox] = [await opened.boundingBox(), await grid.boundingBox()];
  expect(rowBox!.y).toBeGreaterThanOrEqual(gridBox!.y);
  expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(gridBox!.y + gridBox!.height + 1);
  expect(app.pageErrors).toEqual([]);
});

test('a document clicked the moment the list has scrolled opens: the click is not lost to the scroll', async () => {
  app = await codePlaceWith(200);
  const { page } = app;
  const grid = documentGrid(page);
  await grid.getByRole('row', { name: new RegExp(`^${titleOf(1)}\\b`) }).waitFor();
  const box = (await grid.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  // What the pointer is over as the list's scroll is reported (after the list's own handling of it).
  // The listener is in place before the wheel turns: set up in the same call as the wait, a loaded
  // machine could run the wheel's scroll first, and the wait would never end.
  await grid.evaluate(
    (element, [x, y]) => {
      (window as unknown as { overAfterScroll: Promise<string> }).overAfterScroll = new Promise<string>((resolve) =>
        element.addEventListener('scroll', () => {
          const hit = document.elementFromPoint(x!, y!);
          resolve(hit?.closest('[role="row"]')?.textContent ?? `the ${hit?.getAttribute('role') ?? hit?.tagName}`);
        }, { once: true }),
      );
    },
    [x, y],
  );
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 600);
  const over = await page.evaluate(() => (window as unknown as { overAfterScroll: Promise<string> }).overAfterScroll);
  expect(over).toMatch(/^Note \d{4}/);
  await page.mouse.click(x, y);
  await page.getByRole('document', { name: `Text of ${over.match(/^Note \d{4}/)![0]}` }).waitFor();
  expect(app.pageErrors).toEqual([]);
});

test('a row pressed in the frame the list scrolled in keeps the list where it was scrolled to', async () => {
  app = await codePlaceWith(200);
  const { page } = app;
  const grid = documentGrid(page);
  // The list has had the focus once (React Aria then puts its scroll position back when it comes in again).
  await grid.getByRole('row', { name: new RegExp(`^${titleOf(1)}\\b`) }).click();
  await page.getByRole('document', { name: `Text of ${titleOf(1)}` }).waitFor();
  await page.getByRole('searchbox', { name: 'Find in document' }).focus();
  // Scrolled, and a row under the pointer pressed before the browser has reported the scroll (as on a
  // busy machine, where the press and the scroll come in one frame).
  const pressed = await grid.evaluate((element) => {
    element.scrollTop = 300;
    const { left, top, width } = element.getBoundingClientRect();
    const row = document.elementFromPoint(left + width / 2, top + 40)!.closest<HTMLElement>('[role="row"]')!;
    row.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, isPrimary: true, pointerType: 'mouse', button: 0 }));
    row.focus();
    return row.textContent!.match(/^Note \d{4}/)![0];
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // The list stays about where it was scrolled to (at most brought on to show the pressed row whole),
  // not back at its top, and the pressed row is in view.
  expect(await grid.evaluate((element) => element.scrollTop)).toBeGreaterThan(250);
  const [rowBox, gridBox] = [await grid.getByRole('row', { name: new RegExp(`^${pressed}\\b`) }).boundingBox(), await grid.boundingBox()];
  expect(rowBox!.y).toBeGreaterThanOrEqual(gridBox!.y);
  expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(gridBox!.y + gridBox!.height);
  expect(app.pageErrors).toEqual([]);
});
