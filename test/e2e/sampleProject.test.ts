// First start offers the sample project: documents with leanings and passages already coded.
import { expect, test } from 'vitest';
import { launchApp, type App } from './app';
import { describedText, highlightedTexts, openDocument } from './actions';
import { listedProjects, openProjectName } from './projectSwitcher';
import { DEFAULT_CODEBOOK } from '../../shared/codebook/defaultCodebook';

let app: App | undefined;

test('the sample project opens with coded passages highlighted, beside a first empty project', async () => {
  app = await launchApp({ welcome: 'sample' });
  const { page } = app;
  await expect.poll(() => openProjectName(page)).toBe('Sample project: Riverton mayoral race');
  expect(await listedProjects(page)).toEqual(['My project', 'Sample project: Riverton mayoral race']);
  const documents = page.getByRole('navigation', { name: /Documents/ }).getByRole('row');
  await expect.poll(() => documents.count()).toBe(4);

  await openDocument(page, 'Candidate questionnaire: Maria Okafor on housing, transit and safety');
  await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(['We will build 4,000 homes by 2029', '4,000 homes by 2029', 'we approved 1,150 new homes in three years']));
  expect(await page.getByRole('heading', { name: /^Coded passages/ }).innerText()).toBe('Coded passages (4)');

  // The default codebook, with definitions.
  expect(await page.getByRole('button', { name: /^Apply / }).allInnerTexts()).toEqual(['pledge1', 'claim2', 'criticism3', 'metric4'].map((t) => expect.stringContaining(t.replace(/\d$/, ''))));
  // Each code's button is described by its definition (the default codebook's, which agree with the
  // reference corpus's: test/shared/codebook/defaultCodebook.corpus.test.ts).
  const definitions = Object.fromEntries(DEFAULT_CODEBOOK.map((code) => [code.name, code.definition]));
  expect(await describedText(page.getByRole('button', { name: 'Apply metric' }))).toBe(definitions.metric!);
  expect(await describedText(page.getByRole('button', { name: 'Apply pledge' }))).toBe(definitions.pledge!);
  expect(app.pageErrors).toEqual([]);
});
