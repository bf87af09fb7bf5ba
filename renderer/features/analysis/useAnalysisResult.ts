// A result from the analysis worker, asked again whenever the project's rows or the question change.
// The last answer stays on screen while a new one is computed (`busy`), so a table does not blink
// away at each coding; an answer to an older question is dropped.
import { useEffect, useState } from 'react';
import type { Remote } from 'comlink';
import type { AnalysisWorkerApi } from './analysisWorker';
import { askAnalysis } from './analysisRunner';
import type { AnalysisData } from './useAnalysisIndex';

export interface AnalysisResult<T> {
  /** Null until the first answer. */
  value: T | null;
  busy: boolean;
  /** Why the last question failed, in words for the researcher. */
  error: string | null;
}

/** `ask` must keep its identity while the question stays the same (useCallback); null asks nothing. */
export function useAnalysisResult<T>(data: AnalysisData | null, ask: ((work: Remote<AnalysisWorkerApi>) => Promise<T>) | null): AnalysisResult<T> {
  const [state, setState] = useState<AnalysisResult<T>>({ value: null, busy: true, error: null });
  const read = data?.read;
  useEffect(() => {
    if (!read || !ask) {
      setState({ value: null, busy: false, error: null });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, busy: true }));
    askAnalysis(read, ask).then(
      (value) => current && setState({ value, busy: false, error: null }),
      (error: unknown) => current && setState((previous) => ({ ...previous, busy: false, error: `The analysis failed: ${error instanceof Error ? error.message : String(error)}` })),
    );
    return () => {
      current = false;
    };
  }, [read, ask]);
  return state;
}
