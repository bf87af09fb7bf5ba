// The Compare table out through the files door: tidy CSV with the settings in its header lines.
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

export function compareCsvExport(source: CompareExportSource): Export {
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
      });
      const cells = source.table.rows.length * source.table.columns.length;
      return {
        file: { purpose: 'reportCsv', suggestedName: `${safeFileName(source.projectName)} compare table.csv`, content, bom: false },
        saved: ({ path }) => `Exported the Compare table (${cells} cells, five measures each) to ${path}.`,
      };
    },
  };
}
