// The Retrieve place: coded passages across the project for a query (codes with OR / AND / NOT /
// near; documents by attribute values, sets, text, dates; coders), as one list or side by side by
// group, each passage opening at its place in the document. Saved queries, CSV and HTML exports.
import { useCallback, useMemo } from 'react';
import type { Remote } from 'comlink';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import type { RetrievedPassage } from '../../../shared/retrieve/retrievePassages';
import type { Grouping } from '../../../shared/analysis/grouping';
import { attributeValueOptions } from '../../../shared/library/documentFilter';
import { useMemoNavigation } from '../memos/MemoNavigation';
import { ViewTabs, type TabName } from '../../ui/PanelTabs';
import { useProject } from '../projects/ProjectContext';
import { useExport } from '../../files/exportFile';
import { useAnalysisRead } from './useAnalysisIndex';
import { useAnalysisResult } from './useAnalysisResult';
import type { AnalysisWorkerApi } from './analysisWorker';
import { retrieveState, type RetrieveView } from './retrieveState';
import { QueryFields } from './QueryFields';
import { DocumentFilterFields } from './DocumentFilterFields';
import { GroupingPicker } from './GroupingPicker';
import { PassageList } from './PassageList';
import { SavedQueries } from './SavedQueries';
import { CorpusSearch } from './CorpusSearch';
import { queryAsExported, retrieveCsvExport, retrieveReportExport } from './retrieveExports';
import { useSavedQueries } from './useSavedQueries';
import { AnalysisProblem, PendingPlace } from './AnalysisProblem';
import './analysis.css';

type FindMode = RetrieveView['find'];

/** What Retrieve finds: the coded passages of the query, or any text of the query's documents. */
const FIND_VIEWS: readonly TabName[] = [
  { id: 'passages', name: 'Coded passages' },
  { id: 'search', name: 'Search the texts' },
];

export function RetrievePlace() {
  // A failed read of the project is said here, in the place, and cleared by the next that succeeds.
  const { data, error: readError } = useAnalysisRead();
  const { db, project } = useProject();
  const navigation = useMemoNavigation();
  const runExport = useExport();
  const [view, setView] = retrieveState.use(db.name);
  // Kept with the query: a researcher who opens a hit's document and comes back finds the search.
  const { query, grouping, find: mode } = view;
  const setMode = (next: FindMode) => setView({ ...view, find: next });
  const setQuery = (next: RetrieveQuery) => setView({ ...view, query: next });
  const setGrouping = (next: Grouping) => setView({ ...view, grouping: next });

  const attributes = useMemo(() => (data ? attributeValueOptions(data.index.documents) : []), [data]);
  // The passages come from the analysis worker, asked again when the query or the rows change.
  // Each answer carries the question it answers: while a new one is computed the last answer stays on
  // screen, and an export then must describe that answer's query and grouping, not the form's.
  const askColumns = useCallback(async (work: Remote<AnalysisWorkerApi>) => ({ query, grouping, result: await work.retrieve(query, grouping) }), [query, grouping]);
  const retrieved = useAnalysisResult(data, askColumns);
  const answered = retrieved.value;
  const saved = useSavedQueries();

  if (!data || !answered)
    return <PendingPlace label="Retrieve" error={readError ?? retrieved.error} />;
  const { index, codingMemos } = data;
  const { result } = answered;
  const { passages: total, documents } = result.total;
  const grouped = answered.grouping.kind !== 'none';
  const open = (passage: RetrievedPassage) => void navigation.openCoding(passage.codingIds[0]!);
  const source = { projectName: project.name, index, codingMemos, query: queryAsExported(answered.query, saved.queries), result, grouped };

  return (
    <main className="analysis-place" aria-label="Retrieve">
      <form className="analysis-query" aria-label="Query" onSubmit={(event) => event.preventDefault()}>
        <h2>Retrieve</h2>
        <QueryFields query={query} onChange={setQuery} index={index} />
        <DocumentFilterFields filter={query.documents} onChange={(documents) => setQuery({ ...query, documents })} attributes={attributes} sets={index.rows.sets} />
        <SavedQueries query={query} onLoad={setQuery} />
        <button type="button" onClick={() => setQuery({ ...EMPTY_RETRIEVE_QUERY })}>
          Clear the query
        </button>
      </form>
      <div className="analysis-results">
        <ViewTabs label="Find" className="analysis-views" views={FIND_VIEWS} selected={mode} onSelect={(next) => setMode(next as FindMode)}>
        <div className="analysis-mode">
          <GroupingPicker label="Show" grouping={grouping} onChange={setGrouping} attributeNames={attributes.map((a) => a.name)} allowNone />
        </div>
        {mode === 'search' ? (
          <CorpusSearch data={data} query={query} grouping={grouping} />
        ) : (
      <section className="analysis-results analysis-passages" aria-label="Retrieved passages" aria-busy={retrieved.busy}>
        <div className="analysis-toolbar">
          <p role="status" className="analysis-count">
            {query.codeIds.length === 0 ? 'Choose one or more codes.' : `${total} passage${total === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}`}
          </p>
          <button type="button" disabled={total === 0} onClick={() => void runExport(retrieveCsvExport(source, false))}>
            Export CSV…
          </button>
          <button type="button" disabled={total === 0} onClick={() => void runExport(retrieveCsvExport(source, true))}>
            Export CSV for Excel…
          </button>
          <button type="button" disabled={total === 0} onClick={() => void runExport(retrieveReportExport(source))}>
            Export report (HTML)…
          </button>
        </div>
        <AnalysisProblem message={readError} />
        <AnalysisProblem message={retrieved.error} />
        {result.problems.map((problem) => (
          <p key={problem} className="analysis-problem" role="alert">
            {problem}
          </p>
        ))}
        <div className="retrieve-columns" style={{ gridTemplateColumns: `repeat(${Math.max(1, result.columns.length)}, minmax(16rem, 1fr))` }}>
          {result.columns.map((column) => (
            <section key={column.group.key} className="retrieve-column" aria-label={column.group.label}>
              {grouped ? (
                <h3>
                  {column.group.label} <span className="analysis-muted">({column.passages.length})</span>
                </h3>
              ) : null}
              <PassageList label={`Passages: ${column.group.label}`} passages={column.passages} index={index} codingMemos={codingMemos} onOpen={open} />
            </section>
          ))}
        </div>
      </section>
        )}
        </ViewTabs>
      </div>
    </main>
  );
}
