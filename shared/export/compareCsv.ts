// A Compare table as tidy CSV: one record per row × group × measure, the long shape R (tidyverse),
// pandas and Stata reshape from. Each record says the value, its bootstrap interval, the group's
// documents and words, and for passages the cell's adjusted residual.
//
// Above the header, a block of lines starting with `#` holds everything needed to reproduce a number:
// the app version, the export time, the rows, the grouping, the document filter, the coders, the
// measure definitions, the seed, resamples and level of the intervals, and the chi-square result,
// ending with the settings as one JSON line a later version can re-run. Why a comment block rather
// than a side file: the settings then cannot be separated from the numbers (a side file is lost in the
// first e-mail), and the readers researchers use skip such lines when told to:
//   R: read.csv(file, comment.char = "#")      pandas: pd.read_csv(file, comment="#")
//   readr: read_csv(file, comment = "#")       Stata: import delimited, rowrange(N) (or drop the lines)
// Because pandas treats a `#` anywhere outside quotes as the start of a comment, every text field of
// the records is quoted, so a code named "#MeToo" survives.
//
// The spreadsheet-safe variant (for Excel) is the same records through export/csv.ts's defusing: a
// code, query or group named "-negative" or "=HYPERLINK(…)" would otherwise run as a formula. Excel
// skips no comment lines, so there each settings line is one quoted cell: unquoted, a line's commas
// would split it and could start a cell of its own with a formula.
import Papa from 'papaparse';
import type { Interval } from '../stats/bootstrap';
import { COMPARE_MEASURES, MEASURE_LABELS, type CompareTable } from '../stats/compare';
import type { CompareIntervalOptions, CompareIntervals } from '../stats/compareIntervals';
import type { CompareTestResult } from '../stats/compareTest';
import { toCsv, type CsvOptions } from './csv';

export const COMPARE_CSV_COLUMNS = [
  'row_kind',
  'row',
  'row_path',
  'group',
  'measure',
  'value',
  'ci_low',
  'ci_high',
  'documents',
  'words',
  'adjusted_residual',
] as const;

const TEXT_COLUMNS = new Set(['row_kind', 'row', 'row_path', 'group', 'measure']);

export interface CompareCsvInput {
  table: CompareTable;
  intervals: CompareIntervals | null;
  intervalOptions: CompareIntervalOptions | null;
  test: CompareTestResult | null;
  appVersion: string;
  /** ISO 8601, UTC: when the table was exported. */
  exportedAt: string;
  projectName: string;
  /** Names of the coders in the settings, for the header (ids stay in the JSON line). */
  coderNames: ReadonlyMap<string, string>;
}

export function compareCsv(input: CompareCsvInput, options: CsvOptions): string {
  const records = tidyRecords(input);
  const lines = headerLines(input).map((line) => `# ${line}`);
  if (options.spreadsheetSafe) {
    const settings = Papa.unparse(lines.map((line) => [line]), { newline: '\r\n', quotes: true });
    const rows = records.map((record) => Object.fromEntries(COMPARE_CSV_COLUMNS.map((column, i) => [column, record[i]!])));
    return `${settings}\r\n${toCsv(COMPARE_CSV_COLUMNS, rows, options)}`;
  }
  // Given `fields` and no data, papaparse ends the header with a newline of its own.
  const body = Papa.unparse({ fields: [...COMPARE_CSV_COLUMNS], data: records }, { newline: '\r\n', header: true, quotes: COMPARE_CSV_COLUMNS.map((c) => TEXT_COLUMNS.has(c)) });
  return `${lines.map((line) => `${line}\r\n`).join('')}${records.length === 0 ? body : `${body}\r\n`}`;
}

function tidyRecords(input: CompareCsvInput): Array<Array<string | number>> {
  const { table, intervals, test } = input;
  const records: Array<Array<string | number>> = [];
  table.rows.forEach((row, r) => {
    table.columns.forEach((column, c) => {
      const cell = table.cells[r]![c]!;
      for (const measure of COMPARE_MEASURES) {
        const interval: Interval | null = intervals ? intervals[measure][r]![c]! : null;
        const residual = measure === 'passages' && test ? test.residuals[r]![c]! : Number.NaN;
        records.push([row.codeId !== null ? 'code' : 'query', row.label, row.path, column.label, measure, num(cell[measure]), num(interval?.low), num(interval?.high), column.documents, column.words, num(residual)]);
      }
    });
  });
  return records;
}

function headerLines(input: CompareCsvInput): string[] {
  const { table, test } = input;
  // The settings of intervals the table does not carry (asked for, not yet computed) describe nothing here.
  const intervalOptions = input.intervals ? input.intervalOptions : null;
  const s = table.settings;
  const coders = s.coderIds.length === 0 ? 'every coder' : s.coderIds.map((id) => input.coderNames.get(id) ?? id).join(', ');
  const rows = s.rows.kind === 'codes' ? `codes (${s.rows.codeIds.length === 0 ? 'every code' : `${s.rows.codeIds.length} chosen`}; subcodes rolled up into parents: ${s.rows.rollUp ? 'yes' : 'no'})` : `saved queries (${s.rows.queries.map((q) => q.name || 'unnamed').join(', ')})`;
  const columns = s.columns.kind === 'attribute' ? `values of the attribute “${s.columns.name}”` : s.columns.kind === 'field' ? `values of the document ${s.columns.field}` : s.columns.kind;
  const lines = [
    'Framewise Compare table, tidy: one record per row × group × measure.',
    `project: ${oneLine(input.projectName)}`,
    `app_version: ${oneLine(input.appVersion)}`,
    `exported_at: ${oneLine(input.exportedAt)}`,
    `rows: ${oneLine(rows)}`,
    `groups: ${oneLine(columns)}`,
    `documents_filter: ${JSON.stringify(s.documents)}`,
    `coders: ${oneLine(coders)}`,
    ...COMPARE_MEASURES.map((m) => `measure ${m}: ${MEASURE_LABELS[m]}${MEASURE_NOTES[m]}`),
    'passage: overlapping codings of a row make one passage; documents and words in a record are the group’s.',
    intervalOptions
      ? `interval: ${Math.round((intervalOptions.level ?? 0.95) * 100)}% percentile bootstrap, documents resampled within each group, resamples: ${intervalOptions.resamples}, seed: ${intervalOptions.seed} (each group’s stream seeded from the seed and the group)`
      : 'interval: none computed',
    test?.test
      ? `chi_square: X² = ${test.test.statistic.toFixed(4)}, df = ${test.test.df}, p = ${test.test.p.toPrecision(4)}, Cramér's V = ${test.test.cramersV.toFixed(4)}, N = ${test.test.total} passages, rows tested: ${test.rowsTested.length}`
      : 'chi_square: not computed',
    ...(test?.warnings ?? []).map((w) => `warning: ${oneLine(w)}`),
    `settings_json: ${JSON.stringify({ settings: s, intervals: intervalOptions })}`,
  ];
  return lines;
}

const MEASURE_NOTES: Record<string, string> = {
  passages: ' (count)',
  documents: ' (count of the group’s documents with at least one passage)',
  words: ' (words of the characters the passages cover, each once)',
  share: ' (characters covered / characters of the group’s texts, 0–1; a character as a reader counts it, a Unicode extended grapheme cluster)',
  per1000: ' (passages × 1000 / words of the group’s texts)',
};

function num(value: number | undefined): number | string {
  return value === undefined || !Number.isFinite(value) ? '' : value;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
