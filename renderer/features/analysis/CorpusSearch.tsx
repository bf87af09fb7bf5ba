// Corpus search inside Retrieve: a phrase, a whole word or a regular expression, case- and
// accent-insensitive if asked, over every document or the ones the query's document filter lets
// through. Hits as keywords in context (left | hit | right), sortable by the words before or after,
// counted by the chosen groups. "Code the hits": tick hits (or take all), see what will be coded and
// what is skipped as already coded, and apply a code in one undoable step. The search runs in its own
// worker (analysisRunner.ts): Cancel ends it, and a new search replaces one still running.
import { useEffect, useMemo, useRef, useState } from 'react';
import { documentGroups, type Grouping } from '../../../shared/analysis/grouping';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import type { CorpusSearchResult } from '../../../shared/search/corpusSearch';
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

interface Props {
  data: AnalysisData;
  /** The Retrieve query: its document filter narrows the search when asked. */
  query: RetrieveQuery;
  grouping: Grouping;
}

/** Hits drawn at first, and added by each "Show more": thousands of rows would hold up the window. */
const HITS_SHOWN = 200;

const hitKey = (line: KwicLine) => `${line.docId}@${line.start}-${line.end}`;

type SearchState = { kind: 'idle' } | { kind: 'running'; pattern: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export function CorpusSearch({ data, query, grouping }: Props) {
  const { index } = data;
  const { db, coder } = useProject();
  const announce = useAnnounce();
  const navigation = useMemoNavigation();
  const [search, setSearch] = useState<CorpusSearchQuery>({ pattern: '', mode: 'word', caseInsensitive: true, accentInsensitive: true });
  const [filtered, setFiltered] = useState(false);
  const [result, setResult] = useState<CorpusSearchResult | null>(null);
  const [order, setOrder] = useState<KwicOrder>('document');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [codeId, setCodeId] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [shown, setShown] = useState(HITS_SHOWN);
  const running = useRef<RunningSearch | null>(null);
  // Leaving the search (another place, another project) stops a search still running.
  useEffect(() => () => running.current?.cancel(), []);

  const docIds = useMemo(() => (filtered ? retrievePassages(index, { ...query, codeIds: [] }).docIds : index.documents.map((d) => d.id)), [filtered, index, query]);
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
          setResult(outcome);
          setShown(HITS_SHOWN);
          setTicked(new Set());
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
        <label className="analysis-field">
          As
          <select aria-label="Search as" value={search.mode} onChange={(event) => setSearch({ ...search, mode: event.target.value as CorpusSearchQuery['mode'] })}>
            <option value="word">Whole word</option>
            <option value="phrase">Phrase</option>
            <option value="regex">Regular expression</option>
          </select>
        </label>
        <label className="analysis-inline analysis-field">
          <input type="checkbox" checked={search.caseInsensitive} onChange={(event) => setSearch({ ...search, caseInsensitive: event.target.checked })} />
          Ignore case
        </label>
        <label className="analysis-inline analysis-field">
          <input type="checkbox" checked={search.accentInsensitive} onChange={(event) => setSearch({ ...search, accentInsensitive: event.target.checked })} />
          Ignore accents
        </label>
        <label className="analysis-inline analysis-field">
          <input type="checkbox" checked={filtered} onChange={(event) => setFiltered(event.target.checked)} />
          Only the documents the query lets through
        </label>
        <button type="submit">Search</button>
        {state.kind === 'running' ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </form>
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
          {counts.length > 0 ? (
            <table className="compare-table">
              <caption>Hits by group</caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Hits</th>
                  <th scope="col">Documents with a hit</th>
                  <th scope="col">Per 1,000 words</th>
                </tr>
              </thead>
              <tbody>
                {counts.map((count) => (
                  <tr key={count.group.key}>
                    <th scope="row">{count.group.label}</th>
                    <td>{count.hits}</td>
                    <td>{count.documents}</td>
                    <td>{Number.isFinite(count.per1000) ? count.per1000.toFixed(2) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <div className="analysis-toolbar">
            <label className="analysis-field">
              Sort
              <select aria-label="Sort hits" value={order} onChange={(event) => setOrder(event.target.value as KwicOrder)}>
                <option value="document">By document</option>
                <option value="before">By the words before</option>
                <option value="after">By the words after</option>
                <option value="hit">By the hit</option>
              </select>
            </label>
            <label className="analysis-field">
              Code
              <select aria-label="Code to apply" value={codeId} onChange={(event) => setCodeId(event.target.value)}>
                <option value="">Choose a code</option>
                {index.codeOrder.map((id) => (
                  <option key={id} value={id}>
                    {index.codesById.get(id)?.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={!plan || plan.toCode.length === 0} onClick={() => void codeThem()}>
              {ticked.size > 0 ? 'Code the ticked hits' : 'Code all hits'}
            </button>
            {plan ? (
              <p className="analysis-count">
                {plan.toCode.length} to code{plan.skipped.length > 0 ? `, ${plan.skipped.length} already coded (skipped)` : ''}
              </p>
            ) : null}
          </div>
          <div className="passage-scroller">
            <table className="kwic-table">
              <caption className="visually-hidden">Hits in context</caption>
              <thead>
                <tr>
                  <th scope="col">Choose</th>
                  <th scope="col">Document</th>
                  <th scope="col">Before</th>
                  <th scope="col">Hit</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {lines.slice(0, shown).map((line) => {
                  const key = hitKey(line);
                  const title = index.docsById.get(line.docId)?.title ?? '';
                  return (
                    <tr key={key}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Choose “${line.hit}” in ${title}: ${line.left.slice(-30)}${line.hit}${line.right.slice(0, 30)}`}
                          checked={ticked.has(key)}
                          onChange={() => {
                            const next = new Set(ticked);
                            if (next.has(key)) next.delete(key);
                            else next.add(key);
                            setTicked(next);
                          }}
                        />
                      </td>
                      <td className="kwic-doc">
                        <button type="button" onClick={() => navigation.openDocument(line.docId)}>
                          {title}
                        </button>
                      </td>
                      <td className="kwic-left">{line.left}</td>
                      <td className="kwic-hit">{line.hit}</td>
                      <td className="kwic-right">{line.right}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {lines.length > shown ? (
            <button type="button" onClick={() => setShown(shown + HITS_SHOWN)}>
              Show {Math.min(HITS_SHOWN, lines.length - shown)} more hits ({(lines.length - shown).toLocaleString('en')} not shown)
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
