// Screenshot baselines of each place, light and dark, at 1280x800: a layout regression (a pane that no
// longer fills the height, a toolbar that wraps, a colour token gone wrong) fails here. The pictures
// are committed under test/e2e/screenshots/; `UPDATE_SCREENSHOTS=1 npx vitest run test/e2e/screenshots.test.ts`
// rewrites them after an intended change (look at them before committing).
//
// Deterministic: the sample project (fixed texts and codes), the mouse parked outside every control,
// no animation, no caret, and the list of backups (the only clock on screen) masked.
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { openDocument } from './actions';
import { matchesBaseline as compare } from './screenshotBaseline';

let app: App | undefined;

for (const scheme of ['light', 'dark'] as const) {
  test(`each place looks as its baseline, ${scheme}`, async () => {
    app = await launchApp({ welcome: 'sample' });
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);

    await page.keyboard.press('Control+1');
    await page.getByRole('heading', { name: /^Library/ }).waitFor();
    // Every row drawn, with its coding count.
    await expect.poll(() => page.getByRole('row').count()).toBe(5);
    await expect.poll(() => page.getByRole('gridcell', { name: '4', exact: true }).count()).toBe(1);
    await compare(page, `library-${scheme}`);

    await page.keyboard.press('Control+2');
    await openDocument(page, 'The Riverton Ledger: Okafor\'s housing plan wins praise from tenant groups');
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (1)');
    await expect.poll(() => page.getByRole('heading', { name: /^Memos$/ }).count()).toBe(1);
    await compare(page, `code-${scheme}`);

    await page.keyboard.press('Control+6');
    const status = page.getByRole('status', { name: 'Backup status' });
    // The opening's backup, taken once the keyboard has rested (features/backups/inputPause.ts).
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toContain('Last backup');
    await expect.poll(() => page.getByText('Listing the backups…').count()).toBe(0);
    // The list of backups (times, and how many there are yet) is the clock's: masked whole, the
    // place's frame (rail, toolbar, header, status row) is what is compared.
    await compare(page, `backups-${scheme}`, [page.locator('.backups-main')]);
    expect(app.pageErrors).toEqual([]);
  });
}
