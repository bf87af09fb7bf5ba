// The agreement report leaves through the files door (renderer/files/exportFile.ts): the table as
// CSV, and the methods paragraph as plain text, named after the project and the unit. The table comes
// plain for R, Stata and pandas, or spreadsheet-safe for Excel as the coded segments do
// (exportCodedSegments.ts): code names and group labels can start like a formula.
import { agreementCsv } from '../../../shared/agreement/agreementCsv';
import type { AgreementReport } from '../../../shared/agreement/agreementReport';
import type { CodeRecord } from '../../../shared/model';
import type { Export } from '../../files/exportFile';
import { safeFileName } from '../export/exportFileName';

/** `spreadsheetSafe`: the variant for Excel; false for R and pandas. */
export function agreementTableExport(report: AgreementReport, codebook: readonly CodeRecord[], projectName: string, spreadsheetSafe: boolean): Export {
  const suffix = spreadsheetSafe ? ' (for Excel)' : '';
  return {
    failure: 'The agreement table export failed',
    prepare: async () => ({
      file: {
        purpose: 'agreementCsv',
        suggestedName: `${safeFileName(projectName)} agreement by ${report.unit}${suffix}.csv`,
        content: agreementCsv(report, codebook, { spreadsheetSafe }),
        bom: spreadsheetSafe,
      },
      saved: ({ path }) => `Exported the agreement table (${report.rows.length} rows for all documents) to ${path}.`,
    }),
  };
}

export function methodsExport(paragraph: string, unit: string, projectName: string): Export {
  return {
    failure: 'The methods paragraph export failed',
    prepare: async () => ({
      file: { purpose: 'methodsText', suggestedName: `${safeFileName(projectName)} agreement methods (${unit}).txt`, content: `${paragraph}\n` },
      saved: ({ path }) => `Exported the methods paragraph to ${path}.`,
    }),
  };
}
