// Pearson's chi-square test of independence for an r × c table of counts, with the adjusted
// standardized residual of each cell and Cramér's V (Agresti, An Introduction to Categorical Data
// Analysis, 2nd ed., 2007, sections 2.4.3–2.4.5 and 2.4.6 for the residuals). The p-value is the upper
// tail of the chi-square distribution, P(X² ≥ x) = Q(df/2, x/2), the regularized upper incomplete gamma
// function, taken from stdlib (a port of Boost's), which stays exact for very small p-values where
// 1 − CDF would round to 0.
import gammainc from '@stdlib/math-base-special-gammainc';

export interface ChiSquareResult {
  statistic: number;
  df: number;
  p: number;
  /** Cramér's V: sqrt(X² / (N (min(r, c) − 1))), 0 (independent) to 1. */
  cramersV: number;
  /** Total count N. */
  total: number;
  /** Expected counts under independence, r × c (0 in rows or columns that were left out). */
  expected: number[][];
  /**
   * Adjusted standardized residuals (O − E) / sqrt(E (1 − row share)(1 − column share)), r × c: about
   * standard normal under independence, so beyond ±2 a cell departs from it. NaN in rows or columns
   * left out.
   */
  residuals: number[][];
  /** Rows and columns whose total is 0, left out of the test (they carry no information). */
  emptyRows: number[];
  emptyColumns: number[];
  /** Cells whose expected count is under 5, where the chi-square approximation is poor. */
  smallExpected: Array<{ row: number; column: number; expected: number }>;
}

/** The test on `table[row][column]`; null when fewer than two rows and two columns have counts. */
export function chiSquareTest(table: readonly (readonly number[])[]): ChiSquareResult | null {
  const r = table.length;
  const c = r > 0 ? table[0]!.length : 0;
  const rowTotals = table.map((row) => row.reduce((sum, x) => sum + x, 0));
  const columnTotals = Array.from({ length: c }, (_, j) => table.reduce((sum, row) => sum + row[j]!, 0));
  const total = rowTotals.reduce((sum, x) => sum + x, 0);
  const rows = rowTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const columns = columnTotals.flatMap((t, j) => (t > 0 ? [j] : []));
  if (rows.length < 2 || columns.length < 2) return null;

  const expected = table.map(() => new Array<number>(c).fill(0));
  const residuals = table.map(() => new Array<number>(c).fill(Number.NaN));
  const smallExpected: ChiSquareResult['smallExpected'] = [];
  let statistic = 0;
  for (const i of rows) {
    for (const j of columns) {
      const e = (rowTotals[i]! * columnTotals[j]!) / total;
      const o = table[i]![j]!;
      expected[i]![j] = e;
      statistic += ((o - e) * (o - e)) / e;
      residuals[i]![j] = (o - e) / Math.sqrt(e * (1 - rowTotals[i]! / total) * (1 - columnTotals[j]! / total));
      if (e < 5) smallExpected.push({ row: i, column: j, expected: e });
    }
  }
  const df = (rows.length - 1) * (columns.length - 1);
  return {
    statistic,
    df,
    p: chiSquareUpperTail(statistic, df),
    cramersV: Math.sqrt(statistic / (total * (Math.min(rows.length, columns.length) - 1))),
    total,
    expected,
    residuals,
    emptyRows: rowTotals.flatMap((t, i) => (t > 0 ? [] : [i])),
    emptyColumns: columnTotals.flatMap((t, j) => (t > 0 ? [] : [j])),
    smallExpected,
  };
}

/** P(X ≥ x) for X chi-square with `df` degrees of freedom. */
export function chiSquareUpperTail(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}
