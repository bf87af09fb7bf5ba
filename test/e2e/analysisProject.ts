// The small project Retrieve and Compare scenarios start from: the press corpus imported with its
// manifest (leaning: left, center, right, subject), and a few passages coded as a researcher does,
// by selecting with the mouse and applying a code.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type App } from './app';
import { openDocument, selectWithMouse } from './actions';
import { PRESS_MANIFEST, pressPaths } from '../fixtures/press';
import { chooseOption } from './choose';

export const RIGHT = 'Critical profile: the donor-backed DA';
export const LEFT = "Progressive magazine: the movement's win in the DA primary";
export const CENTER = 'Local news: DA floats ending drug possession charges';

export interface CodedPassage {
  doc: string;
  code: string;
  text: string;
}

/** Three criticism passages on the right, one in the centre, one on the left; other codes beside them. */
export const CODED: readonly CodedPassage[] = [
  { doc: RIGHT, code: 'criticism', text: 'Carjackings doubled in two years.' },
  { doc: RIGHT, code: 'criticism', text: 'Whitfield fired 31 prosecutors' },
  { doc: RIGHT, code: 'criticism', text: 'He has not blamed his own policies.' },
  { doc: RIGHT, code: 'metric', text: 'Eastvale set a new record for homicides in 2021' },
  { doc: CENTER, code: 'criticism', text: 'He did not give a date or say which drugs would be covered.' },
  { doc: LEFT, code: 'criticism', text: 'The police union spent heavily against him' },
  { doc: LEFT, code: 'pledge', text: 'Whitfield ran on ending cash bail' },
];

/** The press corpus imported with its manifest, nothing coded yet. */
export async function pressProject(): Promise<App> {
  const app = await launchApp();
  const { page } = app;
  app.dialog.willOpen([PRESS_MANIFEST]);
  app.dialog.willOpen(pressPaths());
  await page.getByRole('button', { name: 'More import options' }).click();
  await page.getByRole('menuitem', { name: 'Import with a manifest…' }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await report.waitFor();
  expect(await report.innerText()).toContain('The manifest described 5 of 5 documents.');
  return app;
}

export async function codedPressProject(): Promise<App> {
  const app = await pressProject();
  const { page } = app;
  for (const passage of CODED) {
    await openDocument(page, passage.doc);
    await selectWithMouse(page, passage.text);
    await page.getByRole('button', { name: `Apply ${passage.code}` }).click();
    await page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${passage.code}` }).waitFor();
  }
  return app;
}

/** Retrieve's corpus search, opened from the rail, set to read the pattern as a regular expression. */
export async function regexSearch(page: Page) {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Retrieve' }).click();
  const place = page.getByRole('main', { name: 'Retrieve' });
  await place.getByRole('tablist', { name: 'Find' }).getByRole('tab', { name: 'Search the texts' }).click();
  const form = place.getByRole('search', { name: 'Search the texts' });
  await chooseOption(form, 'Search as', 'Regular expression');
  return { place, form };
}
