// The two workers behind Retrieve and Compare, started on first use. The analysis worker holds the
// project's index: each read of the rows (useAnalysisIndex's live query) is loaded into it once, and
// every question waits for that load, so an answer always comes from the rows the screen shows. The
// codings go packed in columns, without the quotes it does not need (workerRows.ts).
// Corpus search has a worker of its own, which Cancel (or a newer search) ends outright.
// A worker that reports an error of its own (its module did not load, it stopped) answers nothing
// more: the calls waiting on it fail with the reason, and the next question starts a new worker
// (lazyWorker.ts).
import { transfer, type Remote } from 'comlink';
import type { AnalysisRows } from '../../db/analysisRows';
import { lazyWorker } from '../../workers/lazyWorker';
import { timed } from './analysisTiming';
import { packRows, packedBuffers } from '../../../shared/analysis/workerRows';
import type { CorpusSearchResult } from '../../../shared/search/corpusSearch';
import type { CorpusSearchQuery } from '../../../shared/search/searchQuery';
import type { AnalysisWorkerApi } from './analysisWorker';
import type { SearchWorkerApi } from './searchWorker';

const analysis = lazyWorker<AnalysisWorkerApi>('analysis', () => new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'framewise-analysis' }));
const search = lazyWorker<SearchWorkerApi>('search', () => new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'framewise-search' }));

/** Which read a worker holds, so that one read is sent (cloned) once per worker. */
interface Loaded {
  read: AnalysisRows;
  generation: number;
  done: Promise<void>;
}

let analysisLoaded: Loaded | null = null;
let searchLoaded: Loaded | null = null;

/** Asks the analysis worker a question about `read`, loading it first if the worker holds another. */
export async function askAnalysis<T>(read: AnalysisRows, ask: (work: Remote<AnalysisWorkerApi>) => Promise<T>): Promise<T> {
  const work = analysis.remote();
  const failed = analysis.failed();
  if (analysisLoaded?.read !== read || analysisLoaded.generation !== analysis.generation()) {
    const done = timed('worker load', () => {
      const rows = packRows(read.rows, read.texts);
      // The typed arrays are handed over, not copied; they were made for this one trip.
      return work.load(transfer(rows, packedBuffers(rows)), read.texts);
    });
    analysisLoaded = { read, generation: analysis.generation(), done };
  }
  await Promise.race([analysisLoaded.done, failed]);
  return timed('worker answer', () => Promise.race([ask(work), failed]));
}

export interface RunningSearch {
  /** The result, or 'cancelled' when Cancel or a newer search stopped it. */
  result: Promise<CorpusSearchResult | 'cancelled'>;
  cancel(): void;
}

let running: RunningSearch | null = null;

/** Starts a corpus search over `docIds` (in that order); a search still running is cancelled. */
export function startSearch(read: AnalysisRows, query: CorpusSearchQuery, docIds: readonly string[]): RunningSearch {
  running?.cancel();
  let settled = false;
  let settle!: (outcome: CorpusSearchResult | 'cancelled') => void;
  let fail!: (error: unknown) => void;
  const result = new Promise<CorpusSearchResult | 'cancelled'>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const work = search.remote();
  const failed = search.failed();
  if (searchLoaded?.read !== read || searchLoaded.generation !== search.generation()) {
    searchLoaded = { read, generation: search.generation(), done: work.load(read.texts) };
  }
  const finish = (then: () => void) => {
    if (settled) return;
    settled = true;
    if (running === self) running = null;
    then();
  };
  Promise.race([searchLoaded.done.then((): Promise<CorpusSearchResult> => work.search(query, [...docIds])), failed]).then(
    (outcome) => finish(() => settle(outcome)),
    (error: unknown) => finish(() => fail(error)),
  );
  const self: RunningSearch = {
    result,
    cancel: () =>
      finish(() => {
        // The search may be inside one long regular expression: only ending the worker stops it.
        search.end();
        searchLoaded = null;
        settle('cancelled');
      }),
  };
  running = self;
  return self;
}
