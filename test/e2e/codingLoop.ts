// The main job, end to end, as one scenario run on a set of texts: import them, code passages with the
// mouse (two of them overlapping: one passage, two codes), quit and reopen, and export the coded
// segments as CSV that slices back to the passages. codingLoop.test.ts runs it on the project's own
// press texts, codingLoop.corpus.test.ts on the reference corpus.
import { join } from 'node:path';
import { expect } from 'vitest';
import { launchApp, type App } from './app';
import { clickInText, exportCsv, highlightedTexts, importThroughDialog, openDocument, selectWithMouse } from './actions';
import { canonicalTextOf, readCsv } from './corpus';

export interface Passage {
  /** The document's title: its file name without “.txt”. */
  doc: string;
  code: string;
  text: string;
}

export interface CodingLoop {
  /** Five .txt files. */
  paths: string[];
  /** The first is reopened after the restart; `overlap` names the document of the overlapping two. */
  passages: Passage[];
  /** The document with three passages, two of them overlapping (`metric`, then `claim` inside it). */
  overlap: string;
  /** A phrase inside both overlapping passages. */
  inBoth: string;
}

async function codeWithMouse(app: App, passage: Passage): Promise<void> {
  await openDocument(app.page, passage.doc);
  await selectWithMouse(app.page, passage.text);
  await app.page.getByRole('button', { name: `Apply ${passage.code}` }).click();
  await app.page.getByRole('status', { name: 'Status' }).filter({ hasText: `as ${passage.code}` }).waitFor();
}

/** What the export holds after the loop, beside what it should hold, and the page's errors. */
export interface CodingLoopOutcome {
  /** [document title, code, text] of each exported row, in the CSV's order. */
  exported: string[][];
  /** The passages coded, in the order the export promises (by document, then by place in its text). */
  coded: string[][];
  pageErrors: string[];
}

export async function codeReopenAndExport({ paths, passages, overlap, inBoth }: CodingLoop): Promise<CodingLoopOutcome> {
  let app = await launchApp();
  const report = await importThroughDialog(app, paths);
  expect(report).toContain('Imported 5 documents.');

  for (const passage of passages) await codeWithMouse(app, passage);

  // Both codes of the overlapping passages are drawn, each over its own words.
  await openDocument(app.page, overlap);
  await expect
    .poll(() => highlightedTexts(app.page))
    .toEqual(expect.arrayContaining(passages.filter((p) => p.doc === overlap).map((p) => p.text)));

  // Clicking into a highlight lists its codes.
  await clickInText(app.page, inBoth);
  const here = app.page.getByRole('list', { name: 'Codes on this passage' });
  await expect.poll(() => here.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^metric/), expect.stringMatching(/^claim/)]);

  // Quit and reopen on the same profile: the codings and their highlights are still there.
  app = await app.relaunch();
  await openDocument(app.page, passages[0]!.doc);
  await expect.poll(() => highlightedTexts(app.page)).toEqual([passages[0]!.text]);
  await openDocument(app.page, overlap);
  await expect.poll(() => highlightedTexts(app.page).then((t) => t.length)).toBe(3);

  const csvPath = join(app.dataDir, 'segments.csv');
  await exportCsv(app, csvPath);
  const rows = readCsv(csvPath);
  expect(rows).toHaveLength(passages.length);
  const byFile = new Map(paths.map((path) => [path.split('/').at(-1)!, canonicalTextOf(path)]));
  for (const row of rows) {
    const text = byFile.get(row.document_file!)!;
    expect([...text].slice(Number(row.start_cp), Number(row.end_cp)).join('')).toBe(row.text);
    expect(text.slice(Number(row.start_utf16), Number(row.end_utf16))).toBe(row.text);
  }
  return {
    exported: rows.map((r) => [r.document_title!, r.code!, r.text!]),
    coded: [...passages]
      .sort((a, b) => a.doc.localeCompare(b.doc) || byFile.get(`${a.doc}.txt`)!.indexOf(a.text) - byFile.get(`${b.doc}.txt`)!.indexOf(b.text))
      .map((p) => [p.doc, p.code, p.text]),
    pageErrors: app.pageErrors,
  };
}
