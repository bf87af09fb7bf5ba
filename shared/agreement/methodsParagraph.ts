// The methods paragraph: plain text a researcher pastes into a paper, saying what was measured and
// how, so that a reader could redo it: the unit, the statistics, the numbers of units and coders, the
// codebook's version, whether each coder coded blind, and the pooled result with its interval.
import type { CodeRecord } from '../model';
import type { AgreementFigure, AgreementReport, AgreementUnit } from './agreementReport';
import { percent } from './agreementWarnings';
import { blindWords, type BlindTally } from './blindMode';
import { codebookVersion } from './codebookVersion';

export interface MethodsContext {
  /** The whole codebook at the time of the report (its version is hashed from it). */
  codebook: readonly CodeRecord[];
  /** Per coder id, their codings in the documents compared by blind mode (blindTallies). */
  blindByCoder: ReadonlyMap<string, BlindTally>;
}

const UNIT_WORDS: Record<AgreementUnit, string> = {
  characters: 'the character as a reader counts it (a Unicode extended grapheme cluster, so an emoji, a flag or a letter with its accent is one character): each code was present or absent at each character of the text (each code its own continuum)',
  segments: 'the coded segment',
  paragraphs: 'the paragraph: a code was present in a paragraph when a coder’s passage of that code touched it',
  sentences: 'the sentence: a code was present in a sentence when a coder’s passage of that code touched it',
  documents: 'the document: a code was present in a document when a coder applied it there at least once',
};

const UNIT_NOUNS: Record<AgreementUnit, string> = { characters: 'character', segments: 'segment', paragraphs: 'paragraph', sentences: 'sentence', documents: 'document' };

export function methodsParagraph(report: AgreementReport, context: MethodsContext): string {
  const version = codebookVersion(context.codebook);
  const names = report.coders.map((c) => c.name);
  const codes = report.rows.length - 1;
  const units = unitsCompared(report);
  const statistics = [
    'percent agreement',
    ...(report.coders.length === 2 ? ['Cohen’s kappa'] : []),
    'Fleiss’ kappa',
    'Bennett’s S (Brennan and Prediger’s kappa, with the two categories present and absent)',
    'Krippendorff’s alpha (nominal)',
    'Krippendorff’s unitized alpha over the character continuum (Krippendorff 2004)',
  ];
  const sentences = [
    `Inter-coder agreement was assessed between ${count(names.length, 'coder')} (${list(names)}) on ${count(report.documents, 'document')} coded by at least two of them, for ${count(codes, 'code')} of the codebook (version ${version.short}, the first ${version.short.length} hex digits of a SHA-256 hash of the codes’ paths, names and definitions).`,
    `The unit of analysis was ${UNIT_WORDS[report.unit]}; ${count(units, UNIT_NOUNS[report.unit])} ${units === 1 ? 'was' : 'were'} judged by two or more coders.`,
    ...silentSentence(report),
    ...(report.matchingRule ? [report.matchingRule] : []),
    `For each code, and for all codes pooled over documents (never averaged), we report ${list(statistics)}; the pooled figures leave out codes no coder applied in these documents, whose agreed absences would raise them with the size of the codebook.`,
    report.bootstrap
      ? `Intervals are ${Math.round((report.bootstrap.level ?? 0.95) * 100)}% percentile bootstrap intervals from ${formatCount(report.bootstrap.resamples)} resamples of ${report.resampled} (seed ${report.bootstrap.seed}).`
      : 'No bootstrap intervals were computed.',
    blindSentence(report, context.blindByCoder),
    pooledSentence(report),
  ];
  return sentences.join(' ');
}

// With nothing pooled, each figure would read "undefined (every judgement was the same…)", four times,
// and percent agreement is never undefined for judgements all the same: the reason is said once.
function pooledSentence(report: AgreementReport): string {
  const overall = report.rows[report.rows.length - 1]!;
  if (report.documents === 0) return 'No document was coded by two or more of the coders, so no agreement figure could be computed.';
  if (overall.percentAgreement.units === 0) return 'No coder applied any of these codes in the documents compared, so there is no pooled result to report.';
  return `Pooled over all codes, Krippendorff’s alpha was ${figure(overall.krippendorffAlpha)} and unitized alpha ${figure(overall.unitizedAlpha)}${report.coders.length === 2 && overall.cohenKappa ? `; Cohen’s kappa was ${figure(overall.cohenKappa)}` : `; Fleiss’ kappa was ${figure(overall.fleissKappa)}`}, with percent agreement ${figure(overall.percentAgreement, percent)}.`;
}

// The units themselves: the pooled row counts each code at each unit, except for segments, which
// belong to one code each; every code's row counts the same units.
function unitsCompared(report: AgreementReport): number {
  const overall = report.rows[report.rows.length - 1]!;
  return report.unit === 'segments' || report.rows.length < 2 ? overall.percentAgreement.units : report.rows[0]!.percentAgreement.units;
}

// Every document compared counts as coded by every coder (the researcher chose them as the double-coded
// ones); a reader should know how many of those a coder left without a single code.
function silentSentence(report: AgreementReport): string[] {
  const silent = report.coders.flatMap((c, i) => ((report.silentDocuments[i] ?? 0) > 0 ? [`${c.name} in ${count(report.silentDocuments[i]!, 'document')}`] : []));
  if (silent.length === 0) return [];
  return [`Each document compared counted as coded by every coder, so a coder who applied no code in a document marked each of its units absent (${list(silent)}).`];
}

function blindSentence(report: AgreementReport, blind: ReadonlyMap<string, BlindTally>): string {
  const each = report.coders.map((c) => `${c.name} ${blindWords(blind.get(c.id))}`);
  return `Blind mode (the other coders’ codings hidden while coding), as recorded with each coding: ${each.join('; ')}.`;
}

// As the table on screen writes it (agreementFormat.ts): coefficients to three decimals, percent
// agreement as a percentage. An undefined figure says why, as the table's warning does
// (agreementWarnings.ts), since a reader of the paper cannot see that warning.
function figure(f: AgreementFigure, format: (value: number) => string = coefficient): string {
  if (!Number.isFinite(f.value)) return 'undefined (every judgement was the same, or none could be paired)';
  return f.interval ? `${format(f.value)} [${format(f.interval.low)}, ${format(f.interval.high)}]` : format(f.value);
}

function coefficient(value: number): string {
  return value.toFixed(3);
}

function count(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
