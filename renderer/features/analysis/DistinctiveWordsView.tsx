// Distinctive words between two groups of Compare's columns (right against left), over whole
// documents or only inside the passages of a code: Monroe, Colaresi & Quinn's weighted log-odds with
// the pooled words as an informative prior whose total weight the researcher sets. A word (click or
// Enter) shows its keywords in context on the target's side.
import { useCallback, useMemo, useState } from 'react';
import type { Remote } from 'comlink';
import { documentGroups, type Grouping } from '../../../shared/analysis/grouping';
import type { DocumentFilter } from '../../../shared/library/documentFilter';
import { EMPTY_RETRIEVE_QUERY, codeQuery } from '../../../shared/retrieve/retrieveQuery';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import type { DistinctiveWord, WordScope } from '../../../shared/stats/distinctiveWords';
import type { AnalysisData } from './useAnalysisIndex';
import { useAnalysisResult } from './useAnalysisResult';
import type { AnalysisWorkerApi } from './analysisWorker';
import { AnalysisProblem } from './AnalysisProblem';

interface Props {
  data: AnalysisData;
  coderIds: string[];
  documents: DocumentFilter;
  grouping: Grouping;
}

const TOP = 20;

export function DistinctiveWordsView({ data, coderIds, documents, grouping }: Props) {
  const { index } = data;
  const groups = useMemo(() => {
    const docIds = new Set(retrievePassages(index, { ...EMPTY_RETRIEVE_QUERY, documents }).docIds);
    return documentGroups(
      index.documents.filter((doc) => docIds.has(doc.id)),
      grouping,
      { sets: index.rows.sets, coders: index.rows.coders },
    );
  }, [index, documents, grouping]);
  const [targetKey, setTargetKey] = useState('');
  const [referenceKey, setReferenceKey] = useState('');
  const [codeId, setCodeId] = useState('');
  const [priorWeight, setPriorWeight] = useState(1000);
  const [stopWords, setStopWords] = useState(true);
  const [word, setWord] = useState<string | null>(null);
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

  if (groups.length < 2) return <p className="analysis-muted">Distinctive words compare two groups: choose columns with at least two groups.</p>;
  return (
    <section className="cooccurrence" aria-label="Distinctive words" aria-busy={words.busy}>
      <div className="analysis-toolbar">
        <label className="analysis-field">
          Words of
          <select aria-label="Words of" value={target?.key ?? ''} onChange={(event) => setTargetKey(event.target.value)}>
            {groups.map((g) => (
              <option key={g.key} value={g.key}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <label className="analysis-field">
          Against
          <select aria-label="Against" value={reference?.key ?? ''} onChange={(event) => setReferenceKey(event.target.value)}>
            {groups.map((g) => (
              <option key={g.key} value={g.key}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <label className="analysis-field">
          Inside
          <select aria-label="Inside" value={codeId} onChange={(event) => setCodeId(event.target.value)}>
            <option value="">Whole documents</option>
            {index.codeOrder.map((id) => (
              <option key={id} value={id}>
                Passages of {index.codesById.get(id)?.name}
              </option>
            ))}
          </select>
        </label>
        <label className="analysis-field">
          Prior weight
          <input type="number" min={1} value={priorWeight} onChange={(event) => setPriorWeight(Math.max(1, Number(event.target.value) || 1))} />
        </label>
        <label className="analysis-field analysis-inline">
          <input type="checkbox" checked={stopWords} onChange={(event) => setStopWords(event.target.checked)} />
          Leave out English stop words
        </label>
      </div>
      {!scopes ? <p className="analysis-problem">Choose two different groups.</p> : null}
      <AnalysisProblem message={words.error} />
      {result ? (
        <>
          <p className="analysis-muted">
            {result.targetWords.toLocaleString('en')} words against {result.referenceWords.toLocaleString('en')}; weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008), z beyond ±1.96 is notable.
          </p>
          <div className="distinctive-sides">
            <WordTable caption={`More typical of ${target!.label}`} words={result.topTarget} onWord={setWord} />
            <WordTable caption={`More typical of ${reference!.label}`} words={result.topReference} onWord={setWord} />
          </div>
        </>
      ) : null}
      {word ? (
        <table className="kwic-table">
          <caption>
            “{word}” in {target!.label} ({lines.length})
          </caption>
          <tbody>
            {lines.map((line) => (
              <tr key={`${line.docId}@${line.start}`}>
                <td className="kwic-left">{line.left}</td>
                <td className="kwic-hit">{line.hit}</td>
                <td className="kwic-right">{line.right}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function WordTable({ caption, words, onWord }: { caption: string; words: readonly DistinctiveWord[]; onWord(term: string): void }) {
  return (
    <table className="compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Word</th>
          <th scope="col">z</th>
          <th scope="col">Here</th>
          <th scope="col">There</th>
        </tr>
      </thead>
      <tbody>
        {words.map((w) => (
          <tr key={w.term}>
            <th scope="row">
              <button type="button" className="compare-row-open" onClick={() => onWord(w.term)}>
                {w.term}
              </button>
            </th>
            <td>{w.z.toFixed(2)}</td>
            <td>{w.target}</td>
            <td>{w.reference}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
