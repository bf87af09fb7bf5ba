// The project indexed for analysis, kept live: the rows are read again after codings, documents,
// texts, codes, sets, coders or memos change, a burst of writes folded into one read
// (useCoalescedRead.ts). The heavy questions (Compare, co-occurrence, distinctive words, Retrieve's columns, corpus search) go to the workers with `read` (useAnalysisResult.ts,
// analysisRunner.ts); the index here serves the views' lookups (names, documents, a passage's context).
import { useMemo } from 'react';
import { createAnalysisIndex, type AnalysisIndex } from '../../../shared/analysis/analysisIndex';
import { codingMemoTexts } from '../export/codingMemoText';
import { ANALYSIS_TABLES, readAnalysisRows, type AnalysisRows } from '../../db/analysisRows';
import { useProject } from '../projects/ProjectContext';
import { timed, timedNow } from './analysisTiming';
import { useCoalescedRead } from './useCoalescedRead';

export interface AnalysisData {
  /** The rows as read: what the workers are sent (once per read). */
  read: AnalysisRows;
  index: AnalysisIndex;
  /** Plain text of each coding's memo (all coders'), as the coded-segments export writes it. */
  codingMemos: Map<string, string>;
}

/** Null while the first read is under way. */
export function useAnalysisIndex(): AnalysisData | null {
  const { db } = useProject();
  const read = useCoalescedRead(db, ANALYSIS_TABLES, () => timed('read', () => readAnalysisRows(db)));
  return useMemo(() => {
    if (!read) return null;
    const { rows, texts } = read;
    const coderNames = new Map(rows.coders.map((coder) => [coder.id, coder.name]));
    let codingMemos: Map<string, string> | undefined;
    // Made when a passage first shows its memo, not before the worker is asked (it walks every coding).
    return {
      read,
      index: timedNow('window index', () => createAnalysisIndex(rows, texts)),
      get codingMemos() {
        return (codingMemos ??= timedNow('memo texts', () => codingMemoTexts(rows.codings, rows.memos, coderNames)));
      },
    };
  }, [read]);
}
