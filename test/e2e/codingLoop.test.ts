// The main job, end to end: import the project's own press texts, code real passages with the mouse,
// quit and reopen, and export the coded segments as CSV that slices back to the passages (the same on
// the reference corpus: codingLoop.corpus.test.ts); and a document whose characters make the two
// offset units differ.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { exportCsv, importThroughDialog, openDocument, selectWithMouse } from './actions';
import { canonicalTextOf, readCsv } from './corpus';
import { codeReopenAndExport } from './codingLoop';
import { pressPaths } from '../fixtures/press';

let app: App | undefined;

describe('the coding loop', () => {
  test('import the press texts, code passages with each code, reopen, export CSV that slices back', async () => {
    const { exported, coded, pageErrors } = await codeReopenAndExport({
      paths: pressPaths(),
      passages: [
        { doc: '00-candidate-questionnaire', code: 'pledge', text: 'In my next term, we will expand these programs' },
        { doc: '01-station-news', code: 'claim', text: 'Whitfield faces numerous challenges when he takes office in January' },
        { doc: '02-watchdog-profile', code: 'criticism', text: 'looking for a wider array of excuses to NOT prosecute actual criminals' },
        { doc: '02-watchdog-profile', code: 'metric', text: 'Eastvale set a new record for homicides in 2021, with 312 in total' },
        // Overlaps the metric passage above: one passage, two codes.
        { doc: '02-watchdog-profile', code: 'claim', text: 'a new record for homicides' },
        { doc: '03-gazette-news', code: 'metric', text: 'In 2017, the Eastvale Police Department launched a diversion program' },
      ],
      overlap: '02-watchdog-profile',
      inBoth: 'new record for',
    });
    // Every passage coded is exported once, in document order, with its code and exact text.
    expect(exported).toEqual(coded);
    expect(pageErrors).toEqual([]);
  });

  test('a document with emoji, astral characters, combining marks and CRLF line endings exports offsets that slice', async () => {
    app = await launchApp();
    const path = join(app.dataDir, 'unicode.txt');
    const raw = 'Caf\u00e9 \u{1F600} and \u{1D54F} first line\r\nse\u0301cond line \u{1F469}\u{1F3FD}\u200D\u{1F4BB} here\r\n\r\nAfter 😀😀 the pledge: we will cut emissions by 40% before 2030.\r\n';
    await writeFile(path, raw, 'utf8');
    await importThroughDialog(app, [path]);
    await openDocument(app.page, 'unicode');
    await selectWithMouse(app.page, 'we will cut emissions by 40% before 2030');
    await app.page.getByRole('button', { name: 'Apply pledge' }).click();
    await selectWithMouse(app.page, 'cond line');
    await app.page.getByRole('button', { name: 'Apply claim' }).click();
    await app.page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as claim' }).waitFor();

    const csvPath = join(app.dataDir, 'unicode.csv');
    await exportCsv(app, csvPath, 'spreadsheet');
    const rows = readCsv(csvPath);
    const text = canonicalTextOf(path);
    expect(text).not.toContain('\r');
    expect(rows.map((r) => r.text)).toEqual(['cond line', 'we will cut emissions by 40% before 2030']);
    for (const row of rows) {
      expect([...text].slice(Number(row.start_cp), Number(row.end_cp)).join('')).toBe(row.text);
      expect(text.slice(Number(row.start_utf16), Number(row.end_utf16))).toBe(row.text);
      // Astral characters before the passage make the two units differ.
      expect(Number(row.start_utf16)).toBeGreaterThan(Number(row.start_cp));
    }
    expect(app.pageErrors).toEqual([]);
  });
});
