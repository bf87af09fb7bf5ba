// The real REFI-QDA exports in ../shared/refi-qda/samples (ATLAS.ti 23, MAXQDA 24, NVivo for Mac 15,
// an ATLAS.ti 23.4 codebook), imported through the window as a researcher would: each as a new
// project, with the counts its file holds (test/shared/interop/refiSamples.corpus.test.ts counted
// them) and its code tree intact; what is not imported is listed in the report with the reason.
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { ProjectTables } from '../../shared/projectFile/projectTables';
import { launchApp, type App } from './app';
import { openProjectId, projectRows } from './projectRows';

const samples = fileURLToPath(new URL('../../../shared/refi-qda/samples/', import.meta.url));

async function importAsNewProject(app: App, file: string): Promise<{ rows: ProjectTables; report: string }> {
  const before = await openProjectId(app.page);
  app.dialog.willOpen([`${samples}${file}`]);
  await app.page.getByRole('button', { name: 'More import options' }).click();
  await app.page.getByRole('menuitem', { name: 'REFI-QDA project (.qdpx)…' }).click();
  await app.page.getByRole('dialog', { name: `Import ${file}` }).getByRole('button', { name: 'Import as a new project' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Import report' });
  await dialog.waitFor();
  const report = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => openProjectId(app.page)).not.toBe(before);
  return { rows: await projectRows(app.page, await openProjectId(app.page)), report };
}

const topCodes = (rows: ProjectTables) => rows.codes.filter((c) => c.parentId === null).map((c) => c.name).sort();

test('ATLAS.ti 23’s project comes in with its nested codebook of 3 codes', async () => {
  const app = await launchApp();
  const { rows } = await importAsNewProject(app, 'atlasti23_target-atlas-project.qdpx');
  expect(rows.codes).toHaveLength(3);
  expect(topCodes(rows)).toEqual(['Commits']);
  expect(rows.coders.map((c) => c.name)).toEqual(expect.arrayContaining(['Enric Llagostera', 'ATLAS.ti']));
  expect(app.pageErrors).toEqual([]);
});

test('MAXQDA 24’s project comes in with 10 texts, 307 codes under 18 top codes, colours, descriptions and 2 document sets', async () => {
  const app = await launchApp();
  const { rows } = await importAsNewProject(app, 'maxqda24_ICLS_Conf_Themes_just10.qdpx');
  expect(rows.documents).toHaveLength(10);
  expect(rows.texts).toHaveLength(10);
  expect(rows.codes).toHaveLength(307);
  expect(topCodes(rows)).toHaveLength(18);
  expect(rows.codes.find((c) => c.name === 'THEME - Affinity Spaces (Gee)')).toMatchObject({ color: '#ef8256', definition: "Apply this code when a study uses Gee's concept of affinity spaces." });
  expect(rows.documentSets.map((s) => [s.name, s.docIds.length]).sort()).toEqual([
    ['ICLS 2024', 5],
    ['ICLS 2025', 5],
  ]);
  expect(app.pageErrors).toEqual([]);
});

test('NVivo for Mac 15’s project comes in with 262 codes under 3 top codes; its two empty DOCX sources are reported, not imported blank', async () => {
  const app = await launchApp();
  const { rows, report } = await importAsNewProject(app, 'nvivo-mac15_nvivo_project.qdpx');
  expect(rows.codes).toHaveLength(262);
  expect(topCodes(rows)).toEqual(['rq1_definition', 'rq2_curriculum_and_instruction', 'rq3_process']);
  expect(rows.documents).toEqual([]);
  // Their text is in a DOCX, which the library's extractor read in main: it holds no text.
  expect(report.match(/source “[0-9a-f-]{36}”: its text could not be read from [^:]+\.docx: .*?no text/gu)).toHaveLength(2);
  expect(app.pageErrors).toEqual([]);
});

test('ATLAS.ti 23.4’s codebook adds its one code to the codebook, its code group reported', async () => {
  const app = await launchApp();
  const before = await projectRows(app.page, await openProjectId(app.page));
  app.dialog.willOpen([`${samples}atlasti23.4_codebook_from-requal-test.qdc`]);
  await app.page.getByRole('button', { name: 'More import options' }).click();
  await app.page.getByRole('menuitem', { name: 'REFI-QDA codebook (.qdc)…' }).click();
  const preview = app.page.getByRole('dialog', { name: 'Import the codebook atlasti23.4_codebook_from-requal-test.qdc' });
  await expect.poll(() => preview.getByRole('list', { name: 'Conflicts and items not imported' }).textContent()).toContain('code group');
  await preview.getByRole('button', { name: 'Add to the codebook' }).click();
  await app.page.getByRole('dialog', { name: 'Codebook import report' }).getByRole('button', { name: 'Close' }).click();
  const after = await projectRows(app.page, await openProjectId(app.page));
  expect(after.codes).toHaveLength(before.codes.length + 1);
  expect(after.codes.find((c) => c.name === 'code1')).toMatchObject({ color: '#46aa00', definition: 'description' });
  expect(app.pageErrors).toEqual([]);
});
