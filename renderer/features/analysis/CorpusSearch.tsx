// Corpus search inside Retrieve: a phrase, a whole word or a regular expression, case- and
// accent-insensitive if asked, over every document or the ones the query's document filter lets
// through. Hits as keywords in context (left | hit | right), sortable by the words before or after
// (a long list drawn a screenful at a time, ResultTable.tsx), counted by the chosen groups. "Code the hits": tick hits (or take all), see what will be coded and
// what is skipped as already coded, and apply a code in one undoable step. The search runs in its own
// worker (analysisRunner.ts): Cancel ends it, and a new search replaces one still running.
import { useEffect, useMemo, useRef, useState } from 'react';
import { documentGroups, type Grouping } from '../../../shared/analysis/grouping';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import type { CorpusSearchQuery } from '../../../shared/search/searchQuery';
import { countHitsByGroup, sortKwic, type KwicLine, type KwicOrder } from '../../../shared/search/kwic';
import { hitsToCode } from '../../../shared/search/codeHits';
import { codeHitsChange } from '../../../shared/changes/codeHitsChange';
import { commitChange } from '../../db/changes';
import { liveMinting } from '../../db/ids';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import { useMemoNavigation } from '../memos/MemoNavigation';
import type { AnalysisData } from './useAnalysisIndex';
import { startSearch, type RunningSearch } from './analysisRunner';
import { CheckField } from './CheckField';
import { SelectField, type Choice } from '../../ui/SelectField';
import { ResultTable, type ResultColumn } from './ResultTable';
import { CONTEXT_COLUMNS } from './kwicColumns';
import { corpusSearchState, type CorpusSearchView } from './corpusSearchState';

interface Props {
  data: AnalysisData;
  /** The Retrieve query: its document filter narrows the search when asked. */
  query: RetrieveQuery;
  grouping: Grouping;
}

const SEARCH_MODES: readonly Choice[] = [
  { value: 'word', label: 'Whole word' },
  { value: 'phrase', label: 'Phrase' },
  { value: 'regex', label: 'Regular expression' },
];

const KWIC_ORDERS: readonly Choice[] = [
  { value: 'document', label: 'By document' },
  { value: 'before', label: 'By the words before' },
  { value: 'after', label: 'By the words after' },
  { value: 'hit', label: 'By the hit' },
];

type GroupCount = ReturnType<typeof countHitsByGroup>[number];

const COUNT_COLUMNS: ReadonlyArray<ResultColumn<GroupCount>> = [
  { key: 'group', header: 'Group', rowHeader: true, cell: (count) => count.group.label },
  { key: 'hits', header: 'Hits', cell: (count) => count.hits },
  { key: 'documents', header: 'Documents with a hit', cell: (count) => count.documents },
  { key: 'per1000', header: 'Per 1,000 words', cell: (count) => (Number.isFinite(count.per1000) ? count.per1000.toFixed(2) : '–') },
];


const hitKey = (line: KwicLine) => `${line.docId}@${line.start}-${line.end}`;

type SearchState = { kind: 'idle' } | { kind: 'running'; pattern: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export function CorpusSearch({ data, query, grouping }: Props) {
  const { index } = data;
  const { db, coder } = useProject();
  const announce = useAnnounce();
  const navigation = useMemoNavigation();
  const [kept, setKept] = corpusSearchState.use(db.name);
  const { search, filtered, result, order, ticked, codeId } = kept;
  // The latest kept state, for answers and ticks that arrive after the render that asked for them.
  const latest = useRef(kept);
  latest.current = kept;
  const change = (part: Partial<CorpusSearchView>) => setKept({ ...latest.current, ...part });
  const setSearch = (next: CorpusSearchQuery) => change({ search: next });
  const setFiltered = (next: boolean) => change({ filtered: next });
  const setOrder = (next: KwicOrder) => change({ order: next });
  const setCodeId = (next: string) => change({ codeId: next });
  const setTicked = (next: ReadonlySet<string> | ((previous: ReadonlySet<string>) => ReadonlySet<string>)) => change({ ticked: typeof next === 'function' ? next(latest.current.ticked) : next });
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const running = useRef<RunningSearch | null>(null);
  // Leaving the search (another place, another project) stops a search still running.
  useEffect(() => () => running.current?.cancel(), []);

  // With the query's filter: its documents, and what it cannot do (a date half typed, a set deleted).
  const { docIds, filterProblems } = useMemo(() => {
    if (!filtered) return { docIds: index.documents.map((d) => d.id), filterProblems: [] };
    const found = retrievePassages(index, { ...EMPTY_RETRIEVE_QUERY, documents: query.documents });
    return { docIds: found.docIds, filterProblems: found.problems };
  }, [filtered, index, query]);
  const run = () => {
    const started = startSearch(data.read, search, docIds);
    running.current = started;
    setState({ kind: 'running', pattern: search.pattern });
    started.result.then(
      (outcome) => {
        if (running.current !== started) return;
        running.current = null;
        if (outcome === 'cancelled') setState({ kind: 'cancelled' });
        else {
          setState({ kind: 'idle' });
          change({ result: outcome, ticked: new Set() });
        }
      },
      (error: unknown) => {
        if (running.current !== started) return;
        running.current = null;
        setState({ kind: 'failed', message: `The search failed: ${error instanceof Error ? error.message : String(error)}` });
      },
    );
  };
  const cancel = () => running.current?.cancel();
  const lines = useMemo(() => (result?.ok ? sortKwic(result.lines, order) : []), [result, order]);
  const counts = useMemo(() => {
    if (!result?.ok || grouping.kind === 'none') return [];
    const documents = docIds.flatMap((id) => index.docsById.get(id) ?? []);
    const groups = documentGroups(documents, grouping, { sets: index.rows.sets, coders: index.rows.coders });
    return countHitsByGroup(result.lines, groups, (id) => index.docsById.get(id)?.words ?? 0);
  }, [result, grouping, docIds, index]);
  const codeChoices = useMemo(() => [{ value: '', label: 'Choose a code' }, ...index.codeOrder.map((id) => ({ value: id, label: index.codesById.get(id)?.name ?? '' }))], [index]);
  // Ticks are kept by hit, not by drawn row: a hit scrolled out of view stays ticked and is coded.
  const kwicColumns = useMemo<ReadonlyArray<ResultColumn<KwicLine>>>(() => {
    const title = (line: KwicLine) => index.docsById.get(line.docId)?.title ?? '';
    const toggle = (key: string) =>
      setTicked((previous) => {
        const next = new Set(previous);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      });
    return [
      {
        key: 'choose',
        header: 'Choose',
        cell: (line) => (
          <input type="checkbox" aria-label={`Choose “${line.hit}” in ${title(line)}: ${line.left.slice(-30)}${line.hit}${line.right.slice(0, 30)}`} checked={ticked.has(hitKey(line))} onChange={() => toggle(hitKey(line))} />
        ),
      },
      {
        key: 'document',
        header: 'Document',
        className: 'kwic-doc',
        cell: (line) => (
          <button type="button" onClick={() => navigation.openDocument(line.docId)}>
            {title(line)}
          </button>
        ),
      },
      ...CONTEXT_COLUMNS,
    ];
  }, [index, ticked, navigation]);
  const chosen = ticked.size > 0 ? lines.filter((line) => ticked.has(hitKey(line))) : lines;
  const plan = useMemo(() => (codeId ? hitsToCode(chosen, codeId, coder.id, index.rows.codings, (id) => index.text(id)) : null), [chosen, codeId, coder.id, index]);

  const codeThem = async () => {
    const code = index.codesById.get(codeId);
    if (!plan || !code) return;
    if (plan.toCode.length === 0) {
      announce(`Nothing to code: every chosen hit is already coded as “${code.name}”.`);
      return;
    }
    const change = codeHitsChange(plan.toCode, code.id, code.name, coder.id, liveMinting());
    try {
      await commitChange(db, change, { coderId: coder.id });
      announce(`${change.label}${plan.skipped.length > 0 ? `; ${plan.skipped.length} already coded, skipped` : ''}.`);
      setTicked(new Set());
    } catch (error) {
      announce(`The hits could not be coded: ${(error as Error).message}.`);
    }
  };

  return (
    <section className="corpus-search" aria-label="Search the texts">
      <form
        className="analysis-toolbar"
        role="search"
        aria-label="Search the texts"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <label className="analysis-field">
          Search for
          <input type="search" value={search.pattern} onChange={(event) => setSearch({ ...search, pattern: event.target.value })} />
        </label>
        <SelectField label="As" name="Search as" value={search.mode} options={SEARCH_MODES} onChange={(mode) => setSearch({ ...search, mode: mode as CorpusSearchQuery['mode'] })} />
        <CheckField checked={search.caseInsensitive} onChange={(caseInsensitive) => setSearch({ ...search, caseInsensitive })}>
          Ignore case
        </CheckField>
        <CheckField checked={search.accentInsensitive} onChange={(accentInsensitive) => setSearch({ ...search, accentInsensitive })}>
          Ignore accents
        </CheckField>
        <CheckField checked={filtered} onChange={setFiltered}>
          Only the documents the query lets through
        </CheckField>
        <button type="submit">Search</button>
        {state.kind === 'running' ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </form>
      {filterProblems.map((problem) => (
        <p key={problem} className="analysis-problem">
          {problem}
        </p>
      ))}
      {state.kind === 'running' ? (
        <p role="status" className="analysis-count">
          Searching for “{state.pattern}”…
        </p>
      ) : state.kind === 'cancelled' ? (
        <p role="status" className="analysis-count">
          Search cancelled.
        </p>
      ) : state.kind === 'failed' ? (
        <p role="alert" className="analysis-problem">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'idle' && result && !result.ok ? (
        <p role="alert" className="analysis-problem">
          {result.message}
        </p>
      ) : null}
      {state.kind === 'idle' && result?.ok ? (
        <>
          <p role="status" className="analysis-count">
            {result.lines.length} hit{result.lines.length === 1 ? '' : 's'} in {new Set(result.lines.map((l) => l.docId)).size} of {result.documentsSearched} documents
            {result.truncated ? ' (stopped at the limit: more exist)' : ''}
            {result.notice ? ` · ${result.notice}` : ''}
          </p>
          {counts.length > 0 ? <ResultTable caption="Hits by group" columns={COUNT_COLUMNS} rows={counts} rowKey={(count) => count.group.key} /> : null}
          <div className="analysis-toolbar">
            <SelectField label="Sort" name="Sort hits" value={order} options={KWIC_ORDERS} onChange={(next) => setOrder(next as KwicOrder)} />
            <SelectField label="Code" name="Code to apply" value={codeId} options={codeChoices} onChange={setCodeId} />
            <button type="button" disabled={!plan || plan.toCode.length === 0} onClick={() => void codeThem()}>
              {ticked.size > 0 ? 'Code the ticked hits' : 'Code all hits'}
            </button>
            {plan ? (
              <p className="analysis-count">
                {plan.toCode.length} to code{plan.skipped.length > 0 ? `, ${plan.skipped.length} already coded (skipped)` : ''}
                {plan.missing.length > 0 ? `, ${plan.missing.length} in documents no longer in the project (skipped)` : ''}
              </p>
            ) : null}
          </div>
          <ResultTable caption="Hits in context" captionHidden className="kwic-table" columns={kwicColumns} rows={lines} rowKey={hitKey} />
        </>
      ) : null}
    </section>
  );
}
