// Live counts for the screens, agreeing with what they show: in blind mode or with coders hidden,
// only the visible coders' codings count. All of them read the one project-wide query of countsStore.ts.
import { useMemo, useSyncExternalStore } from 'react';
import { NO_USAGE, type CodeUsage, type CountTotals } from '../../db/codingCounts';
import { useProject } from '../projects/ProjectContext';
import { useCoderFilter } from '../coders/CoderViewContext';
import { countsStoreOf } from './countsStore';

/** Codings per code and per document, of the visible coders; undefined until first read. */
export function useCountTotals(): CountTotals | undefined {
  const { db } = useProject();
  const filter = useCoderFilter();
  const store = countsStoreOf(db);
  const rows = useSyncExternalStore(store.subscribe, store.getRows);
  if (store.error !== undefined) throw store.error;
  return useMemo(() => (rows ? store.totalsFor(rows, filter) : undefined), [store, rows, filter]);
}

export function useDocumentCodingCount(docId: string): number | undefined {
  const totals = useCountTotals();
  return totals ? (totals.byDocument.get(docId) ?? 0) : undefined;
}

export function useCodeUsage(codeId: string): CodeUsage | undefined {
  const totals = useCountTotals();
  return totals ? (totals.byCode.get(codeId) ?? NO_USAGE) : undefined;
}
