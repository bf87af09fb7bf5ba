// The numbers a chart of the Compare table draws, one record per row × group, in the units the table
// shows them in (the share of text as a percentage), so that the chart, its data table and the
// Compare table read the same numbers.
import type { CompareMeasure, CompareTable } from '../../../shared/stats/compare';
import { cellText } from './formatMeasure';

export interface ChartDatum {
  rowKey: string;
  row: string;
  groupKey: string;
  group: string;
  /** The value as shown; NaN when the cell has none (a group without text). */
  value: number;
  low: number | null;
  high: number | null;
  /** The value as the Compare table writes it. */
  text: string;
  /** The interval as the Compare table writes it: “1–4”. */
  intervalText: string | null;
}

export interface ChartSource {
  table: CompareTable;
  /** values[row][column]: the measure, or its percentage when `percent` is set. */
  values: number[][];
  measure: CompareMeasure;
  percent: boolean;
  intervals: Array<Array<{ low: number; high: number } | null>> | null;
}

export function chartData({ table, values, measure, percent, intervals }: ChartSource): ChartDatum[] {
  // The share is stored as a fraction and written as a percentage; the chart's axis follows the text.
  const scale = !percent && measure === 'share' ? 100 : 1;
  return table.rows.flatMap((row, r) =>
    table.columns.map((column, c) => {
      const value = values[r]![c]!;
      const interval = intervals?.[r]?.[c] ?? null;
      return {
        rowKey: row.key,
        row: row.label,
        groupKey: column.key,
        group: column.label,
        value: value * scale,
        low: interval ? interval.low * scale : null,
        high: interval ? interval.high * scale : null,
        text: cellText(measure, percent, value),
        intervalText: interval ? `${cellText(measure, percent, interval.low)}–${cellText(measure, percent, interval.high)}` : null,
      };
    }),
  );
}
