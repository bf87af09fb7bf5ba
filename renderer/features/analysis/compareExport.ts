// The Compare table out through the files door: tidy CSV with the settings in its header lines, plain
// for R, Stata and pandas, or spreadsheet-safe for Excel as the coded segments are (row and group names
// are codes, saved queries and attribute values, any of which can start like a formula).
import type { CompareTable } from '../../../shared/stats/compare';
import type { CompareIntervalOptions, CompareIntervals } from '../../../shared/stats/compareIntervals';
import type { CompareTestResult } from '../../../shared/stats/compareTest';
import { compareCsv } from '../../../shared/export/compareCsv';
import type { CoderRecord } from '../../../shared/model';
import type { Export } from '../../files/exportFile';
import { safeFileName } from '../export/exportFileName';
import { appVersion } from '../backups/appBackups';

export interface CompareExportSource {
  projectName: string;
  table: CompareTable;
  intervals: CompareIntervals | null;
  intervalOptions: CompareIntervalOptions | null;
  test: CompareTestResult;
  coders: readonly CoderRecord[];
}

/** `spreadsheetSafe`: the variant for Excel (see exportCodedSegments.ts); false for R and pandas. */
export function compareCsvExport(source: CompareExportSource, spreadsheetSafe: boolean): Export {
  const suffix = spreadsheetSafe ? ' (for Excel)' : '';
  return {
    failure: 'The export of the Compare table failed',
    prepare: async () => {
      const content = compareCsv({
        table: source.table,
        intervals: source.intervals,
        intervalOptions: source.intervalOptions,
        test: source.test,
        appVersion: await appVersion(),
        exportedAt: new Date().toISOString(),
        projectName: source.projectName,
        coderNames: new Map(source.coders.map((coder) => [coder.id, coder.name])),
      }, { spreadsheetSafe });
      const cells = source.table.rows.length * source.table.columns.length;
      return {
        file: { purpose: 'reportCsv', suggestedName: `${safeFileName(source.projectName)} compare table${suffix}.csv`, content, bom: spreadsheetSafe },
        saved: ({ path }) => `Exported the Compare table (${cells} cells, five measures each) to ${path}.`,
      };
    },
  };
}
