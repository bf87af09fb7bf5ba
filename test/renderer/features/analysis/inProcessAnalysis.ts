// The analysis places' worker run in the test's own thread: the same work (analysisWork.ts) behind the
// same `askAnalysis` signature, so a place renders in jsdom with real results. Install with
// `vi.mock('.../analysisRunner', () => inProcessRunner())` before importing the place.
import type { Remote } from 'comlink';
import type { AnalysisRows } from '../../../../renderer/db/analysisRows';
import { createAnalysisWork } from '../../../../renderer/features/analysis/analysisWork';
import { createSearchWork } from '../../../../renderer/features/analysis/searchWork';
import type { CorpusSearchQuery } from '../../../../shared/search/searchQuery';
import type { AnalysisWorkerApi } from '../../../../renderer/features/analysis/analysisWorker';
import { createAnalysisIndex } from '../../../../shared/analysis/analysisIndex';
import { packRows } from '../../../../shared/analysis/workerRows';
import type { AnalysisData } from '../../../../renderer/features/analysis/useAnalysisIndex';

export function inProcessRunner() {
  return {
    askAnalysis: async <T,>(read: AnalysisRows, ask: (work: Remote<AnalysisWorkerApi>) => Promise<T>): Promise<T> => {
      const work = createAnalysisWork(() => {});
      work.load(packRows(read.rows, read.texts), read.texts);
      return ask(work as unknown as Remote<AnalysisWorkerApi>);
    },
    startSearch: (read: AnalysisRows, query: CorpusSearchQuery, docIds: readonly string[]) => {
      const work = createSearchWork();
      work.load(read.texts);
      return { result: Promise.resolve(work.search(query, docIds)), cancel: () => {} };
    },
  };
}

/** What useAnalysisRead gives a place, for rows and texts made in the test. */
export function analysisData(read: AnalysisRows): AnalysisData {
  return { read, index: createAnalysisIndex(read.rows, read.texts), codingMemos: new Map() };
}
