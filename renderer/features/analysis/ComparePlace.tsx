// The Compare place: codes (or a choice of them) by groups of documents (attribute values, sets,
// single documents, coders), one measure at a time, as counts or percentages, shaded as a heatmap
// whose number is always the text. Each column header gives its documents and words; a cell opens
// its passages in Retrieve, a row's name opens that row's passages side by side by the same groups.
// Below the table: the chi-square test of the passage counts, its warnings, and optional bootstrap
// intervals with their seed.
import { useCallback, useMemo } from 'react';
import type { Remote } from 'comlink';
import { attributeValueOptions, type DocumentFilter } from '../../../shared/library/documentFilter';
import type { Grouping } from '../../../shared/analysis/grouping';
import { COMPARE_MEASURES, MEASURE_LABELS, cellQuery, type CompareMeasure, type CompareSettings, type CompareTable } from '../../../shared/stats/compare';
import { comparePercentages, COUNT_MEASURES, type PercentBase } from '../../../shared/stats/comparePercent';
import type { CompareIntervalOptions } from '../../../shared/stats/compareIntervals';
import type { CompareTestResult } from '../../../shared/stats/compareTest';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { usePlace } from '../../places/PlaceContext';
import { ViewTabs, type TabName } from '../../ui/PanelTabs';
import { useProject } from '../projects/ProjectContext';
import { useExport } from '../../files/exportFile';
import { useAnalysisRead } from './useAnalysisIndex';
import { useAnalysisResult } from './useAnalysisResult';
import type { AnalysisWorkerApi } from './analysisWorker';
import { retrieveState } from './retrieveState';
import { compareState, type CompareView } from './compareState';
import { DocumentFilterFields } from './DocumentFilterFields';
import { GroupingPicker } from './GroupingPicker';
import { CodeChoices, CoderChoices } from './QueryFields';
import { toggled } from './toggled';
import { useSavedQueries } from './useSavedQueries';
import { CooccurrenceView } from './CooccurrenceView';
import { CompareChart } from './CompareChart';
import { defaultColumnsAttribute } from './defaultColumns';
import { DistinctiveWordsView } from './DistinctiveWordsView';
import { compareCsvExport } from './compareExport';
import { cellText } from './formatMeasure';
import { AnalysisProblem, PendingPlace } from './AnalysisProblem';
import { CheckField } from './CheckField';
import { SelectField, type Choice } from '../../ui/SelectField';
import { ResultTable, type ResultColumn } from './ResultTable';
import './analysis.css';

const RESAMPLES = 2000;

const TABLE_VIEWS: ReadonlyArray<TabName & { id: CompareView['table'] }> = [
  { id: 'groups', name: 'Codes by groups' },
  { id: 'cooccurrence', name: 'Codes by codes (co-occurrence)' },
  { id: 'words', name: 'Distinctive words' },
];

const MEASURE_CHOICES: readonly Choice[] = COMPARE_MEASURES.map((m) => ({ value: m, label: MEASURE_LABELS[m] }));
const PERCENT_CHOICES: readonly Choice[] = [
  { value: 'none', label: 'Numbers' },
  { value: 'row', label: '% of the row' },
  { value: 'column', label: '% of the column' },
];

type CompareRow = CompareTable['rows'][number];

export function ComparePlace() {
  // A failed read of the project is said here, in the place, and cleared by the next that succeeds.
  const { data, error: readError } = useAnalysisRead();
  const { db, project } = useProject();
  const { goTo } = usePlace();
  const runExport = useExport();
  const [view, setView] = compareState.use(db.name);
  const { rowKind, queryIds, codeIds, rollUp, columns, documents, coderIds, measure, percent, withIntervals, seed } = view;
  const change = (part: Partial<CompareView>) => setView({ ...view, ...part });
  const setCodeIds = (next: string[]) => change({ codeIds: next });
  const setRollUp = (next: boolean) => change({ rollUp: next });
  const setColumns = (next: Grouping) => change({ columns: next });
  const setDocuments = (next: DocumentFilter) => change({ documents: next });
  const setCoderIds = (next: string[]) => change({ coderIds: next });
  const setMeasure = (next: CompareMeasure) => change({ measure: next });
  const setPercent = (next: PercentBase | 'none') => change({ percent: next });
  const setWithIntervals = (next: boolean) => change({ withIntervals: next });
  const setSeed = (next: number) => change({ seed: next });

  const attributes = useMemo(() => (data ? attributeValueOptions(data.index.documents) : []), [data]);
  // Until a grouping is chosen, the attribute a researcher most likely compares by (defaultColumns.ts).
  const firstAttribute = useMemo(() => defaultColumnsAttribute(attributes), [attributes]);
  const grouping = useMemo<Grouping>(() => columns ?? (firstAttribute ? { kind: 'attribute', name: firstAttribute } : { kind: 'documents' }), [columns, firstAttribute]);
  const saved = useSavedQueries();
  const rowQueries = useMemo(() => saved.queries.filter((q) => queryIds.length === 0 || queryIds.includes(q.id)).map((q) => q.query), [saved.queries, queryIds]);
  const settings: CompareSettings = useMemo(
    () => ({ rows: rowKind === 'queries' ? { kind: 'queries', queries: rowQueries } : { kind: 'codes', codeIds, rollUp }, columns: grouping, documents, coderIds }),
    [rowKind, rowQueries, codeIds, rollUp, grouping, documents, coderIds],
  );
  const intervalOptions = useMemo<CompareIntervalOptions | null>(() => (withIntervals ? { resamples: RESAMPLES, seed } : null), [withIntervals, seed]);
  // The table, its test and its intervals come from the analysis worker, recomputed when the rows change.
  // The answer carries the interval settings it was computed with: while a new answer is computed the
  // last one stays on screen, and its export must name its own seed, not the one just typed.
  const askTable = useCallback(async (work: Remote<AnalysisWorkerApi>) => ({ ...(await work.compare(settings, intervalOptions)), intervalOptions }), [settings, intervalOptions]);
  const compared = useAnalysisResult(data, askTable);
  const answer = compared.value;

  if (!data || !answer)
    return <PendingPlace label="Compare" error={readError ?? compared.error} />;
  const { index } = data;
  const { table, test, intervals } = answer;
  const exportSource = { projectName: project.name, table, intervals, intervalOptions: answer.intervalOptions, test, coders: index.rows.coders };
  const percents = percent === 'none' ? null : comparePercentages(table, measure, percent);
  const values = table.rows.map((_, r) => table.columns.map((_c, c) => (percents ? percents[r]![c]! : table.cells[r]![c]![measure])));
  const largest = Math.max(0, ...values.flat().filter(Number.isFinite));

  const openCell = (r: number, c: number) => {
    const { query, scope } = cellQuery(table, r, c);
    const narrowed: RetrieveQuery = {
      ...query,
      documents: { ...query.documents, docIds: [...(scope.docIds ?? [])] },
      coderIds: scope.coderId ? [scope.coderId] : query.coderIds,
    };
    retrieveState.set(db.name, { query: narrowed, grouping: { kind: 'none' }, find: 'passages' });
    goTo('retrieve');
  };
  const openRow = (r: number) => {
    const row = table.rows[r]!;
    // A code's row reads the table's documents; a saved query keeps its own.
    retrieveState.set(db.name, { query: row.codeId !== null ? { ...row.query, documents } : row.query, grouping, find: 'passages' });
    goTo('retrieve');
  };
  const shownAs = percents ? `${MEASURE_LABELS[measure]}, % of the ${percent === 'row' ? 'row' : percent === 'column' ? 'column' : 'group’s documents'}` : MEASURE_LABELS[measure];

  return (
    <main className="analysis-place" aria-label="Compare">
      <form className="analysis-query" aria-label="Table settings" onSubmit={(event) => event.preventDefault()}>
        <h2>Compare</h2>
        <GroupingPicker label="Columns" grouping={grouping} onChange={setColumns} attributeNames={attributes.map((a) => a.name)} allowNone={false} />
        <fieldset className="analysis-choices analysis-inline">
          <legend>Rows</legend>
          <label>
            <input type="radio" name="compare-rows" checked={rowKind === 'codes'} onChange={() => change({ rowKind: 'codes' })} />
            Codes
          </label>
          <label>
            <input type="radio" name="compare-rows" checked={rowKind === 'queries'} onChange={() => change({ rowKind: 'queries' })} />
            Saved queries
          </label>
        </fieldset>
        {rowKind === 'codes' ? (
          <>
            <details className="analysis-details" open={codeIds.length > 0 || undefined}>
              <summary>{codeIds.length === 0 ? 'Every code' : `${codeIds.length} chosen codes`}</summary>
              <CodeChoices legend="Codes shown (none ticked: every code)" index={index} chosen={codeIds} onToggle={(id) => setCodeIds(toggled(codeIds, id))} />
            </details>
            <CheckField checked={rollUp} onChange={setRollUp}>
              Parents count their subcodes
            </CheckField>
          </>
        ) : saved.queries.length === 0 ? (
          <p className="analysis-muted">No saved queries yet: save one in Retrieve.</p>
        ) : (
          <fieldset className="analysis-choices">
            <legend>Saved queries shown (none ticked: all)</legend>
            {saved.queries.map((q) => (
              <label key={q.id}>
                <input type="checkbox" checked={queryIds.includes(q.id)} onChange={() => change({ queryIds: toggled(queryIds, q.id) })} />
                {q.name}
              </label>
            ))}
          </fieldset>
        )}
        <CoderChoices coders={index.rows.coders} chosen={coderIds} onChange={setCoderIds} />
        <DocumentFilterFields filter={documents} onChange={setDocuments} attributes={attributes} sets={index.rows.sets} />
      </form>
      <div className="analysis-results">
        <ViewTabs label="Table" className="analysis-views" views={TABLE_VIEWS} selected={view.table} onSelect={(table) => change({ table: table as CompareView['table'] })}>
        {view.table === 'words' ? (
          <DistinctiveWordsView data={data} coderIds={coderIds} documents={documents} grouping={grouping} />
        ) : view.table === 'cooccurrence' ? (
          <CooccurrenceView data={data} codeIds={codeIds} withSubcodes={rollUp} coderIds={coderIds} documents={documents} grouping={grouping} />
        ) : (
      <section className="analysis-results analysis-passages compare-groups" aria-label="Compare table" aria-busy={compared.busy}>
        <div className="analysis-toolbar">
          <SelectField label="Measure" value={measure} options={MEASURE_CHOICES} onChange={(next) => setMeasure(next as CompareMeasure)} />
          <SelectField
            label="As"
            value={percent}
            options={measure === 'documents' ? [...PERCENT_CHOICES, { value: 'documents', label: '% of the group’s documents' }] : PERCENT_CHOICES}
            onChange={(next) => setPercent(next as PercentBase | 'none')}
            disabled={!COUNT_MEASURES.includes(measure)}
          />
          <CheckField checked={withIntervals} onChange={setWithIntervals}>
            95% intervals ({RESAMPLES} resamples of documents)
          </CheckField>
          {withIntervals ? (
            <label className="analysis-field">
              Seed
              <input type="number" value={seed} onChange={(event) => setSeed(Math.floor(Number(event.target.value) || 0))} />
            </label>
          ) : null}
          <button type="button" onClick={() => void runExport(compareCsvExport(exportSource, false))}>
            Export table CSV…
          </button>
          <button type="button" onClick={() => void runExport(compareCsvExport(exportSource, true))}>
            Export table CSV for Excel…
          </button>
        </div>
        <div className="compare-scroller">
          <CompareGrid table={table} values={values} largest={largest} percent={percents !== null} measure={measure} caption={shownAs} intervals={intervals && !percents ? intervals[measure] : null} onCell={openCell} onRow={openRow} />
        </div>
        <AnalysisProblem message={readError} />
        <AnalysisProblem message={compared.error} />
        <CompareChart
          kind={view.chart}
          width={view.chartWidth}
          height={view.chartHeight}
          onChange={change}
          table={table}
          values={values}
          measure={measure}
          percent={percents !== null}
          intervals={intervals && !percents ? intervals[measure] : null}
          measureLabel={shownAs}
          projectName={project.name}
        />
        <TestSummary test={test} />
        {table.problems.map((problem) => (
          <p key={problem} className="analysis-problem">
            {problem}
          </p>
        ))}
      </section>
        )}
        </ViewTabs>
      </div>
    </main>
  );
}

interface GridProps {
  table: CompareTable;
  values: number[][];
  largest: number;
  percent: boolean;
  measure: CompareMeasure;
  caption: string;
  intervals: Array<Array<{ low: number; high: number } | null>> | null;
  onCell(row: number, column: number): void;
  onRow(row: number): void;
}

function CompareGrid({ table, values, largest, percent, measure, caption, intervals, onCell, onRow }: GridProps) {
  const columns = useMemo(() => {
    const show = (value: number) => cellText(measure, percent, value);
    const rowColumn: ResultColumn<CompareRow> = {
      key: 'code',
      header: 'Code',
      rowHeader: true,
      style: (row) => ({ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }),
      cell: (row, r) => (
        <button type="button" className="compare-row-open" onClick={() => onRow(r)} title="Open this row’s passages side by side in Retrieve">
          {row.label}
        </button>
      ),
    };
    const groupColumns = table.columns.map(
      (column, c): ResultColumn<CompareRow> => ({
        key: column.key,
        header: (
          <>
            {column.label}
            <span className="compare-column-size">
              {column.documents} doc{column.documents === 1 ? '' : 's'} · {column.words.toLocaleString('en')} words
            </span>
          </>
        ),
        heat: (_row, r) => (largest > 0 ? values[r]![c]! / largest : 0),
        cell: (row, r) => {
          const value = values[r]![c]!;
          const interval = intervals?.[r]?.[c] ?? null;
          return (
            <button type="button" onClick={() => onCell(r, c)} aria-label={`${row.label}, ${column.label}: ${show(value)}${interval ? `, 95% interval ${show(interval.low)} to ${show(interval.high)}` : ''}. Open its passages`}>
              {show(value)}
              {interval ? (
                <span className="compare-interval">
                  [{show(interval.low)}–{show(interval.high)}]
                </span>
              ) : null}
            </button>
          );
        },
      }),
    );
    return [rowColumn, ...groupColumns];
  }, [table, values, largest, percent, measure, intervals, onCell, onRow]);
  if (table.rows.length === 0) return <p className="analysis-muted">No rows: the codebook is empty, or no saved query is chosen.</p>;
  return <ResultTable caption={caption} columns={columns} rows={table.rows} rowKey={(row) => row.key} />;
}

function TestSummary({ test }: { test: CompareTestResult }) {
  return (
    <section className="compare-test" aria-label="Test of independence">
      {test.test ? (
        <p>
          Passages by group: χ² = {test.test.statistic.toFixed(2)}, df = {test.test.df}, p = {test.test.p < 0.001 ? '< 0.001' : test.test.p.toFixed(3)}, Cramér’s V = {test.test.cramersV.toFixed(2)} (N = {test.test.total} passages).
        </p>
      ) : null}
      {test.warnings.length > 0 ? (
        <ul className="compare-warnings">
          {test.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
