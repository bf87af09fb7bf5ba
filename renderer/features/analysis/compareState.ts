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
