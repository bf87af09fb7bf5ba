// Percentages of a Compare table's counts, as the researcher chooses to read them:
// - of the row: how the code's passages (or documents, words) divide among the groups;
// - of the column: how the group's coded passages divide among the codes. With roll-up, a parent's
//   row already holds its subcodes' passages, so the column's total counts only rows without an
//   ancestor among the rows (no passage of a subcode counted twice in it). A passage with two codes
//   still counts in both codes' rows, as in any code-by-group table;
// - of the group's documents: the share of the group's documents that have the code (documents only).
import type { CompareMeasure, CompareTable } from './compare';

export type PercentBase = 'row' | 'column' | 'documents';

/** Counts that percentages make sense of. */
export const COUNT_MEASURES: readonly CompareMeasure[] = ['passages', 'documents', 'words'];

/** percent[row][column], 0–100; NaN where the base is 0 or the percentage means nothing for the measure. */
export function comparePercentages(table: CompareTable, measure: CompareMeasure, base: PercentBase): number[][] {
  const value = (r: number, c: number) => table.cells[r]![c]![measure];
  const none = () => table.rows.map(() => table.columns.map(() => Number.NaN));
  if (!COUNT_MEASURES.includes(measure)) return none();
  if (base === 'documents') {
    if (measure !== 'documents') return none();
    return table.rows.map((_, r) => table.columns.map((column, c) => (column.documents > 0 ? (100 * value(r, c)) / column.documents : Number.NaN)));
  }
  if (base === 'row') {
    return table.rows.map((_, r) => {
      // A set grouping may put a document in two columns: the row's total is then the sum over columns as shown.
      const total = table.columns.reduce((sum, _c, c) => sum + value(r, c), 0);
      return table.columns.map((_c, c) => (total > 0 ? (100 * value(r, c)) / total : Number.NaN));
    });
  }
  const rollUp = table.settings.rows.kind === 'codes' && table.settings.rows.rollUp;
  const counted = table.rows.map((row) => !rollUp || row.parentKey === null);
  return table.rows.map((_, r) =>
    table.columns.map((_c, c) => {
      const total = table.rows.reduce((sum, _row, i) => sum + (counted[i] ? value(i, c) : 0), 0);
      return total > 0 ? (100 * value(r, c)) / total : Number.NaN;
    }),
  );
}
