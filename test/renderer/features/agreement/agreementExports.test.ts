// The agreement table's two CSV files, as the coded segments have them: the plain one for R, Stata and
// pandas, and the one for Excel (formulas defused, a byte-order mark so accents read right).
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { agreementTableExport } from '../../../../renderer/features/agreement/agreementExports';
import { agreementReport } from '../../../../shared/agreement/agreementReport';
import type { CodeRecord } from '../../../../shared/model';
import { agreementInput } from '../../../shared/agreement/fixtures';

// A code from a stranger's REFI-QDA file, named like a formula.
const codebook: CodeRecord[] = [{ id: 'code-X', name: '=SUM(A1:A9)', color: '#112233', parentId: null, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '2026-01-01' }];
const report = agreementReport(
  agreementInput({ coders: ['Zoë', 'Ana'], codes: ['X'], documents: [{ id: 'd1', length: 10 }], codings: [['Zoë', 'd1', 'X', 2, 4], ['Ana', 'd1', 'X', 3, 5]] }),
  { unit: 'characters', bootstrap: null },
);

describe('the agreement table as CSV', () => {
  test('plain: named after the project and unit, no byte-order mark, the code as it is', async () => {
    const { file } = await agreementTableExport(report, codebook, 'Réformes', false).prepare();
    expect(file.suggestedName).toBe('Réformes agreement by characters.csv');
    expect(file.bom).toBe(false);
    const rows = Papa.parse<Record<string, string>>(file.content as string, { header: true, skipEmptyLines: true }).data;
    expect(rows[0]!.code).toBe('=SUM(A1:A9)');
  });

  test('for Excel: the same name with “(for Excel)”, a byte-order mark, and the code defused', async () => {
    const { file } = await agreementTableExport(report, codebook, 'Réformes', true).prepare();
    expect(file.suggestedName).toBe('Réformes agreement by characters (for Excel).csv');
    expect(file.bom).toBe(true);
    const rows = Papa.parse<Record<string, string>>(file.content as string, { header: true, skipEmptyLines: true }).data;
    expect(rows[0]!.code).toBe("'=SUM(A1:A9)");
    expect(rows[0]!.code_path).toBe("'=SUM(A1:A9)");
    expect(rows[0]!.coders).toBe('Zoë; Ana');
  });
});
