// The drag-select scenario of issue 9 as steps, for the project's own magazine text
// (dragSelect.test.ts) and for the reference corpus's "Progressive magazine" (dragSelect.corpus.test.ts):
// a claim coded on a sentence, then a drag over its last words, which ends where the claim ends.
import { expect } from 'vitest';
import { launchApp, type App } from './app';
import { dragAcross, highlightedPassages, importThroughDialog, openDocument, selectWithMouse } from './actions';

export interface DragScenario {
  path: string;
  /** The document's title in the list (its file name). */
  doc: string;
  /** The sentence coded as a claim. */
  claim: string;
  /** The words at its end dragged over and coded as a metric. */
  figure: string;
}

/** The document open, with a claim coded on `claim`, which is still selected. */
export async function withClaimCoded({ path, doc, claim }: DragScenario): Promise<App> {
  const app = await launchApp();
  const { page } = app;
  await importThroughDialog(app, [path]);
  await openDocument(page, doc);
  await selectWithMouse(page, claim);
  await page.getByRole('button', { name: 'Apply claim' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as claim.' }).waitFor();
  // The claim is the coding at the selection: its handles are drawn at its two ends.
  await expect.poll(() => page.locator('.boundary-handle').count()).toBe(2);
  return app;
}

/**
 * A drag over `figure`, ending on the claim's end handle, selects just `figure`, and key 4 codes it.
 * Returns the passages then drawn (each coding's text, sorted) and the page's errors.
 */
export async function dragOverTheClaimsEnd(scenario: DragScenario): Promise<{ drawn: string[]; pageErrors: string[] }> {
  const app = await withClaimCoded(scenario);
  const { page } = app;
  // A click elsewhere (the selection stays the claim's), then a drag that starts inside the claim and
  // ends on its last character, where its end handle is.
  await page.getByRole('heading', { level: 2 }).first().click();
  await dragAcross(page, scenario.figure);
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(scenario.figure);
  await page.keyboard.press('4');
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as metric.' }).waitFor();
  // Two codes, one passage each, listed once the metric is stored; the callers check what is drawn.
  await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (2)');
  const drawn = Object.values(await highlightedPassages(page));
  return { drawn: drawn.map((texts) => texts.join(' | ')).sort(), pageErrors: app.pageErrors };
}
