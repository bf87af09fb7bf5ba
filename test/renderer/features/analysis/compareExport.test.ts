// The Compare table's two CSV files, as the coded segments have them: the plain one for R, Stata and
// pandas, and the one for Excel (formulas defused, a byte-order mark so accents read right).
import { describe, expect, test, vi } from 'vitest';
import { compareCsvExport, type CompareExportSource } from '../../../../renderer/features/analysis/compareExport';
import { EMPTY_DOCUMENT_FILTER } from '../../../../shared/library/documentFilter';
import { compareTable } from '../../../../shared/stats/compare';
import { compareTest } from '../../../../shared/stats/compareTest';
import { code, codingOf, doc, project } from '../../../shared/analysis/fixtures';

vi.mock('../../../../renderer/features/backups/appBackups', () => ({ appVersion: async () => '0.1.0' }));

const A = 'Les réformes coûtent cher.';
const { index } = project({
  documents: [doc('a', 0, A, { leaning: 'gauche' })],
  codes: [code('n', '-négatif')],
  codings: [codingOf(A, 'a', 'n', 'Les réformes')],
  texts: { a: A },
});
const table = compareTable(index, { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] });
const source: CompareExportSource = { projectName: 'Réformes', table, intervals: null, intervalOptions: null, test: compareTest(table), coders: [] };

describe('the Compare table as CSV', () => {
  test('plain: named after the project, no byte-order mark, names as they are', async () => {
    const { file } = await compareCsvExport(source, false).prepare();
    expect(file.suggestedName).toBe('Réformes compare table.csv');
    expect(file.bom).toBe(false);
    expect(file.content).toContain('"-négatif"');
  });

  test('for Excel: the same name with “(for Excel)”, a byte-order mark, and the code defused', async () => {
    const { file } = await compareCsvExport(source, true).prepare();
    expect(file.suggestedName).toBe('Réformes compare table (for Excel).csv');
    expect(file.bom).toBe(true);
    expect(file.content).toContain("'-négatif");
    expect(file.content).not.toMatch(/(^|,)"?-négatif/m);
  });
});
