// Long surveys: a table of half a million rows reads, and a table whose reader runs out of stack is
// refused with advice about tables, not a JavaScript error or a claim of deep nesting.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readTable } from '../../../electron/extract/extractor';
import { xlsxFile } from './fixtureFiles';
import type * as ReadExcelFile from 'read-excel-file/universal';

const readSheet = vi.hoisted(() => ({ override: null as null | (() => never) }));
vi.mock('read-excel-file/universal', async (original) => {
  const real = await original<typeof ReadExcelFile>();
  return { ...real, readSheet: (...args: Parameters<typeof real.readSheet>) => (readSheet.override ? readSheet.override() : real.readSheet(...args)) };
});
afterEach(() => {
  readSheet.override = null;
});

const ROWS = 500_000;

describe('tables of many rows', () => {
  test(`a CSV of ${ROWS.toLocaleString('en-US')} rows is read whole, every row numbered as a spreadsheet shows it`, async () => {
    const lines = ['respondent,age,answer'];
    for (let i = 1; i <= ROWS; i++) lines.push(`R${i},${20 + (i % 60)},Answer number ${i}`);
    // One row wider than the header, far down: the width is found over every row.
    lines[ROWS - 1] += ',late extra';
    const table = await readTable({ fileName: 'panel.csv', format: 'csv', bytes: new TextEncoder().encode(lines.join('\n')) });
    expect(table.columns).toEqual(['respondent', 'age', 'answer', 'Column 4']);
    expect(table.rows).toHaveLength(ROWS);
    expect(table.rows[ROWS - 2]).toEqual([`R${ROWS - 1}`, String(20 + ((ROWS - 1) % 60)), `Answer number ${ROWS - 1}`, 'late extra']);
    expect(table.rowNumbers.at(-1)).toBe(ROWS + 1);
    // Half a million rows take a second at rest and several on a loaded two-core machine: the test
    // is about what is read, not how fast, so it does not race vitest's five seconds.
  }, 120_000);

  test('a spreadsheet whose reader runs out of stack is refused with what to do, not as damaged or deeply nested', async () => {
    readSheet.override = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const reading = readTable({ fileName: 'panel.xlsx', format: 'xlsx', bytes: xlsxFile([['id', 'answer'], ['1', 'Yes']]) });
    await expect(reading).rejects.toThrow(
      'it is too large or too intricate for the spreadsheet reader (its stack ran out while reading the rows). Split it into smaller files, or save an .xlsx as CSV, and import those.',
    );
  });
});
