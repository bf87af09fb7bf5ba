// Live counts for the screens, agreeing with what they show: in blind mode or with coders hidden,
// only the visible coders' codings count. Each hook listens to the one figure it returns
// (countsStore.ts), so a write re-renders the rows whose figure it changed and no others.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { CodeUsage } from '../../db/countTotals';
import { useProject } from '../projects/ProjectContext';
import { useCoderFilter } from '../coders/CoderViewContext';
import { countsStoreOf, type CountTopic } from './countsStore';

function useCountsStore(topic: CountTopic) {
  const store = countsStoreOf(useProject().db);
  const subscribe = useCallback((listener: () => void) => store.subscribe(topic, listener), [store, topic]);
  return { store, subscribe, filter: useCoderFilter() };
}

/** A code's codings and the documents they are in, of the visible coders; undefined until first read. */
export function useCodeUsage(codeId: string): CodeUsage | undefined {
  const { store, subscribe, filter } = useCountsStore(`code:${codeId}`);
  return useSyncExternalStore(subscribe, () => store.usageOf(codeId, filter));
}

/** A document's codings, of the visible coders; undefined until first read. */
export function useDocumentCodingCount(docId: string): number | undefined {
  const { store, subscribe, filter } = useCountsStore(`doc:${docId}`);
  return useSyncExternalStore(subscribe, () => store.documentCount(docId, filter));
}

/** Codings per document, of the visible coders (documents without any are absent); undefined until first read. */
export function useDocumentCodingCounts(): ReadonlyMap<string, number> | undefined {
  const { store, subscribe, filter } = useCountsStore('documents');
  return useSyncExternalStore(subscribe, () => store.documentCounts(filter));
}

/** Holds the open project's counts for as long as the calling component is mounted (countsStore.ts `hold`). */
export function useHeldCounts(): void {
  const { db } = useProject();
  useEffect(() => countsStoreOf(db).hold(), [db]);
}
