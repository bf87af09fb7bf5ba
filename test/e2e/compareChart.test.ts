// Charts of the Compare table, as a researcher uses them: grouped bars by leaning with a bar for
// every code and group, the chart's numbers as a table equal to the Compare table's, stacked bars and
// the heatmap, and the chart saved as an SVG that parses and a PNG of the size chosen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { scratchFolder } from './teardown';
import { codedPressProject } from './analysisProject';
import { chooseOption } from './choose';

const CODES = ['pledge', 'claim', 'criticism', 'metric'];
const GROUPS = ['center', 'left', 'right', 'subject'];

test('a chart of codes by leaning: bars for each group, its numbers as a table, saved as SVG and PNG', async () => {
  const app = await codedPressProject();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Compare' }).click();
  const place = page.getByRole('main', { name: 'Compare' });
  await chooseOption(place, 'Columns', 'By leaning');
  const table = place.getByRole('table', { name: 'Passages' });
  const cell = (code: string, group: string) => table.getByRole('button', { name: new RegExp(`^${code}, ${group}: `) });
  await expect.poll(() => cell('criticism', 'right').innerText()).toBe('3');

  const chartSection = place.getByRole('region', { name: 'Chart' });
  await chooseOption(chartSection, 'Chart', 'Grouped bars');
  const chart = chartSection.getByRole('img', { name: 'Passages, grouped bars' });
  await chart.waitFor();
  // A bar for every code in every group, named with its number.
  for (const code of CODES) {
    for (const group of GROUPS) {
      const number = await cell(code, group).innerText();
      await expect.poll(() => chart.getByLabel(`${code}, ${group}: ${number}`, { exact: true }).count()).toBe(1);
    }
  }

  // The table alternative reads the same numbers as the Compare table, and can be shown.
  const data = chartSection.getByRole('table', { name: 'Chart data: Passages' });
  expect(await data.getByRole('columnheader').allInnerTexts()).toEqual(['Row', ...GROUPS]);
  for (const code of CODES) {
    const numbers = await data.getByRole('row').filter({ has: page.getByRole('rowheader', { name: code, exact: true }) }).getByRole('cell').allTextContents();
    const shown = await Promise.all(GROUPS.map((group) => cell(code, group).innerText()));
    expect(numbers, code).toEqual(shown);
  }
  await chartSection.getByRole('checkbox', { name: 'Show the chart’s numbers as a table' }).check();
  await expect.poll(() => data.isVisible()).toBe(true);

  // The measure changes, the chart and its table follow: share of text as the table writes it.
  await chooseOption(place, 'Measure', 'Share of the text coded');
  const shareChart = chartSection.getByRole('img', { name: 'Share of the text coded, grouped bars' });
  await shareChart.waitFor();
  const rightShare = await place.getByRole('table', { name: 'Share of the text coded' }).getByRole('button', { name: /^criticism, right: / }).innerText();
  expect(rightShare).toMatch(/%$/);
  await expect.poll(() => shareChart.getByLabel(`criticism, right: ${rightShare}`, { exact: true }).count()).toBe(1);
  await chooseOption(place, 'Measure', 'Passages');

  // Stacked bars: one segment per code and group; the heatmap: one cell per code and group.
  await chooseOption(chartSection, 'Chart', 'Stacked bars');
  const stacked = chartSection.getByRole('img', { name: 'Passages, stacked bars' });
  await expect.poll(() => stacked.getByLabel('criticism, right: 3', { exact: true }).count()).toBe(1);
  await chooseOption(chartSection, 'Chart', 'Heatmap');
  const heatmap = chartSection.getByRole('img', { name: 'Passages, heatmap' });
  await expect.poll(() => heatmap.getByLabel(/^(pledge|claim|criticism|metric), (center|left|right|subject): \d+$/).count()).toBe(16);

  // Saved at a chosen size: an SVG that parses, with the bars' numbers, and a PNG of that size.
  await chooseOption(chartSection, 'Chart', 'Grouped bars');
  await chartSection.getByLabel('Width (px)').fill('900');
  await chartSection.getByLabel('Width (px)').press('Enter');
  await chartSection.getByLabel('Height (px)').fill('500');
  await chartSection.getByLabel('Height (px)').press('Enter');
  await expect.poll(() => chartSection.getByRole('img', { name: 'Passages, grouped bars' }).getAttribute('width')).toBe('900');
  const folder = await scratchFolder();
  const svgPath = join(folder, 'chart.svg');
  app.dialog.willSaveTo(svgPath);
  await chartSection.getByRole('button', { name: 'Save chart as SVG…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${svgPath}` }).waitFor();
  const svgText = readFileSync(svgPath, 'utf8');
  expect(XMLValidator.validate(svgText)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(svgText) as { svg: Record<string, string> };
  expect(parsed.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
  expect(parsed.svg['@_width']).toBe('900');
  expect(parsed.svg['@_height']).toBe('500');
  expect(svgText).toContain('aria-label="criticism, right: 3"');

  const pngPath = join(folder, 'chart.png');
  app.dialog.willSaveTo(pngPath);
  await chartSection.getByRole('button', { name: 'Save chart as PNG…' }).click();
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: `to ${pngPath}` }).waitFor();
  const png = readFileSync(pngPath);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The IHDR chunk: width and height, big-endian, after the signature, length and type.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([900, 500]);
  expect(app.pageErrors).toEqual([]);
});
