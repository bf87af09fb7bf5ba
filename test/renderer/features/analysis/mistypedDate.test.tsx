// @vitest-environment jsdom
// A date being typed into the document filter ("2", "20", "2017-0" on the way to "2017-05") is not
// a date for a moment. Distinctive words read the filter while drawing: the view must say what is
// wrong with the date, not fail as a whole, nor blame the columns.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { EMPTY_DOCUMENT_FILTER } from '../../../../shared/library/documentFilter';
import { code, doc, project } from '../../../shared/analysis/fixtures';
import { screen, settle, type Screen } from '../memos/memoHarness';
import { analysisData, inProcessRunner } from './inProcessAnalysis';

vi.mock('../../../../renderer/features/analysis/analysisRunner', () => inProcessRunner());
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => ({ db: { name: 'mistyped-date-project' } }) }));
const { DistinctiveWordsView } = await import('../../../../renderer/features/analysis/DistinctiveWordsView');

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

const texts = { a: 'Crime rose in the city.', b: 'Reform cut the jail population.' };
const { rows } = project({ documents: [doc('a', 0, texts.a, { leaning: 'right' }, { date: '2019' }), doc('b', 1, texts.b, { leaning: 'left' }, { date: '2020' })], codes: [code('p', 'pledge')], texts });
const data = analysisData({ rows, texts: new Map(Object.entries(texts)) });

test('distinctive words with a date half typed say the date is not one', async () => {
  await view.render(<DistinctiveWordsView data={data} coderIds={[]} documents={{ ...EMPTY_DOCUMENT_FILTER, dateFrom: '20' }} grouping={{ kind: 'attribute', name: 'leaning' }} />);
  await settle();
  expect(view.host.textContent).toMatch(/“20” is not a date/);
  expect(view.host.textContent).not.toMatch(/choose columns with at least two groups/);
});

test('with the date complete, the two groups are compared', async () => {
  await view.render(<DistinctiveWordsView data={data} coderIds={[]} documents={{ ...EMPTY_DOCUMENT_FILTER, dateFrom: '2019' }} grouping={{ kind: 'attribute', name: 'leaning' }} />);
  await settle();
  expect(view.host.querySelector('[aria-label="Distinctive words"]')).not.toBeNull();
  expect(view.host.textContent).toMatch(/More typical of left/);
});
