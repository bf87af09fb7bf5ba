// The chi-square test of a Compare table's passage counts (codes × groups), and the plain-words
// warnings a methods-minded reader expects beside it. The test's unit is the passage; Compare's
// intervals use the document. Both are shown, and the warnings say when the test's assumptions fail
// for this table.
import { chiSquareTest, type ChiSquareResult } from './chiSquare';
import type { CompareTable } from './compare';

/** Fewer documents than this in a group, and its figures are flagged. */
export const FEW_DOCUMENTS = 5;

export interface CompareTestResult {
  /** Null when fewer than two rows and two columns have passages. */
  test: ChiSquareResult | null;
  /** Rows the test used (indices into the table's rows): with roll-up, those without an ancestor among the rows. */
  rowsTested: number[];
  /** Adjusted standardized residual per cell of the table (NaN for rows not tested). */
  residuals: number[][];
  warnings: string[];
}

export function compareTest(table: CompareTable): CompareTestResult {
  const rollUp = table.settings.rows.kind === 'codes' && table.settings.rows.rollUp;
  // With roll-up a subcode's passages are inside its parent's row: testing both would count them twice.
  const rowsTested = table.rows.flatMap((row, r) => (!rollUp || row.parentKey === null ? [r] : []));
  const counts = rowsTested.map((r) => table.cells[r]!.map((cell) => cell.passages));
  const test = chiSquareTest(counts);
  const residuals = table.rows.map(() => table.columns.map(() => Number.NaN));
  if (test) rowsTested.forEach((r, i) => (residuals[r] = test.residuals[i]!));

  const warnings: string[] = [];
  for (const column of table.columns) {
    if (column.documents < FEW_DOCUMENTS) {
      warnings.push(
        column.documents === 0
          ? `“${column.label}” has no documents: it has no figures.`
          : `“${column.label}” has only ${column.documents} document${column.documents === 1 ? '' : 's'}: its figures say little beyond ${column.documents === 1 ? 'that document' : 'those documents'}, and its interval is wide or missing.`,
      );
    }
  }
  if (!test) {
    warnings.push('The chi-square test needs passages in at least two codes and two groups.');
  } else {
    if (test.smallExpected.length > 0) {
      const smallest = test.smallExpected.reduce((a, b) => (b.expected < a.expected ? b : a));
      const row = table.rows[rowsTested[smallest.row]!]!;
      const column = table.columns[smallest.column]!;
      // The cells the test used: rows and columns without passages are left out of it.
      const cells = (rowsTested.length - test.emptyRows.length) * (table.columns.length - test.emptyColumns.length);
      warnings.push(
        `${test.smallExpected.length} of the ${cells} cells tested expect fewer than 5 passages (the fewest: “${row.label}” in “${column.label}”, ${smallest.expected.toFixed(1)}): ` +
          'the chi-square p-value is not reliable with so few. Combine groups or codes, or read the counts themselves.',
      );
    }
    warnings.push(
      'The chi-square test counts passages as if each were drawn independently; passages of one document tend to go together, so its p-value is too small. The intervals, which resample whole documents, are the safer guide.',
    );
    if (table.settings.columns.kind === 'coders') {
      warnings.push('The columns are coders of the same documents, not separate samples: the chi-square test compares how the coders coded, not groups of documents.');
    }
    if (table.settings.columns.kind === 'sets' && overlappingColumns(table)) {
      warnings.push('Some documents are in more than one set and count in each of their columns: the columns are not separate samples, and the chi-square test is not valid for them.');
    }
  }
  return { test, rowsTested, residuals, warnings };
}

function overlappingColumns(table: CompareTable): boolean {
  const seen = new Set<string>();
  for (const column of table.columns) {
    for (const id of column.docIds) {
      if (seen.has(id)) return true;
      seen.add(id);
    }
  }
  return false;
}
