// Live counts for one row of a list (a document, a code), agreeing with what the screen shows: in
// blind mode or with coders hidden, only the visible coders' codings count.
import { useLiveQuery } from 'dexie-react-hooks';
import { codingCountOfDocument, usageOfCode, type CodeUsage } from '../../db/codingCounts';
import { useProject } from '../projects/ProjectContext';
import { useCoderFilter } from '../coders/CoderViewContext';

/** Null `docId`: nothing to count yet (the row is off screen); no query runs. */
export function useDocumentCodingCount(docId: string | null): number | undefined {
  const { db } = useProject();
  const filter = useCoderFilter();
  return useLiveQuery(() => (docId ? codingCountOfDocument(db, docId, filter) : undefined), [db, docId, filter]);
}

export function useCodeUsage(codeId: string): CodeUsage | undefined {
  const { db } = useProject();
  const filter = useCoderFilter();
  return useLiveQuery(() => usageOfCode(db, codeId, filter), [db, codeId, filter]);
}
