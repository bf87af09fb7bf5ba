// @vitest-environment jsdom
// The Compare chart's text alternative: its numbers as a table, hidden to the eye and read by screen
// readers. A table hidden to the eye cannot be scrolled, so it must hold every row, however long:
// drawn a screenful at a time, a codebook of 200 codes left a screen reader with the first few.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { CompareChart } from '../../../../renderer/features/analysis/CompareChart';
import { EMPTY_DOCUMENT_FILTER } from '../../../../shared/library/documentFilter';
import { compareTable } from '../../../../shared/stats/compare';
import { code, codingOf, doc, project } from '../../../shared/analysis/fixtures';
import { screen, settle, type Screen } from '../memos/memoHarness';

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

test('every row of a long chart is in its data table', async () => {
  const A = 'Crime rose.';
  const B = 'Reform won.';
  const codes = Array.from({ length: 200 }, (_, i) => code(`c${i}`, `code ${i}`, null, i));
  const { index } = project({
    documents: [doc('a', 0, A, { leaning: 'right' }), doc('b', 1, B, { leaning: 'left' })],
    codes,
    codings: [codingOf(A, 'a', 'c0', 'Crime'), codingOf(B, 'b', 'c1', 'Reform')],
    texts: { a: A, b: B },
  });
  const table = compareTable(index, { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] });
  const values = table.rows.map((_, r) => table.columns.map((_c, c) => table.cells[r]![c]!.passages));
  await view.render(<CompareChart kind="heatmap" width={720} height={400} measureLabel="Passages" projectName="p" onChange={() => {}} table={table} values={values} measure="passages" percent={false} intervals={null} />);
  await settle();
  const data = [...view.host.querySelectorAll('table')].find((t) => t.caption?.textContent === 'Chart data: Passages')!;
  expect(data.tBodies[0]!.querySelectorAll('tr[data-index]')).toHaveLength(200);
  expect(data.closest('.result-scroller')).toBeNull();
});
