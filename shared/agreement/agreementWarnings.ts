// Plain words where a figure misleads. A researcher reading an agreement table should not have to
// know the kappa paradoxes to avoid reporting one: the report says it beside the number.
import type { AgreementRow, AgreementUnit } from './agreementReport';

/** Fewer pairable units than this and an interval is too wide to say much (and kappas jump). */
export const FEW_UNITS = 30;
/** Fewer documents than this and a bootstrap over documents has too few draws to mean much. */
export const FEW_DOCUMENTS = 10;
/** A code marked in fewer than 5% (or more than 95%) of judgements is rare (or near universal). */
export const RARE = 0.05;

export interface WarningContext {
  unit: AgreementUnit;
  coderNames: readonly string[];
  /** Coders (indices) who never applied this code in the documents they coded. */
  neverUsed: readonly number[];
  documents: number;
  completeDocuments: number;
}

export function rowWarnings(row: AgreementRow, context: WarningContext): string[] {
  const warnings: string[] = [];
  const what = row.codeId === null ? 'the codes' : `“${row.label}”`;
  for (const coder of context.neverUsed) {
    warnings.push(`${context.coderNames[coder]} never applied ${what} in the documents they coded, so there is nothing of theirs to agree with: settle the code’s definition before reading its figures.`);
  }
  const alpha = row.krippendorffAlpha.value;
  const agreement = row.percentAgreement.value;
  if (!Number.isFinite(alpha)) {
    warnings.push(`Every judgement of ${what} was the same (or none could be paired), so chance-corrected figures are undefined here; percent agreement alone says little.`);
  } else {
    const rare = row.prevalence < RARE;
    const common = row.prevalence > 1 - RARE;
    if ((rare || common) && agreement >= 0.85 && alpha <= agreement - 0.25) {
      warnings.push(
        `${row.codeId === null ? 'Codes are' : `${what} is`} ${rare ? 'rare' : 'nearly everywhere'} (${percent(row.prevalence)} of judgements): the coders agree on ${percent(agreement)} mostly because both ${rare ? 'left it out' : 'marked it'}, ` +
          `which chance alone would give. Alpha (${fixed(alpha)}) corrects for that and is the figure to report.`,
      );
    }
  }
  if (row.percentAgreement.units < FEW_UNITS) {
    // The pooled row counts each code at each unit (segments are each one code's already).
    const pooled = row.codeId === null && context.unit !== 'segments';
    const noun = pooled ? `code-by-${unitNoun(context.unit, 1)} ${row.percentAgreement.units === 1 ? 'judgement' : 'judgements'}` : unitNoun(context.unit, row.percentAgreement.units);
    warnings.push(`Only ${row.percentAgreement.units} ${noun} ${row.percentAgreement.units === 1 ? 'was' : 'were'} ${pooled ? 'made' : 'judged'} by two or more coders: too few for a steady figure; its interval is wide.`);
  }
  if (context.unit === 'characters' && context.documents < FEW_DOCUMENTS) {
    warnings.push(`Only ${context.documents} ${context.documents === 1 ? 'document carries' : 'documents carry'} these figures: the characters of one text are not independent draws, so treat them as a pilot.`);
  } else if (context.completeDocuments < FEW_DOCUMENTS) {
    warnings.push(`Unitized alpha rests on the ${context.completeDocuments} ${context.completeDocuments === 1 ? 'document' : 'documents'} every coder coded: too few for a steady figure.`);
  }
  return warnings;
}

export interface SectionContext {
  unit: AgreementUnit;
  coders: number;
  /** Documents coded by at least one coder, at least two, and all. */
  documents: number;
  pairable: number;
  complete: number;
}

export function sectionNotes(context: SectionContext): string[] {
  const notes: string[] = [];
  const single = context.documents - context.pairable;
  if (single > 0) notes.push(`${single} ${single === 1 ? 'document was' : 'documents were'} coded by one coder only and ${single === 1 ? 'is' : 'are'} left out: there is nobody to agree with.`);
  const partial = context.pairable - context.complete;
  if (partial > 0 && context.coders > 2) {
    notes.push(`${partial} ${partial === 1 ? 'document was' : 'documents were'} coded by some of the coders only: percent agreement, S and alpha use ${partial === 1 ? 'it' : 'them'}, Fleiss’ kappa and unitized alpha need every coder and leave ${partial === 1 ? 'it' : 'them'} out.`);
  }
  if (context.unit === 'segments') {
    notes.push('Segments exist only where someone coded, so no segment is absent for every coder: kappa and alpha have no shared absences to credit and run lower than at other units; percent agreement is the segment figure readers expect beside them.');
  }
  return notes;
}

function unitNoun(unit: AgreementUnit, n: number): string {
  const singular: Record<AgreementUnit, string> = { characters: 'character', segments: 'segment', paragraphs: 'paragraph', sentences: 'sentence', documents: 'document' };
  return n === 1 ? singular[unit] : unit;
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

export function fixed(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : 'undefined';
}
