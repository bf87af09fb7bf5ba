// The project indexed for analysis, kept live: Dexie re-reads the rows when codings, documents, codes,
// sets, coders or memos change, and the index is rebuilt from them, so Retrieve and Compare always
// show the project as it is now.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { createAnalysisIndex, type AnalysisIndex } from '../../../shared/analysis/analysisIndex';
import { codingMemoTexts } from '../export/codingMemoText';
import { readAnalysisRows } from '../../db/analysisRows';
import { useProject } from '../projects/ProjectContext';

export interface AnalysisData {
  index: AnalysisIndex;
  /** Plain text of each coding's memo (all coders'), as the coded-segments export writes it. */
  codingMemos: Map<string, string>;
}

/** Null while the first read is under way. */
export function useAnalysisIndex(): AnalysisData | null {
  const { db } = useProject();
  const read = useLiveQuery(() => readAnalysisRows(db), [db]);
  return useMemo(() => {
    if (!read) return null;
    const { rows, texts } = read;
    const coderNames = new Map(rows.coders.map((coder) => [coder.id, coder.name]));
    return { index: createAnalysisIndex(rows, texts), codingMemos: codingMemoTexts(rows.codings, rows.memos, coderNames) };
  }, [read]);
}
