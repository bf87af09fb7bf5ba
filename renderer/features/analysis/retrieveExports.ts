// Retrieve's results out through the files door: the passages as CSV in the coded-segments columns,
// or as a readable HTML report with one section per group.
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex';
import type { RetrieveColumns } from '../../../shared/retrieve/retrieveColumns';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import type { SavedQueryRecord } from '../../../shared/retrieve/savedQueryRecord';
import { sameRow } from '../../../shared/rowEquality';
import { describeQuery } from '../../../shared/retrieve/describeQuery';
import { attributeValueOptions } from '../../../shared/library/documentFilter';
import { retrieveCsv } from '../../../shared/export/retrieveCsv';
import { retrieveReportHtml } from '../../../shared/export/retrieveReport';
import type { RetrieveExportInput } from '../../../shared/export/retrievedPassages';
import type { Export } from '../../files/exportFile';
import { safeFileName } from '../export/exportFileName';
import { appVersion } from '../backups/appBackups';

export interface RetrieveExportSource {
  projectName: string;
  index: AnalysisIndex;
  codingMemos: ReadonlyMap<string, string>;
  query: RetrieveQuery;
  result: RetrieveColumns;
  grouped: boolean;
}

function exportInput({ projectName, index, codingMemos, result, grouped }: RetrieveExportSource): RetrieveExportInput {
  return {
    projectName,
    columns: result.columns,
    grouped,
    documents: index.documents,
    codes: index.rows.codes,
    coders: index.rows.coders,
    codings: index.rows.codings,
    codingMemos,
    text: (docId) => index.text(docId),
  };
}

/**
 * The passages as the place counts them (result.total); a passage listed in two columns (a document in
 * two sets, a passage two coders marked) is one passage, and the listings are said beside it.
 */
function passageCount(result: RetrieveColumns): string {
  const listed = result.columns.reduce((sum, column) => sum + column.passages.length, 0);
  const total = result.total.passages;
  return `${total} retrieved passage${total === 1 ? '' : 's'}${listed !== total ? ` (${listed} listings across the groups)` : ''}`;
}

/**
 * The query as its exports name it: a saved query's name only while the query is what was saved under
 * it; changed since it was loaded, the name says so, so a report is never titled after conditions it
 * does not have.
 */
export function queryAsExported(query: RetrieveQuery, saved: readonly SavedQueryRecord[]): RetrieveQuery {
  if (!query.name || saved.some((entry) => entry.name === query.name && sameRow(entry.query, query))) return query;
  return { ...query, name: `${query.name} (changed)` };
}

/**
 * `spreadsheetSafe`: the variant for Excel, as the coded segments have one: passages are the documents'
 * own text, and a cell starting with `=`, `+`, `-` or `@` would run as a formula there (and a file
 * without a byte-order mark shows accents garbled). The plain file is the one for R, Stata and pandas.
 */
export function retrieveCsvExport(source: RetrieveExportSource, spreadsheetSafe: boolean): Export {
  const suffix = spreadsheetSafe ? ' (for Excel)' : '';
  return {
    failure: 'The export of the retrieved passages failed',
    prepare: async () => ({
      file: {
        purpose: 'reportCsv',
        suggestedName: `${safeFileName(source.query.name || source.projectName)} retrieved passages${suffix}.csv`,
        content: retrieveCsv(exportInput(source), { spreadsheetSafe }),
        bom: spreadsheetSafe,
      },
      saved: ({ path }) => `Exported ${passageCount(source.result)} to ${path}.`,
    }),
  };
}

export function retrieveReportExport(source: RetrieveExportSource): Export {
  return {
    failure: 'The report of the retrieved passages failed',
    prepare: async () => {
      const { index, query } = source;
      const html = retrieveReportHtml({
        ...exportInput(source),
        title: query.name || `Retrieved passages: ${source.projectName}`,
        queryLines: describeQuery(query, {
          codes: index.rows.codes,
          coders: index.rows.coders,
          sets: index.rows.sets,
          attributeValues: new Map(attributeValueOptions(index.documents).map(({ name, values }) => [name, values.map((option) => option.value)])),
        }),
        exportedAt: new Date().toISOString(),
        appVersion: await appVersion(),
      });
      return {
        file: { purpose: 'reportHtml', suggestedName: `${safeFileName(query.name || source.projectName)} retrieved passages.html`, content: html, bom: false },
        saved: ({ path }) => `Saved a report of ${passageCount(source.result)} to ${path}.`,
      };
    },
  };
}
