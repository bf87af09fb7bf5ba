// Distinctive words between two groups of Compare's columns (right against left), over whole
// documents or only inside the passages of a code: Monroe, Colaresi & Quinn's weighted log-odds with
// the pooled words as an informative prior whose total weight the researcher sets. A word (click or
// Enter) shows its keywords in context on the target's side.
import { useCallback, useMemo, useRef } from 'react';
import type { Remote } from 'comlink';
import { documentGroups, type Grouping } from '../../../shared/analysis/grouping';
import type { DocumentFilter } from '../../../shared/library/documentFilter';
import { EMPTY_RETRIEVE_QUERY, codeQuery } from '../../../shared/retrieve/retrieveQuery';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import type { DistinctiveWord, WordScope } from '../../../shared/stats/distinctiveWords';
import type { AnalysisData } from './useAnalysisIndex';
import { useProject } from '../projects/ProjectContext';
import { distinctiveWordsState, type DistinctiveWordsView } from './compareState';
import { useAnalysisResult } from './useAnalysisResult';
import type { AnalysisWorkerApi } from './analysisWorker';
import { AnalysisProblem } from './AnalysisProblem';
import { CheckField } from './CheckField';
import { SelectField } from '../../ui/SelectField';
import { ResultTable, type ResultColumn } from './ResultTable';
import { CONTEXT_COLUMNS } from './kwicColumns';

interface Props {
  data: AnalysisData;
  coderIds: string[];
  documents: DocumentFilter;
  grouping: Grouping;
}

const TOP = 20;

export function DistinctiveWordsView({ data, coderIds, documents, grouping }: Props) {
  const { index } = data;
  // What the document filter cannot do (a date half typed, a set deleted) is said here, before the groups.
  const { groups, filterProblems } = useMemo(() => {
    const filtered = retrievePassages(index, { ...EMPTY_RETRIEVE_QUERY, documents });
    const docIds = new Set(filtered.docIds);
    const found = documentGroups(
      index.documents.filter((doc) => docIds.has(doc.id)),
      grouping,
      { sets: index.rows.sets, coders: index.rows.coders },
    );
    return { groups: found, filterProblems: filtered.problems };
  }, [index, documents, grouping]);
  const { db } = useProject();
  const [view, setView] = distinctiveWordsState.use(db.name);
  const { targetKey, referenceKey, priorWeight, stopWords, word } = view;
  // A code kept from before it was deleted or merged away: whole documents again.
  const codeId = index.codesById.has(view.codeId) ? view.codeId : '';
  // The latest choices, for the word tables' buttons made in an earlier render.
  const latest = useRef(view);
  latest.current = view;
  const change = (part: Partial<DistinctiveWordsView>) => setView({ ...latest.current, ...part });
  const setTargetKey = (next: string) => change({ targetKey: next });
  const setReferenceKey = (next: string) => change({ referenceKey: next });
  const setCodeId = (next: string) => change({ codeId: next });
  const setPriorWeight = (next: number) => change({ priorWeight: next });
  const setStopWords = (next: boolean) => change({ stopWords: next });
  const setWord = useCallback((next: string | null) => setView({ ...latest.current, word: next }), [setView]);
  const target = groups.find((g) => g.key === targetKey) ?? groups[0];
  const reference = groups.find((g) => g.key === referenceKey) ?? groups.find((g) => g !== target);
  const scopes = useMemo(() => {
    if (!target || !reference || target === reference) return null;
    const within = codeId ? codeQuery(codeId, false, coderIds, documents) : null;
    return { target: { group: target, within } satisfies WordScope, reference: { group: reference, within } satisfies WordScope };
  }, [target, reference, codeId, coderIds, documents]);
  // The counts and the statistic run in the analysis worker, as do a word's contexts.
  const askWords = useCallback((work: Remote<AnalysisWorkerApi>) => (scopes ? work.distinctiveWords({ ...scopes, priorWeight, stopWords, top: TOP }) : Promise.resolve(null)), [scopes, priorWeight, stopWords]);
  const askLines = useCallback((work: Remote<AnalysisWorkerApi>) => (scopes && word ? work.wordInContext(scopes.target, word, 200) : Promise.resolve([])), [word, scopes]);
  const words = useAnalysisResult(data, askWords);
  const result = words.value;
  const lines = useAnalysisResult(data, askLines).value ?? [];

  const groupChoices = useMemo(() => groups.map((g) => ({ value: g.key, label: g.label })), [groups]);
  const insideChoices = useMemo(() => [{ value: '', label: 'Whole documents' }, ...index.codeOrder.map((id) => ({ value: id, label: `Passages of ${index.codesById.get(id)?.name ?? ''}` }))], [index]);

  const problems = filterProblems.map((problem) => (
    <p key={problem} className="analysis-problem">
      {problem}
    </p>
  ));
  if (groups.length < 2) {
    return (
      <section className="cooccurrence" aria-label="Distinctive words">
        {problems}
        <p className="analysis-muted">{filterProblems.length > 0 ? 'No two groups of documents to compare.' : 'Distinctive words compare two groups: choose columns with at least two groups.'}</p>
      </section>
    );
  }
  return (
    <section className="cooccurrence" aria-label="Distinctive words" aria-busy={words.busy}>
      <div className="analysis-toolbar">
        <SelectField label="Words of" value={target?.key ?? ''} options={groupChoices} onChange={setTargetKey} />
        <SelectField label="Against" value={reference?.key ?? ''} options={groupChoices} onChange={setReferenceKey} />
        <SelectField label="Inside" value={codeId} options={insideChoices} onChange={setCodeId} />
        <label className="analysis-field">
          Prior weight
          <input type="number" min={1} value={priorWeight} onChange={(event) => setPriorWeight(Math.max(1, Number(event.target.value) || 1))} />
        </label>
        <CheckField checked={stopWords} onChange={setStopWords}>
          Leave out English stop words
        </CheckField>
      </div>
      {problems}
      {!scopes ? <p className="analysis-problem">Choose two different groups.</p> : null}
      <AnalysisProblem message={words.error} />
      {result ? (
        <>
          <p className="analysis-muted">
            {result.targetWords.toLocaleString('en')} words against {result.referenceWords.toLocaleString('en')}; weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008), z beyond ±1.96 marks a word to read in its passages: with thousands of words compared, dozens pass that line by chance alone, so the lists are for exploring, not for testing.
          </p>
          <div className="distinctive-sides">
            <WordTable caption={`More typical of ${target!.label}`} words={result.topTarget} onWord={setWord} />
            <WordTable caption={`More typical of ${reference!.label}`} words={result.topReference} onWord={setWord} />
          </div>
        </>
      ) : null}
      {word ? <ResultTable caption={`“${word}” in ${target!.label} (${lines.length})`} className="kwic-table" columns={CONTEXT_COLUMNS} rows={lines} rowKey={(line) => `${line.docId}@${line.start}`} /> : null}
    </section>
  );
}

function WordTable({ caption, words, onWord }: { caption: string; words: readonly DistinctiveWord[]; onWord(term: string): void }) {
  const columns = useMemo<ReadonlyArray<ResultColumn<DistinctiveWord>>>(
    () => [
      {
        key: 'word',
        header: 'Word',
        rowHeader: true,
        cell: (w) => (
          <button type="button" className="compare-row-open" onClick={() => onWord(w.term)}>
            {w.term}
          </button>
        ),
      },
      { key: 'z', header: 'z', cell: (w) => w.z.toFixed(2) },
      { key: 'here', header: 'Here', cell: (w) => w.target },
      { key: 'there', header: 'There', cell: (w) => w.reference },
    ],
    [onWord],
  );
  return <ResultTable caption={caption} columns={columns} rows={words} rowKey={(w) => w.term} />;
}
