// The agreement report: per code and for all codes pooled, percent agreement, Cohen's kappa (two
// coders), Fleiss' kappa, Bennett's S, Krippendorff's alpha at the chosen unit, and unitized alpha
// over the character continuum; each with its number of units, the code's prevalence, a percentile
// bootstrap interval from a fixed seed, and plain-words warnings. Every figure is pooled over the
// documents (sums of sufficient statistics), never a mean of per-document figures. The same again for
// each group of documents (for example per leaning), because coding that is less reliable for one
// kind of source biases every comparison between kinds.
import type { Interval } from '../stats/bootstrap';
import { bootstrapIntervals } from '../stats/agreementBootstrap';
import {
  alphaFromUnitizedDisagreements,
  unitizedCategoryData,
  unitizedDisagreement,
} from '../stats/agreementUnitized';
import { prepareAgreement, popCount, type AgreementInput, type PreparedAgreement } from './agreementInput';
import { characterUnits } from './characterUnits';
import { documentUnits } from './documentUnits';
import { presenceFigures, presenceHistograms, type PresenceData } from './presence';
import { DEFAULT_SEGMENT_OVERLAP, segmentMatcher, segmentUnits } from './segmentUnits';
import { textUnits } from './textUnits';
import { rowWarnings, sectionNotes } from './agreementWarnings';

export type AgreementUnit = 'characters' | 'segments' | 'paragraphs' | 'sentences' | 'documents';

export interface AgreementBootstrap {
  resamples: number;
  seed: number;
  /** Coverage of the intervals; 0.95 when absent. */
  level?: number;
}

export interface AgreementOptions {
  unit: AgreementUnit;
  /** Segments only: the share of overlap that matches two passages (default 0.9). */
  segmentOverlap?: number;
  /** Sentences only: the language whose sentence rules Intl.Segmenter applies. */
  sentenceLocale?: string;
  /** Null to leave the intervals out: they are most of the work. */
  bootstrap: AgreementBootstrap | null;
  /** Each document's group (for example its leaning); documents without one are in no group. */
  groups?: ReadonlyMap<string, string>;
}

export interface AgreementFigure {
  value: number;
  /** Units the figure rests on (characters count one by one). */
  units: number;
  interval: Interval | null;
}

export interface AgreementRow {
  /** Null for the row of all codes pooled. */
  codeId: string | null;
  label: string;
  /** Share of the coders' judgements that mark the code present. */
  prevalence: number;
  percentAgreement: AgreementFigure;
  /** Null when more than two coders are compared. */
  cohenKappa: AgreementFigure | null;
  fleissKappa: AgreementFigure;
  bennettS: AgreementFigure;
  krippendorffAlpha: AgreementFigure;
  /** Over the character continuum of the documents every coder coded; its units are those characters. */
  unitizedAlpha: AgreementFigure;
  warnings: string[];
}

export interface AgreementSection {
  /** Documents coded by at least two of the coders: the ones the figures rest on. */
  documents: number;
  /** Documents coded by every coder: Cohen's and Fleiss' kappa and unitized alpha rest on these. */
  completeDocuments: number;
  rows: AgreementRow[];
  notes: string[];
}

export interface AgreementReport extends AgreementSection {
  unit: AgreementUnit;
  coders: Array<{ id: string; name: string }>;
  /** The segment matching rule in words (segments only). */
  matchingRule: string | null;
  segmentOverlap: number | null;
  bootstrap: AgreementBootstrap | null;
  /**
   * What one bootstrap draw resamples, in words: whole documents, whatever the unit. Characters,
   * paragraphs, sentences or segments of one text are not independent draws; documents are (each unit
   * builder makes one block per document).
   */
  resampled: 'documents';
  /** Per coder (in `coders` order), the documents compared in which they applied no code (each unit "absent"). */
  silentDocuments: number[];
  groups: Array<AgreementSection & { label: string }>;
}

export const ALL_CODES_LABEL = 'All codes';

export function agreementReport(input: AgreementInput, options: AgreementOptions): AgreementReport {
  const prepared = prepareAgreement(input);
  const all = input.documents.map((_, d) => d);
  const section = summarize(prepared, all, options);
  const labels = [...new Set(input.documents.map((doc) => options.groups?.get(doc.id)).filter((label): label is string => label !== undefined))].sort((a, b) => a.localeCompare(b));
  const groups = labels.map((label) => ({
    label,
    ...summarize(
      prepared,
      all.filter((d) => options.groups!.get(input.documents[d]!.id) === label),
      options,
    ),
  }));
  return {
    unit: options.unit,
    coders: input.coders.map((c) => ({ id: c.id, name: c.name })),
    matchingRule: options.unit === 'segments' ? segmentMatcher(options.segmentOverlap ?? DEFAULT_SEGMENT_OVERLAP).rule : null,
    segmentOverlap: options.unit === 'segments' ? (options.segmentOverlap ?? DEFAULT_SEGMENT_OVERLAP) : null,
    bootstrap: options.bootstrap,
    resampled: 'documents',
    silentDocuments: prepared.silentDocuments.map((documents) => documents.length),
    ...section,
    notes: [...prepared.notes, ...section.notes],
    groups,
  };
}

function presenceFor(prepared: PreparedAgreement, documents: readonly number[], options: AgreementOptions): PresenceData {
  switch (options.unit) {
    case 'characters':
      return characterUnits(prepared, documents);
    case 'documents':
      return documentUnits(prepared, documents);
    case 'paragraphs':
    case 'sentences':
      return textUnits(prepared, documents, options.unit, options.sentenceLocale);
    case 'segments':
      return segmentUnits(prepared, documents, options.segmentOverlap ?? DEFAULT_SEGMENT_OVERLAP);
  }
}

// Nobody applied the code in that document: an empty list for each of M coders, shared.
const NOBODY: number[][][] = [];

const PRESENCE_FIGURES = ['percentAgreement', 'cohenKappa', 'fleissKappa', 'bennettS', 'krippendorffAlpha'] as const;

function summarize(prepared: PreparedAgreement, documents: readonly number[], options: AgreementOptions): AgreementSection {
  const { input, ratedMasks } = prepared;
  const M = input.coders.length;
  const everyone = 2 ** M - 1;
  const pairable = documents.filter((d) => popCount(ratedMasks[d]!) >= 2);
  const complete = documents.filter((d) => ratedMasks[d] === everyone);

  const presence = presenceFor(prepared, documents, options);
  const histograms = presenceHistograms(presence);
  const figures = [...histograms.byCode, histograms.overall].map((h) => presenceFigures(h, M));

  const unitized = input.codes.map((_, code) =>
    unitizedCategoryData(
      M,
      complete.map((d) => ({ length: prepared.characters[d]!, rangesByCoder: prepared.ranges[d]![code] ?? NOBODY[M] ?? (NOBODY[M] = Array.from({ length: M }, () => [])) })),
    ),
  );
  const unitizedParts = unitized.map((data) => unitizedDisagreement(data));
  const unitizedValues = [...unitizedParts.map((part) => alphaFromUnitizedDisagreements([part])), alphaFromUnitizedDisagreements(unitizedParts)];
  // In characters as a reader counts them (agreementInput.ts), as the ranges are.
  const continuum = complete.reduce((sum, d) => sum + prepared.characters[d]!, 0);

  const rowCount = figures.length;
  let presenceIntervals: Array<Interval | null> = new Array<Interval | null>(rowCount * PRESENCE_FIGURES.length).fill(null);
  let unitizedIntervals: Array<Interval | null> = new Array<Interval | null>(rowCount).fill(null);
  if (options.bootstrap) {
    // A block is what one draw takes: a whole document (see the builders).
    presenceIntervals = bootstrapIntervals(presence.blockDocuments.length, rowCount * PRESENCE_FIGURES.length, (weights) => resampledPresence(presence, weights, M), options.bootstrap);
    unitizedIntervals = bootstrapIntervals(
      complete.length,
      rowCount,
      (weights) => {
        const parts = unitized.map((data) => unitizedDisagreement(data, weights));
        return [...parts.map((part) => alphaFromUnitizedDisagreements([part])), alphaFromUnitizedDisagreements(parts)];
      },
      options.bootstrap,
    );
  }

  const usage = coderUsage(prepared, documents);
  const rows = figures.map((f, r): AgreementRow => {
    const code = input.codes[r];
    const figure = (name: (typeof PRESENCE_FIGURES)[number], units: number): AgreementFigure => ({
      value: f[name],
      units,
      interval: presenceIntervals[r * PRESENCE_FIGURES.length + PRESENCE_FIGURES.indexOf(name)]!,
    });
    const row: AgreementRow = {
      codeId: code?.id ?? null,
      label: code?.name ?? ALL_CODES_LABEL,
      prevalence: f.prevalence,
      percentAgreement: figure('percentAgreement', f.units),
      cohenKappa: M === 2 ? figure('cohenKappa', f.completeUnits) : null,
      fleissKappa: figure('fleissKappa', f.completeUnits),
      bennettS: figure('bennettS', f.units),
      krippendorffAlpha: figure('krippendorffAlpha', f.units),
      unitizedAlpha: { value: unitizedValues[r]!, units: continuum, interval: unitizedIntervals[r]! },
      warnings: [],
    };
    row.warnings = rowWarnings(row, {
      unit: options.unit,
      coderNames: input.coders.map((c) => c.name),
      neverUsed: code ? usage[r]!.flatMap((used, coder) => (used ? [] : [coder])) : [],
      documents: pairable.length,
      completeDocuments: complete.length,
    });
    return row;
  });
  return {
    documents: pairable.length,
    completeDocuments: complete.length,
    rows,
    notes: sectionNotes({ unit: options.unit, coders: M, documents: documents.filter((d) => ratedMasks[d] !== 0).length, pairable: pairable.length, complete: complete.length }),
  };
}

function resampledPresence(presence: PresenceData, weights: ArrayLike<number>, coders: number): number[] {
  const { byCode, overall } = presenceHistograms(presence, weights);
  const values: number[] = [];
  for (const histogram of [...byCode, overall]) {
    const f = presenceFigures(histogram, coders);
    for (const name of PRESENCE_FIGURES) values.push(f[name]);
  }
  return values;
}

/** `usage[code][coder]`: did the coder apply the code in any of these documents they coded? */
function coderUsage(prepared: PreparedAgreement, documents: readonly number[]): boolean[][] {
  const { input, ranges, ratedMasks } = prepared;
  const usage = input.codes.map(() => input.coders.map(() => false));
  for (const d of documents) {
    if (popCount(ratedMasks[d]!) < 2) continue;
    ranges[d]!.forEach((byCoder, code) => byCoder?.forEach((pairs, coder) => {
      if (pairs.length > 0) usage[code]![coder] = true;
    }));
  }
  return usage;
}
