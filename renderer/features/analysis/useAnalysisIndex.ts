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
import { useCoderView } from '../coders/CoderViewContext';
import { isCoderVisible, visibleRows, type CoderVisibility } from '../coders/coderVisibility';

export interface AnalysisData {
  /** The rows as read: what the workers are sent (once per read). */
  read: AnalysisRows;
  index: AnalysisIndex;
  /** Plain text of each coding's memo (all coders'), as the coded-segments export writes it. */
  codingMemos: Map<string, string>;
}

export interface AnalysisRead {
  /**
   * Null until a read succeeds. The rows are those of the coders shown (blind mode, coders hidden:
   * CoderViewContext.tsx): Retrieve, Compare and what they export are made from them, so a blind
   * coder sees no other coder's passages, counts or memos there either.
   */
  data: AnalysisData | null;
  /** Why the last read failed, for the place to say (the data, if any, is then from the read before). */
  error: string | null;
}

/** The project indexed for analysis, and why reading it failed if it did. */
export function useAnalysisRead(): AnalysisRead {
  const { db, coder } = useProject();
  const { visibility } = useCoderView();
  const { value: all, failure } = useCoalescedRead(db, ANALYSIS_TABLES, () => timed('read', () => readAnalysisRows(db)));
  const read = useMemo(() => all && shownRows(all, coder.id, visibility), [all, coder.id, visibility]);
  const data = useIndexed(read);
  const error = failure === null ? null : `Reading the project for analysis failed: ${reasonOf(failure)}. It is read again when the project changes.`;
  return useMemo(() => ({ data, error }), [data, error]);
}

function reasonOf(failure: unknown): string {
  const message = failure instanceof Error ? failure.message : String(failure);
  return message.replace(/[.\s]+$/u, '') || 'no reason given';
}

function useIndexed(read: AnalysisRows | undefined): AnalysisData | null {
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

/** The rows as read when everyone is shown; else without the hidden coders, their codings and memos. */
function shownRows(read: AnalysisRows, currentCoderId: string, visibility: CoderVisibility): AnalysisRows {
  if (!visibility.blind && visibility.hidden.length === 0) return read;
  const { rows } = read;
  return {
    texts: read.texts,
    rows: {
      ...rows,
      coders: rows.coders.filter((c) => isCoderVisible(c.id, currentCoderId, visibility)),
      codings: visibleRows(rows.codings, currentCoderId, visibility) as typeof rows.codings,
      memos: visibleRows(rows.memos, currentCoderId, visibility) as typeof rows.memos,
    },
  };
}
