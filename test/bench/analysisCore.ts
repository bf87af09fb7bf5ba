// Timings of the analysis core (issue 10) at the scale: 1,000 documents of about 800 words
// (three values of `leaning`), 100,000 codings of 20 codes by 3 coders. Pure functions under Node,
// no Dexie and no worker: this is the compute the Retrieve and Compare places will call. The
// baseline is a structured clone of the rows (what moving them to a worker costs, and a floor under
// reading them from IndexedDB), measured in the same run. Not wired into `npm run bench` yet:
//
//   npx tsx test/bench/analysisCore.ts
import { EMPTY_DOCUMENT_FILTER } from '../../shared/library/documentFilter';
import { createAnalysisIndex, type ProjectRows } from '../../shared/analysis/analysisIndex';
import { EMPTY_RETRIEVE_QUERY } from '../../shared/retrieve/retrieveQuery';
import { retrieveColumns } from '../../shared/retrieve/retrieveColumns';
import { findPassages } from '../../shared/retrieve/retrievePassages';
import { compareTable } from '../../shared/stats/compare';
import { compareIntervals } from '../../shared/stats/compareIntervals';
import { compareTest } from '../../shared/stats/compareTest';
import { cooccurrence } from '../../shared/stats/cooccurrence';
import { distinctiveWords } from '../../shared/stats/distinctiveWords';
import { createRng } from '../../shared/stats/random';
import { searchCorpus } from '../../shared/search/corpusSearch';
import type { CodeRecord, CodingRecord, DocumentRecord } from '../../shared/model';
import { countWords } from '../../shared/text/words';
import { median, ms, ratio } from './benchmark';

const DOCS = 1000;
const WORDS = 800;
const CODINGS = 100_000;
const RUNS = 5;

function makeProject() {
  const rng = createRng(10);
  // A Zipf-like vocabulary: a few words very common, most rare, some with accents.
  const stems = ['crime', 'police', 'reform', 'jail', 'bail', 'victim', 'office', 'district', 'attorney', 'policy', 'voters', 'court', 'prosecutor', 'café', 'naïve', 'décor', 'record', 'homicide', 'drug', 'charge'];
  const vocabulary: string[] = ['the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'was', 'he', 'for', 'it', 'with', 'as', 'his', 'on', 'be', 'at', 'by', 'said'];
  for (let i = 0; vocabulary.length < 4000; i++) vocabulary.push(`${stems[i % stems.length]}${i < stems.length ? '' : String.fromCharCode(97 + (i % 26)) + Math.floor(i / 26)}`);
  const word = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.pow(rng.next(), 3) * vocabulary.length))]!;
  const texts = new Map<string, string>();
  const documents: DocumentRecord[] = [];
  for (let d = 0; d < DOCS; d++) {
    const paragraphs: string[] = [];
    let words = 0;
    while (words < WORDS) {
      const sentences: string[] = [];
      for (let s = 0; s < 4 && words < WORDS; s++) {
        const n = 12 + rng.int(16);
        const ws = Array.from({ length: n }, word);
        ws[0] = ws[0]![0]!.toUpperCase() + ws[0]!.slice(1);
        sentences.push(`${ws.join(' ')}.`);
        words += n;
      }
      paragraphs.push(sentences.join(' '));
    }
    const text = paragraphs.join('\n\n');
    const id = `doc-${String(d).padStart(4, '0')}`;
    texts.set(id, text);
    documents.push({
      id, title: `Document ${d}`, format: 'txt', fileName: `${id}.txt`, storedName: '', sha256: '', order: d, importedAt: '', length: text.length, words: countWords(text),
      extraction: {}, author: '', date: `${2015 + (d % 8)}`, source: `Outlet ${d % 12}`, url: '', attributes: { leaning: ['left', 'center', 'right'][d % 3]! },
    });
  }
  // 20 codes: 4 parents with 4 subcodes each. Code 1 ("criticism") gets an eighth of the codings, so
  // that it has more than 10,000 passages.
  const codes: CodeRecord[] = [];
  for (let p = 0; p < 4; p++) {
    codes.push({ id: `code-${p * 5}`, name: p === 0 ? 'framing' : `parent ${p}`, color: '#000000', parentId: null, order: p, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' });
    for (let c = 1; c < 5; c++) codes.push({ id: `code-${p * 5 + c}`, name: p === 0 && c === 1 ? 'criticism' : `code ${p * 5 + c}`, color: '#000000', parentId: `code-${p * 5}`, order: c, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' });
  }
  const codings: CodingRecord[] = [];
  for (let i = 0; i < CODINGS; i++) {
    const doc = documents[i % DOCS]!;
    const text = texts.get(doc.id)!;
    let start = rng.int(text.length - 400);
    while (start > 0 && text[start - 1] !== ' ') start--;
    let end = Math.min(text.length, start + 40 + rng.int(300));
    while (end < text.length && text[end] !== ' ' && text[end] !== '\n') end++;
    const codeIndex = rng.next() < 0.125 ? 1 : rng.int(20);
    codings.push({ id: `coding-${i}`, docId: doc.id, codeId: `code-${codeIndex}`, start, end, quote: text.slice(start, end), prefix: '', suffix: '', coderId: `coder-${rng.int(3)}`, createdAt: '' });
  }
  const rows: ProjectRows = {
    documents, codes, codings, sets: [],
    coders: [0, 1, 2].map((k) => ({ id: `coder-${k}`, name: `Coder ${k}`, color: '#000000' })),
    memos: [],
  };
  return { rows, texts };
}

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

const { rows, texts } = makeProject();
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
