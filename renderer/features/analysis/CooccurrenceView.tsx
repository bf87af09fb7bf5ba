// Codes × codes: how often two codes apply to the same passage (overlapping codings) or the same
// paragraph, with the c-coefficient (ATLAS.ti's, the Jaccard index of their units) and P(column | row).
// One matrix for the documents Compare looks at, or one per group. A cell (click or Enter) lists the
// passages behind it below the matrix, each opening at its place in the document.
import { useCallback, useMemo } from 'react';
import type { Remote } from 'comlink';
import type { Grouping } from '../../../shared/analysis/grouping';
import type { DocumentFilter } from '../../../shared/library/documentFilter';
import type { CooccurrenceMatrix, CooccurrenceOptions } from '../../../shared/stats/cooccurrence';
import { useMemoNavigation } from '../memos/MemoNavigation';
import { useProject } from '../projects/ProjectContext';
import { cooccurrenceState, type CooccurrenceView } from './compareState';
import { PassageList } from './PassageList';
import type { AnalysisData } from './useAnalysisIndex';
import { useAnalysisResult } from './useAnalysisResult';
import type { AnalysisWorkerApi } from './analysisWorker';
import { AnalysisProblem } from './AnalysisProblem';
import { CheckField } from './CheckField';
import { ResultTable, type ResultColumn } from './ResultTable';

interface Props {
  data: AnalysisData;
  codeIds: string[];
  withSubcodes: boolean;
  coderIds: string[];
  documents: DocumentFilter;
  grouping: Grouping;
}

export function CooccurrenceView({ data, codeIds, withSubcodes, coderIds, documents, grouping }: Props) {
  const navigation = useMemoNavigation();
  const { db } = useProject();
  const [view, setView] = cooccurrenceState.use(db.name);
  const { unit, byGroup, chosen } = view;
  const setUnit = (next: CooccurrenceView['unit']) => setView({ ...view, unit: next });
  const setByGroup = (next: boolean) => setView({ ...view, byGroup: next });
  const setChosen = (next: CooccurrenceView['chosen']) => setView({ ...view, chosen: next });
  const options: CooccurrenceOptions = useMemo(() => ({ codeIds, withSubcodes, unit, coderIds, documents, grouping: byGroup ? grouping : { kind: 'none' } }), [codeIds, withSubcodes, unit, coderIds, documents, grouping, byGroup]);
  const { index } = data;
  // The matrices and a cell's passages come from the analysis worker.
  const askMatrices = useCallback((work: Remote<AnalysisWorkerApi>) => work.cooccurrence(options), [options]);
  const askPassages = useCallback((work: Remote<AnalysisWorkerApi>) => (chosen ? work.cooccurrencePassages(options, chosen.a, chosen.b, chosen.groupKey) : Promise.resolve([])), [options, chosen]);
  const matrices = useAnalysisResult(data, askMatrices);
  const passages = useAnalysisResult(data, askPassages).value ?? [];
  const result = matrices.value;
  const name = (id: string) => index.codesById.get(id)?.name ?? '(deleted code)';
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
  // A row per code, a column per code: the diagonal is the code's own passages, shaded as nothing.
  const matrixColumns = (codeIds: readonly string[], matrix: CooccurrenceMatrix): Array<ResultColumn<string>> => [
    { key: 'code', header: 'Code', rowHeader: true, cell: name },
    ...codeIds.map(
      (b, c): ResultColumn<string> => ({
        key: b,
        header: name(b),
        heat: (_a, r) => (r !== c ? matrix.cells[r]![c]!.c : 0),
        cell: (a, r) => {
          const cell = matrix.cells[r]![c]!;
          return (
            <button type="button" aria-label={`${name(a)} with ${name(b)}, ${matrix.group.label}: ${cell.n12} both, c ${fmt(cell.c)}, P ${fmt(cell.pColumnGivenRow)}. Show the passages`} onClick={() => setChosen({ a, b, groupKey: matrix.group.key })}>
              {cell.n12}
              {r !== c ? (
                <span className="compare-interval">
                  c {fmt(cell.c)} · P {fmt(cell.pColumnGivenRow)}
                </span>
              ) : null}
            </button>
          );
        },
      }),
    ),
  ];

  return (
    <section className="cooccurrence" aria-label="Co-occurrence" aria-busy={matrices.busy}>
      <div className="analysis-toolbar">
        <fieldset className="analysis-choices analysis-inline">
          <legend>Both codes on</legend>
          <label>
            <input type="radio" name="cooccurrence-unit" checked={unit === 'overlap'} onChange={() => setUnit('overlap')} />
            the same passage (overlapping)
          </label>
          <label>
            <input type="radio" name="cooccurrence-unit" checked={unit === 'paragraph'} onChange={() => setUnit('paragraph')} />
            the same paragraph
          </label>
        </fieldset>
        <CheckField checked={byGroup} onChange={setByGroup}>
          One table per column group
        </CheckField>
      </div>
      <p className="analysis-muted">Each cell: passages with both codes; c = both ÷ (either), the c-coefficient; P = share of the row code’s passages that have the column code.</p>
      <AnalysisProblem message={matrices.error} />
      {result?.problems.map((problem) => (
        <p key={problem} className="analysis-problem">
          {problem}
        </p>
      ))}
      {result?.matrices.map((matrix) => (
        <ResultTable key={matrix.group.key} caption={`Co-occurrence: ${matrix.group.label}`} className="compare-table cooccurrence-table" columns={matrixColumns(result.codeIds, matrix)} rows={result.codeIds} rowKey={(id) => id} />
      ))}
      {chosen ? (
        <section className="retrieve-column cooccurrence-passages" aria-label="Passages with both codes">
          <h3>
            {name(chosen.a)} with {name(chosen.b)} ({passages.length})
          </h3>
          <PassageList label={`Passages: ${name(chosen.a)} with ${name(chosen.b)}`} passages={passages} index={index} codingMemos={data.codingMemos} onOpen={(p) => void navigation.openCoding(p.codingIds[0]!)} />
        </section>
      ) : null}
    </section>
  );
}
