// The computation behind the Agreement place, in one call so the worker (agreementWorker.ts) and the
// tests run the same thing: the report, and the disagreements between the coders compared (the
// consensus coder left out: it settles them, it is not one of the parties).
import type { AgreementInput } from '../../../shared/agreement/agreementInput';
import { agreementReport, type AgreementOptions, type AgreementReport } from '../../../shared/agreement/agreementReport';
import { agreedPassages, listDisagreements, type Disagreement } from '../../../shared/agreement/disagreements';

export interface AgreementRequest {
  input: AgreementInput;
  options: AgreementOptions;
  /** Left out of the disagreements (the consensus coder), or null. */
  consensusCoderId: string | null;
  /** False for the report alone (the benchmark's figure); the place lists them. */
  disagreements: boolean;
}

export interface AgreementResult {
  report: AgreementReport;
  disagreements: Disagreement[];
  /**
   * Whether disagreements were looked for: not when the report alone was asked, nor when fewer than
   * two coders besides the consensus coder are compared (an empty list then says nothing of agreement).
   */
  listed: boolean;
  /** The passages every coder compared coded alike: the consensus takes them without a decision. */
  agreed: Array<{ docId: string; codeId: string; ranges: number[] }>;
}

export function computeAgreement({ input, options, consensusCoderId, disagreements: wanted }: AgreementRequest): AgreementResult {
  const report = agreementReport(input, options);
  const parties = input.coders.filter((c) => c.id !== consensusCoderId);
  const listed = wanted && parties.length >= 2;
  const between = { ...input, coders: parties };
  const disagreements = listed ? listDisagreements(between, options.segmentOverlap === undefined ? {} : { overlap: options.segmentOverlap }) : [];
  return { report, disagreements, listed, agreed: listed ? agreedPassages(between) : [] };
}
