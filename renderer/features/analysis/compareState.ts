// What Compare shows: its rows, columns, documents, coders, and how the cells are read.
import type { Grouping } from '../../../shared/analysis/grouping';
import { EMPTY_DOCUMENT_FILTER, type DocumentFilter } from '../../../shared/library/documentFilter';
import type { CompareMeasure } from '../../../shared/stats/compare';
import type { PercentBase } from '../../../shared/stats/comparePercent';
import type { ChartKind } from './compareChartPlot';
import { placeState } from './placeState';

export interface CompareView {
  /** Codes by groups (the Compare table), or codes by codes (co-occurrence). */
  table: 'groups' | 'cooccurrence' | 'words';
  /** Rows: codes of the tree, or saved queries. */
  rowKind: 'codes' | 'queries';
  /** Saved queries shown as rows (their ids); empty: every saved query. */
  queryIds: string[];
  /** Codes shown as rows; empty: every code. */
  codeIds: string[];
  rollUp: boolean;
  /** Null until chosen: the first attribute's values, or single documents. */
  columns: Grouping | null;
  documents: DocumentFilter;
  coderIds: string[];
  measure: CompareMeasure;
  percent: PercentBase | 'none';
  withIntervals: boolean;
  seed: number;
  /** The chart drawn under the table, if any, and its size in pixels (on screen and in the files saved). */
  chart: ChartKind | 'none';
  chartWidth: number;
  chartHeight: number;
}

export const compareState = placeState<CompareView>({
  table: 'groups',
  rowKind: 'codes',
  queryIds: [],
  codeIds: [],
  rollUp: false,
  columns: null,
  documents: EMPTY_DOCUMENT_FILTER,
  coderIds: [],
  measure: 'passages',
  percent: 'none',
  withIntervals: false,
  seed: 1,
  chart: 'none',
  chartWidth: 720,
  chartHeight: 400,
});

/**
 * Co-occurrence's own choices, kept like the table's: a passage opened from a cell shows in Code, and
 * coming back finds the same unit (a matrix of paragraphs read as one of passages would mislead) and
 * the same cell's passages.
 */
export interface CooccurrenceView {
  unit: 'overlap' | 'paragraph';
  byGroup: boolean;
  /** The cell whose passages are listed: its two codes and its group. */
  chosen: { a: string; b: string; groupKey: string } | null;
}

export const cooccurrenceState = placeState<CooccurrenceView>({ unit: 'overlap', byGroup: false, chosen: null });

/** Distinctive words' own choices: the two groups (by key; '' until chosen), where, and how. */
export interface DistinctiveWordsView {
  targetKey: string;
  referenceKey: string;
  /** Only inside this code's passages; '' for whole documents. */
  codeId: string;
  priorWeight: number;
  stopWords: boolean;
  /** The word whose keywords in context are shown. */
  word: string | null;
}

export const distinctiveWordsState = placeState<DistinctiveWordsView>({ targetKey: '', referenceKey: '', codeId: '', priorWeight: 1000, stopWords: true, word: null });
