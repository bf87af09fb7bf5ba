// The main job, end to end: import the reference corpus, code real passages with the mouse, quit and
// reopen, and export the coded segments as CSV that slices back to the passages.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { clickInText, exportCsv, highlightedTexts, importThroughDialog, openDocument, selectWithMouse } from './actions';
import { canonicalTextOf, readCsv, seedPaths } from './corpus';

let app: App | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const passages = [
  { doc: '000_8fa37899decf97f1', code: 'pledge', text: 'In my next term, we will expand these programs' },
  { doc: '001_7cf2908493edfbbd', code: 'claim', text: 'Krasner faces numerous challenges when he takes office in January' },
  { doc: '002_6f481a5a51487085', code: 'criticism', text: 'looking for a wider array of excuses to NOT prosecute actual criminals' },
  { doc: '002_6f481a5a51487085', code: 'metric', text: 'Philadelphia set a new record for homicides in 2021, with 562 in total' },
  // Overlaps the metric passage above: one passage, two codes.
  { doc: '002_6f481a5a51487085', code: 'claim', text: 'a new record for homicides' },
  { doc: '003_3827fcb4d4eedffb', code: 'metric', text: 'In 2017, the Philadelphia Police Department launched a diversion program' },
];

async function codeWithMouse(app: App, passage: { doc: string; code: string; text: string }): Promise<void> {
  await openDocument(app.page, passage.doc);
  await selectWithMouse(app.page, passage.text);
  await app.page.getByRole('button', { name: `Apply ${passage.code}` }).click();
  await app.page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${passage.code}` }).waitFor();
}

describe('the coding loop', () => {
  test('import the reference corpus, code passages with each code, reopen, export CSV that slices back', async () => {
    app = await launchApp();
    const report = await importThroughDialog(app, seedPaths());
    expect(report).toContain('Imported 5 documents.');

    for (const passage of passages) await codeWithMouse(app, passage);

    // Both codes of the overlapping passages are drawn, each over its own words.
    await openDocument(app.page, '002_6f481a5a51487085');
    await expect
      .poll(() => highlightedTexts(app!.page))
      .toEqual(expect.arrayContaining(passages.filter((p) => p.doc === '002_6f481a5a51487085').map((p) => p.text)));

    // Clicking into a highlight lists its codes.
    await clickInText(app.page, 'new record for');
    const here = app.page.getByRole('list', { name: 'Codes on this passage' });
    await expect.poll(() => here.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^metric/), expect.stringMatching(/^claim/)]);

    // Quit and reopen on the same profile: the codings and their highlights are still there.
    app = await app.relaunch();
    await openDocument(app.page, '000_8fa37899decf97f1');
    await expect.poll(() => highlightedTexts(app!.page)).toEqual([passages[0]!.text]);
    await openDocument(app.page, '002_6f481a5a51487085');
    await expect.poll(() => highlightedTexts(app!.page).then((t) => t.length)).toBe(3);

    const csvPath = join(app.dataDir, 'segments.csv');
    await exportCsv(app, csvPath);
    const rows = readCsv(csvPath);
    expect(rows).toHaveLength(passages.length);
    const byFile = new Map(seedPaths().map((path) => [path.split('/').at(-1)!, canonicalTextOf(path)]));
    for (const row of rows) {
      const text = byFile.get(row.document_file!)!;
      expect([...text].slice(Number(row.start_cp), Number(row.end_cp)).join('')).toBe(row.text);
      expect(text.slice(Number(row.start_utf16), Number(row.end_utf16))).toBe(row.text);
    }
    expect(rows.map((r) => [r.document_title, r.code, r.text])).toEqual(
      [...passages]
        .sort((a, b) => a.doc.localeCompare(b.doc) || byFile.get(`${a.doc}.txt`)!.indexOf(a.text) - byFile.get(`${b.doc}.txt`)!.indexOf(b.text))
        .map((p) => [p.doc, p.code, p.text]),
    );
    expect(app.pageErrors).toEqual([]);
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
