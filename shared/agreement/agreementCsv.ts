// The agreement table as CSV (RFC 4180 via export/csv.ts): one row per code and one for all codes
// pooled, first for all documents, then for each group. Every figure with its interval's ends in their
// own columns, so R and pandas read numbers; an undefined figure is an empty cell, never 0. Figures
// are proportions (percent_agreement 0.8 is the screen's 80.0%). `row_kind` tells the pooled row from
// a code that happens to be called "All codes", and `codebook_version` ties each row to the codebook it
// measured (the methods paragraph's version), so tables from two rounds are not compared blind.
import { codePath } from '../codebook/codePath';
import { toCsv, type CsvCell, type CsvOptions } from '../export/csv';
import type { CodeRecord } from '../model';
import type { AgreementFigure, AgreementReport, AgreementRow } from './agreementReport';
import { codebookVersion } from './codebookVersion';

const FIGURES = ['percent_agreement', 'cohen_kappa', 'fleiss_kappa', 'bennett_s', 'krippendorff_alpha', 'unitized_alpha'] as const;

export const AGREEMENT_COLUMNS = [
  'group',
  'row_kind',
  'code',
  'code_path',
  'unit',
  'codebook_version',
  'coders',
  'units',
  'complete_units',
  'prevalence',
  ...FIGURES.flatMap((f) => [f, `${f}_low`, `${f}_high`]),
  'unitized_alpha_characters',
  'interval_level',
  'bootstrap_resamples',
  'bootstrap_seed',
  'warnings',
] as const;

export function agreementTable(report: AgreementReport, codebook: readonly CodeRecord[] = []): Array<Record<string, CsvCell>> {
  const byId = new Map(codebook.map((code) => [code.id, code]));
  const version = codebookVersion(codebook).short;
  const sections = [{ label: '', rows: report.rows }, ...report.groups.map((g) => ({ label: g.label, rows: g.rows }))];
  return sections.flatMap(({ label, rows }) => rows.map((row) => tableRow(report, label, row, byId, version)));
}

export function agreementCsv(report: AgreementReport, codebook: readonly CodeRecord[], options: CsvOptions): string {
  return toCsv(AGREEMENT_COLUMNS, agreementTable(report, codebook), options);
}

function tableRow(report: AgreementReport, group: string, row: AgreementRow, byId: ReadonlyMap<string, CodeRecord>, version: string): Record<string, CsvCell> {
  const code = row.codeId === null ? undefined : byId.get(row.codeId);
  const cells: Record<string, CsvCell> = {
    group,
    row_kind: row.codeId === null ? 'pooled' : 'code',
    code: code?.name ?? row.label,
    code_path: code ? codePath(code, byId) : row.label,
    unit: report.unit,
    codebook_version: version,
    coders: report.coders.map((c) => c.name).join('; '),
    units: row.percentAgreement.units,
    complete_units: row.fleissKappa.units,
    prevalence: number(row.prevalence),
    unitized_alpha_characters: row.unitizedAlpha.units,
    interval_level: report.bootstrap ? (report.bootstrap.level ?? 0.95) : null,
    bootstrap_resamples: report.bootstrap?.resamples ?? null,
    bootstrap_seed: report.bootstrap?.seed ?? null,
    warnings: row.warnings.join(' '),
  };
  const figures: Record<(typeof FIGURES)[number], AgreementFigure | null> = {
    percent_agreement: row.percentAgreement,
    cohen_kappa: row.cohenKappa,
    fleiss_kappa: row.fleissKappa,
    bennett_s: row.bennettS,
    krippendorff_alpha: row.krippendorffAlpha,
    unitized_alpha: row.unitizedAlpha,
  };
  for (const name of FIGURES) {
    const figure = figures[name];
    cells[name] = figure ? number(figure.value) : null;
    cells[`${name}_low`] = figure?.interval ? number(figure.interval.low) : null;
    cells[`${name}_high`] = figure?.interval ? number(figure.interval.high) : null;
  }
  return cells;
}

function number(value: number): CsvCell {
  return Number.isFinite(value) ? value : null;
}
