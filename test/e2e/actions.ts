// What a researcher does, as steps a scenario can string together. Controls are found by role and
// name; text is selected with the mouse or the keyboard, as a person would.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { App } from './app';
import { openProjectName, projectMenu } from './projectSwitcher';
import { openProjectId } from './projectRows';

export async function importThroughDialog(app: App, paths: string[]): Promise<string> {
  app.dialog.willOpen(paths);
  await app.page.getByRole('button', { name: 'Import documents…' }).click();
  const report = app.page.getByRole('region', { name: 'Import report' });
  await report.waitFor();
  return report.innerText();
}

/** Opens a project file (Framewise's own format) as a new project and waits until the status says so. */
export async function openProjectFile(app: App, path: string): Promise<void> {
  app.dialog.willOpen([path]);
  await app.page.getByRole('button', { name: 'Open project file…' }).click();
  await app.page.getByRole('dialog', { name: /^Open / }).getByRole('button', { name: 'Open as a new project' }).click();
  await app.page.getByRole('status', { name: 'Status' }).filter({ hasText: /as a new project\./ }).waitFor();
}

/** Creates a project by its dialog and waits until it is the open one: what is done next (an import,
 * say) goes into the project open when it starts. */
export async function createProject(page: Page, name: string): Promise<void> {
  await projectMenu(page, 'New project…');
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Project name').fill(name);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect.poll(() => openProjectName(page)).toBe(name);
}

export async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: title }).click();
  await page.getByRole('document', { name: `Text of ${title}` }).waitFor();
}

/** The side panels of the Code place that take turns in tabs below the codebook, codes here and the coded passages. */
export type SidePanel = 'Memos' | 'Document info' | 'History';

/** Shows one of the Code place's side panels by its tab, as a researcher would. */
export async function showSidePanel(page: Page, panel: SidePanel): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Side panels' }).getByRole('tab', { name: panel });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

/**
 * Screen positions (x1, y1: the middle of its first character; x2, y2: of its last) of `phrase` in the
 * document text, or in the element `within` (a CSS selector) when given.
 */
export async function phraseBox(page: Page, phrase: string, within = '[role="document"]') {
  const box = await page.evaluate(([wanted, rootSelector]) => {
    const root = document.querySelector(rootSelector!)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const first = document.createRange();
      first.setStart(node, at);
      first.setEnd(node, at + 1);
      const last = document.createRange();
      last.setStart(node, at + wanted.length - 1);
      last.setEnd(node, at + wanted.length);
      first.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    return null;
  }, [phrase, within] as const);
  if (!box) throw new Error(`“${phrase}” is not on screen in one text run`);
  return box;
}

/** The boxes of the lines a phrase covers in the document text, on screen as it is (nothing scrolls). */
export async function phraseLines(page: Page, phrase: string): Promise<Array<{ left: number; top: number; right: number; bottom: number }>> {
  return page.evaluate((wanted) => {
    const root = document.querySelector('[role="document"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return [...range.getClientRects()].filter((r) => r.width > 0).map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
    }
    throw new Error(`no “${wanted}”`);
  }, phrase);
}

/** Top and bottom of the lines a phrase covers in the document text, on screen as it is (nothing scrolls). */
export async function linesOf(page: Page, phrase: string) {
  const lines = await phraseLines(page, phrase);
  return { top: Math.min(...lines.map((r) => r.top)), bottom: Math.max(...lines.map((r) => r.bottom)) };
}

/** Clicks on the middle character of `phrase` in the document, as a reader clicks on a highlight. */
export async function clickInText(page: Page, phrase: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const root = document.querySelector('[role="document"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const middle = document.createRange();
      middle.setStart(node, at + Math.floor(wanted.length / 2));
      middle.setEnd(node, at + Math.floor(wanted.length / 2) + 1);
      node.parentElement!.scrollIntoView({ block: 'center' });
      const box = middle.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, phrase);
  if (!point) throw new Error(`“${phrase}” is not in the document text`);
  await page.mouse.click(point.x, point.y);
}

/** Drags the mouse from the first character of `phrase` to its last, as a reader selects a passage. */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  // Pressing inside an existing selection would drag it; a reader clicks elsewhere first.
  await page.getByRole('heading', { level: 2 }).first().click();
  await dragAcross(page, phrase);
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  if (selected.trim() !== phrase.trim()) throw new Error(`selected “${selected}” instead of “${phrase}”`);
}

/**
 * Presses the mouse on the first character of `phrase` and lets go on its last, moving in steps as a
 * hand does; whatever lies under the pointer on the way (a drag handle, a stripe) gets the events.
 */
export async function dragAcross(page: Page, phrase: string, within?: string): Promise<void> {
  const box = await phraseBox(page, phrase, within);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/**
 * The passages highlighted in the open document, by code id: the text of each group of boxes the
 * highlight layer draws, read from the document's stored text at the offsets the group was drawn for.
 * (Where the boxes land over the text is test/e2e/highlightBoxes.test.ts's.)
 */
export async function highlightedPassages(page: Page): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const { code, text } of await drawnPassages(page, '.hl')) (result[code!] ??= []).push(text);
  return result;
}

/** The passage the screen emphasises as the chosen coding's (none, or one). */
export async function emphasisedPassages(page: Page): Promise<string[]> {
  return (await drawnPassages(page, '.hl-active')).map((drawn) => drawn.text);
}

async function drawnPassages(page: Page, groups: string): Promise<Array<{ code: string | undefined; text: string }>> {
  const projectId = await openProjectId(page);
  return page.evaluate(
    async ([database, selector]) => {
      const layer = document.querySelector<HTMLElement>('.highlight-layer');
      const drawn = [...(layer?.querySelectorAll<HTMLElement>(`:scope > ${selector}`) ?? [])];
      if (!layer || drawn.length === 0) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stored = await new Promise<{ text: string } | undefined>((resolve, reject) => {
        const request = db.transaction('texts').objectStore('texts').get(layer.dataset.document!);
        request.onsuccess = () => resolve(request.result as { text: string } | undefined);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return drawn.map((group) => ({ code: group.dataset.code, text: stored!.text.slice(Number(group.dataset.start), Number(group.dataset.end)) }));
    },
    [`framewise-project-${projectId}`, groups] as const,
  );
}

/** Every highlighted passage of the open document, whatever its code. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return Object.values(await highlightedPassages(page)).flat();
}

export async function exportCsv(app: App, path: string, variant: 'plain' | 'spreadsheet' = 'plain'): Promise<void> {
  app.dialog.willSaveTo(path);
  await app.page.getByRole('button', { name: 'Export' }).click();
  await app.page
    .getByRole('menuitem', { name: variant === 'plain' ? 'Coded segments (CSV)' : 'Coded segments for Excel (CSV, spreadsheet-safe)' })
    .click();
  await app.page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${path}` }).waitFor();
}

/**
 * The first start's welcome dialog, from the keyboard alone: the coder's name, their colour if given
 * (arrow keys through the colours from the one chosen for them), then an empty project.
 */
export async function welcomeFromKeyboard(page: Page, coder: string, colour?: string): Promise<void> {
  const welcome = page.getByRole('dialog', { name: 'Welcome to Framewise' });
  await tabTo(page, welcome.getByLabel('Your name as coder'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(coder);
  if (colour) {
    const wanted = welcome.getByRole('radio', { name: colour });
    await tabTo(page, welcome.getByRole('radio', { checked: true }));
    for (let i = 0; i < 20 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowRight');
    if (!(await wanted.isChecked())) throw new Error(`the colour ${colour} was not reached with the arrow keys`);
  }
  await tabTo(page, welcome.getByRole('button', { name: 'Start with an empty project' }));
  await page.keyboard.press('Enter');
  await welcome.waitFor({ state: 'detached' });
}

/**
 * Resolves once the page has drawn `count` more frames: by then the tasks the last action queued (a
 * selectionchange, React's commit of the state it set) have run. An event to wait for, not a time.
 */
export async function nextFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(frames);
      }),
    count,
  );
}

/**
 * Presses Tab until `target` has the focus, as a keyboard user moves through the window. A toolbar, and
 * a list of rows (the documents in Code), is one stop of Tab: arriving in the one that holds `target`,
 * the arrow keys move to it (in a list, from its first row).
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    const arrivedIn = await target.evaluate((el) => {
      const holder = el.getAttribute('role') === 'row' ? el.closest('[role="grid"]') : el.closest('[role="toolbar"]');
      return holder !== null && holder.contains(document.activeElement) ? holder.getAttribute('role') : null;
    });
    if (arrivedIn) {
      if (arrivedIn === 'grid') await page.keyboard.press('Home');
      for (let j = 0; j < 30; j++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press(arrivedIn === 'grid' ? 'ArrowDown' : 'ArrowRight');
      }
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} was not reached with ${limit} presses of Tab`);
}

/** What a screen reader reads as the element's description: the texts its aria-describedby names. */
export async function describedText(target: Locator): Promise<string> {
  return target.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/u)
      .filter(Boolean)
      .map((id) => {
        // Text hidden from assistive technology is not part of the description.
        const copy = document.getElementById(id)?.cloneNode(true) as HTMLElement | undefined;
        copy?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        return copy?.textContent?.trim() ?? '';
      })
      .join(' '),
  );
}
