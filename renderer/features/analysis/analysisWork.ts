// What the analysis worker computes (analysisWorker.ts exposes these through Comlink): the project's
// rows are loaded once per read (packed for the trip, workerRows.ts) and indexed here, then each
// place asks for plain results (a Compare table with its test and intervals, co-occurrence,
// distinctive words, Retrieve's columns). The same functions run under the tests and the benchmarks,
// without a worker.
//
// Distinctive words need every text's words (shared/stats/wordIndex.ts: 200–300 ms for 1,000
// documents of 800 words). They are found here after an answer, a few documents at a time between
// questions, so that the click on Distinctive words finds them ready, and kept from one load to the
// next (a coding changes the rows, not the texts) as long as a loaded text holds them, as is what
// else is worked out from the texts (shared/analysis/textFacts.ts).
import { createAnalysisIndex, type AnalysisIndex, type ProjectRows } from '../../../shared/analysis/analysisIndex';
import { unpackRows, type PackedRows } from '../../../shared/analysis/workerRows';
import { keepWordsOf } from '../../../shared/stats/wordIndex';
import type { Grouping } from '../../../shared/analysis/grouping';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { retrieveColumns, type RetrieveColumns } from '../../../shared/retrieve/retrieveColumns';
import type { RetrievedPassage } from '../../../shared/retrieve/retrievePassages';
import { compareTable, type CompareSettings, type CompareTable } from '../../../shared/stats/compare';
import { compareTest, type CompareTestResult } from '../../../shared/stats/compareTest';
import { compareIntervals, type CompareIntervalOptions, type CompareIntervals } from '../../../shared/stats/compareIntervals';
import { cooccurrence, cooccurrencePassages, type CooccurrenceOptions, type CooccurrenceResult } from '../../../shared/stats/cooccurrence';
import { distinctiveWords, wordInContext, type DistinctiveWordsOptions, type DistinctiveWordsResult, type WordScope } from '../../../shared/stats/distinctiveWords';
import type { KwicLine } from '../../../shared/search/kwic';

export interface CompareResult {
  table: CompareTable;
  test: CompareTestResult;
  /** Null unless intervals were asked for. */
  intervals: CompareIntervals | null;
}

/** One worker's loaded project: the index lives as long as the rows it was built from. */
export interface AnalysisWork {
  /** The rows as packed for the trip to the worker (workerRows.ts). */
  load(rows: PackedRows, texts: ReadonlyMap<string, string>): void;
  compare(settings: CompareSettings, intervals: CompareIntervalOptions | null): CompareResult;
  retrieve(query: RetrieveQuery, grouping: Grouping): RetrieveColumns;
  cooccurrence(options: CooccurrenceOptions): CooccurrenceResult;
  cooccurrencePassages(options: CooccurrenceOptions, codeA: string, codeB: string, groupKey: string): RetrievedPassage[];
  distinctiveWords(options: DistinctiveWordsOptions): DistinctiveWordsResult;
  wordInContext(scope: WordScope, term: string, limit: number): KwicLine[];
}

/**
 * The index of a new load of the rows, with the words found for the load before where the text is
 * the same; the words of texts gone or replaced are forgotten, or a long session of switching
 * projects would hold every word the window ever met.
 */
export function indexOfLoad(previous: AnalysisIndex | null, rows: ProjectRows, texts: ReadonlyMap<string, string>): AnalysisIndex {
  if (!previous) return createAnalysisIndex(rows, texts);
  const docIds = new Set(rows.documents.map((doc) => doc.id));
  const textOf = (docId: string) => (docIds.has(docId) ? texts.get(docId) : undefined);
  keepWordsOf(previous.wordIndex, textOf);
  previous.textFacts.keepOnly(textOf);
  return createAnalysisIndex(rows, texts, { words: previous.wordIndex, textFacts: previous.textFacts });
}

/** How long one step of finding words between questions may hold the worker, ms. */
const WORDS_STEP = 8;

/** `later` runs a task after the questions already waiting (in the worker: a timer). */
export function createAnalysisWork(later: (task: () => void) => void = (task) => void setTimeout(task, 0)): AnalysisWork {
  let index: AnalysisIndex | null = null;
  let wordsFor: AnalysisIndex | null = null;
  const loaded = (): AnalysisIndex => {
    // The runner always loads before it asks (analysisRunner.ts): reaching this is a bug.
    if (!index) throw new Error('The analysis worker was asked for a result before a project was loaded.');
    // After this answer, the words of the texts, unless already under way for this load.
    if (wordsFor !== index) findWordsLater((wordsFor = index));
    return index;
  };
  const findWordsLater = (current: AnalysisIndex) => {
    let next = 0;
    const step = () => {
      if (index !== current) return;
      const until = performance.now() + WORDS_STEP;
      while (next < current.documents.length && performance.now() < until) current.words(current.documents[next++]!.id);
      if (next < current.documents.length) later(step);
    };
    later(step);
  };
  return {
    load(rows, texts) {
      index = indexOfLoad(index, unpackRows(rows), texts);
    },
    compare(settings, intervalOptions) {
      const table = compareTable(loaded(), settings);
      return { table, test: compareTest(table), intervals: intervalOptions ? compareIntervals(table, intervalOptions) : null };
    },
    retrieve: (query, grouping) => retrieveColumns(loaded(), query, grouping),
    cooccurrence: (options) => cooccurrence(loaded(), options),
    cooccurrencePassages: (options, codeA, codeB, groupKey) => cooccurrencePassages(loaded(), options, codeA, codeB, groupKey),
    distinctiveWords: (options) => distinctiveWords(loaded(), options),
    wordInContext: (scope, term, limit) => wordInContext(loaded(), scope, term, limit),
  };
}
