// Timings of the analysis core (issue 10) at the scale: 1,000 documents of about 800 words
// (three values of `leaning`), 100,000 codings of 20 codes by 3 coders. Pure functions under Node,
// no Dexie and no worker: this is the compute the Retrieve and Compare places will call. The
// baseline is a structured clone of the rows (what moving them to a worker costs, and a floor under
// reading them from IndexedDB), measured in the same run. Not wired into `npm run bench` yet:
//
//   npx tsx test/bench/analysisCore.ts
import { EMPTY_DOCUMENT_FILTER } from '../../shared/library/documentFilter';
import { createAnalysisIndex } from '../../shared/analysis/analysisIndex';
import { EMPTY_RETRIEVE_QUERY } from '../../shared/retrieve/retrieveQuery';
import { retrieveColumns } from '../../shared/retrieve/retrieveColumns';
import { findPassages } from '../../shared/retrieve/retrievePassages';
import { compareTable } from '../../shared/stats/compare';
import { compareIntervals } from '../../shared/stats/compareIntervals';
import { compareTest } from '../../shared/stats/compareTest';
import { cooccurrence } from '../../shared/stats/cooccurrence';
import { distinctiveWords } from '../../shared/stats/distinctiveWords';
import { searchCorpus } from '../../shared/search/corpusSearch';
import { ANALYSIS_SCALE, makeAnalysisProject } from './analysisProject';
import { median, ms, ratio } from './benchmark';

const DOCS = ANALYSIS_SCALE.docs;
const RUNS = 5;


function time<T>(run: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    value = run();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

const { rows, texts } = makeAnalysisProject();
const clone = time(() => structuredClone({ documents: rows.documents, codings: rows.codings }));
const cloneTexts = time(() => structuredClone([...texts.values()]));
const index = time(() => createAnalysisIndex(rows, texts));
const ix = index.value;
const settings = { rows: { kind: 'codes' as const, codeIds: [], rollUp: true }, columns: { kind: 'attribute' as const, name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] };
const table = time(() => compareTable(ix, settings));
const intervals = time(() => compareIntervals(table.value, { resamples: 2000, seed: 2024 }));
const chi = time(() => compareTest(table.value));
const cooc = time(() => cooccurrence(ix, { codeIds: [], withSubcodes: false, unit: 'overlap', coderIds: [], documents: EMPTY_DOCUMENT_FILTER, grouping: { kind: 'none' } }));
const coocParagraph = time(() => cooccurrence(ix, { codeIds: [], withSubcodes: false, unit: 'paragraph', coderIds: [], documents: EMPTY_DOCUMENT_FILTER, grouping: { kind: 'none' } }));
const criticism = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['code-1'] };
const retrieve = time(() => retrieveColumns(ix, criticism, { kind: 'attribute', name: 'leaning' }));
const criticismPassages = findPassages(ix, criticism).documents.reduce((n, d) => n + d.passages.length, 0);
const groups = (leaning: string[]) => ({ docIds: rows.documents.filter((d) => leaning.includes(String(d.attributes.leaning))).map((d) => d.id), coderId: null });
const keynessOptions = { target: { group: groups(['right']), within: criticism }, reference: { group: groups(['left', 'center']), within: criticism }, priorWeight: 500, stopWords: false, top: 20 };
// The first call finds the words of every document it reads (the worker keeps them); later calls reuse them.
const keynessCold = (() => {
  const fresh = createAnalysisIndex(rows, texts);
  const t0 = performance.now();
  distinctiveWords(fresh, keynessOptions);
  return performance.now() - t0;
})();
const keyness = time(() => distinctiveWords(ix, keynessOptions));
const docsToSearch = rows.documents.map((d) => ({ docId: d.id, text: texts.get(d.id)! }));
const pattern = '\\b(crime|police)\\w*';
const plainScan = time(() => {
  let n = 0;
  for (const { text } of docsToSearch) {
    const regex = new RegExp(pattern, 'giu');
    while (regex.exec(text)) n++;
  }
  return n;
});
const search = time(() => searchCorpus({ pattern, mode: 'regex', caseInsensitive: true, accentInsensitive: false }, docsToSearch));
const cache = new Map();
const foldedCold = (() => {
  const t0 = performance.now();
  searchCorpus({ pattern: 'cafe', mode: 'word', caseInsensitive: true, accentInsensitive: true }, docsToSearch, { cache });
  return performance.now() - t0;
})();
const foldedWarm = time(() => searchCorpus({ pattern: 'cafe', mode: 'word', caseInsensitive: true, accentInsensitive: true }, docsToSearch, { cache }));

const hits = search.value.ok ? search.value.lines.length : 0;
const lines = [
  `Project: ${DOCS} documents, ${rows.codings.length} codings, ${rows.codes.length} codes, 3 coders; medians of ${RUNS} runs.`,
  `baseline: structured clone of document and coding rows ${ms(clone.ms)}; of the texts ${ms(cloneTexts.ms)}`,
  `index (codings by document and code) ${ms(index.ms)}`,
  `compare table, 20 code rows (roll-up) × 3 leanings, five measures, no bootstrap: ${ms(table.ms)} (${ratio(table.ms / clone.ms)} the row clone)`,
  `bootstrap intervals, 2,000 resamples, every cell and measure: ${ms(intervals.ms)}`,
  `chi-square and warnings: ${ms(chi.ms)}`,
  `co-occurrence, 20 × 20 codes, overlapping passages: ${ms(cooc.ms)} (${ratio(cooc.ms / clone.ms)} the row clone); same paragraph: ${ms(coocParagraph.ms)}`,
  `retrieve one code (${criticismPassages} passages) in columns by leaning: ${ms(retrieve.ms)}`,
  `distinctive words inside that code (${criticismPassages} passages), right vs left + center: ${ms(keyness.ms)}; first call on a new index (finds every document's words) ${ms(keynessCold)}`,
  `regex search with KWIC over ${DOCS} texts (${hits} hits): ${ms(search.ms)}; plain regex scan of the same texts ${ms(plainScan.ms)} (${ratio(search.ms / plainScan.ms)})`,
  `accent-insensitive search: first run (folds every text) ${ms(foldedCold)}, later runs (folded texts kept) ${ms(foldedWarm.ms)}`,
];
console.log(lines.join('\n'));
