// The analysis engines under Node that analysis.bench.ts does not time in the app (issue 10's project:
// analysisProject.ts): Retrieve's columns of one code by leaning, co-occurrence by paragraph, and an
// accent-insensitive search the first time (every text folded) and later (folded texts kept). The
// issue's goals (Compare, intervals, co-occurrence of passages, distinctive words, regex search) are
// timed from click to paint in analysis.bench.ts and only there. Baselines, in the same run: a
// structured clone of the document and coding rows (what a trip to the worker costs, a floor under
// reading them), and a plain regular-expression scan of the texts for the search.
import { createAnalysisIndex } from '../../shared/analysis/analysisIndex';
import { EMPTY_DOCUMENT_FILTER } from '../../shared/library/documentFilter';
import { retrieveColumns } from '../../shared/retrieve/retrieveColumns';
import { codeQuery } from '../../shared/retrieve/retrieveQuery';
import { cooccurrence } from '../../shared/stats/cooccurrence';
import { searchCorpus } from '../../shared/search/corpusSearch';
import { ANALYSIS_SCALE, CRITICISM, makeAnalysisProject } from './analysisProject';
import { median, ms, ratio, type Benchmark } from './benchmark';

const RUNS = 5;

function time(run: () => unknown): number[] {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times;
}

const list = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');

export default (async () => {
  const { rows, texts } = makeAnalysisProject();
  const index = createAnalysisIndex(rows, texts);
  const clone = time(() => structuredClone({ documents: rows.documents, codings: rows.codings }));
  const criticism = codeQuery(CRITICISM.id, false, [], EMPTY_DOCUMENT_FILTER);
  const retrieve = time(() => retrieveColumns(index, criticism, { kind: 'attribute', name: 'leaning' }));
  const paragraph = time(() => cooccurrence(index, { codeIds: [], withSubcodes: false, unit: 'paragraph', coderIds: [], documents: EMPTY_DOCUMENT_FILTER, grouping: { kind: 'none' } }));

  const docs = rows.documents.map((d) => ({ docId: d.id, text: texts.get(d.id)! }));
  const plainScan = time(() => {
    let n = 0;
    for (const { text } of docs) {
      const regex = new RegExp('\\bcaf[eé]\\b', 'giu');
      while (regex.exec(text)) n++;
    }
    return n;
  });
  const folded = { pattern: 'cafe', mode: 'word', caseInsensitive: true, accentInsensitive: true } as const;
  const cache = new Map();
  const first = time(() => searchCorpus(folded, docs, { cache: new Map() }));
  searchCorpus(folded, docs, { cache });
  const later = time(() => searchCorpus(folded, docs, { cache }));

  const rClone = (values: number[]) => ratio(median(values) / median(clone));
  const { docs: n, codings } = ANALYSIS_SCALE;
  return {
    title: `Analysis engines under Node: ${n.toLocaleString('en')} documents, ${codings.toLocaleString('en')} codings of 20 codes by 3 coders`,
    figures: [
      { name: 'baseline: structured clone of the document and coding rows', value: ms(median(clone)), note: `median of ${RUNS}: ${list(clone)}` },
      { name: 'Retrieve: one code (criticism) in columns by leaning', value: ms(median(retrieve)), note: `${rClone(retrieve)} the clone; median of ${RUNS}: ${list(retrieve)}` },
      { name: 'co-occurrence of the 20 codes, same paragraph', value: ms(median(paragraph)), note: `${rClone(paragraph)} the clone; median of ${RUNS}: ${list(paragraph)}` },
      { name: 'baseline: plain regex scan of the texts for “caf[eé]”', value: ms(median(plainScan)), note: `median of ${RUNS}: ${list(plainScan)}` },
      { name: 'accent-insensitive word search “cafe”, first time (folds every text)', value: ms(median(first)), note: `${ratio(median(first) / median(plainScan))} the scan; median of ${RUNS}: ${list(first)}` },
      { name: 'the same, later (folded texts kept)', value: ms(median(later)), note: `${ratio(median(later) / median(plainScan))} the scan; median of ${RUNS}: ${list(later)}` },
    ],
  };
}) satisfies Benchmark;
