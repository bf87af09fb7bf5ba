// Settling a disagreement into the consensus coder: the researcher takes one coder's coding, both
// (all, with more coders), neither, or an extent they edit, and gets the consensus codings to create. Plain rows shaped
// like every other coding, so the consensus coder exports and compares like any coder; ids and the
// clock come in as parameters (the app's write path mints them and logs the decision, for undo).
import type { CodingRecord } from '../model';
import { passageRangeProblem } from '../text/offsets';
import { capturePassage } from '../text/passageContext';
import { characterIndex } from '../text/characterIndex';
import { characterCount, characterPlace } from './passagePlace';
import { mergeRanges } from './agreementInput';
import type { Disagreement } from './disagreements';

export type AdjudicationDecision =
  /** That coder's codings here, as they are. */
  | { take: 'coder'; coderId: string }
  /** Both coders' codings (every coder's, when more): for each code, the characters any of them coded with it. */
  | { take: 'both' }
  /** Nothing here is coded in the consensus. */
  | { take: 'neither' }
  /** One coding per code (the disagreement's codes unless given) over an extent the researcher set. */
  | { take: 'edited'; start: number; end: number; codeIds?: string[] };

export interface ConsensusContext {
  consensusCoderId: string;
  /** The document's canonical text, for each coding's quote and context. */
  text: string;
  newId: () => string;
  /** ISO 8601 time of the decision. */
  now: string;
}

// Said in characters as the researcher counts them (passagePlace.ts); the index is made only to refuse.
const EDITED_PROBLEM: Record<NonNullable<ReturnType<typeof passageRangeProblem>>, (text: string, start: number, end: number) => string> = {
  outside: (text) => `The edited passage is not a stretch of this document’s text (${characterCount(characterIndex(text))}).`,
  empty: () => 'The edited passage holds no text: select at least one character.',
  'splits-character': (text, start, end) =>
    `The edited passage (${characterPlace(characterIndex(text), start, end)}) splits a character (an emoji or other character of two code units): select whole characters.`,
};

export function settleDisagreement(disagreement: Disagreement, decision: AdjudicationDecision, context: ConsensusContext): CodingRecord[] {
  const codings = disagreement.byCoder.flatMap((c) => c.codings);
  switch (decision.take) {
    case 'neither':
      return [];
    case 'coder': {
      const own = disagreement.byCoder.find((c) => c.coderId === decision.coderId);
      if (!own) throw new RangeError(`The coder ${decision.coderId} did not code this document; choose one of the coders shown.`);
      return consensusCodings(disagreement, own.codings, context);
    }
    case 'both':
      return consensusCodings(disagreement, codings, context);
    case 'edited': {
      const codeIds = decision.codeIds ?? disagreement.codeIds;
      // The same rule as a coding made on the coding screen: a consensus coding half an emoji long
      // would be refused by the REFI-QDA export and counted wrong by code-point figures.
      const problem = passageRangeProblem(context.text, decision.start, decision.end);
      if (problem) throw new RangeError(EDITED_PROBLEM[problem](context.text, decision.start, decision.end));
      return codeIds.map((codeId) => consensusCoding(disagreement.docId, codeId, decision.start, decision.end, context));
    }
  }
}

/** Consensus codings for passages every coder coded alike (see agreedPassages), in the same shape. */
export function consensusFromAgreed(passages: ReadonlyArray<{ docId: string; codeId: string; ranges: readonly number[] }>, textOf: (docId: string) => string, context: Omit<ConsensusContext, 'text'>): CodingRecord[] {
  return passages.flatMap((p) => {
    const text = textOf(p.docId);
    const rows: CodingRecord[] = [];
    for (let i = 0; i < p.ranges.length; i += 2) rows.push(consensusCoding(p.docId, p.codeId, p.ranges[i]!, p.ranges[i + 1]!, { ...context, text }));
    return rows;
  });
}

// For each code in the disagreement's order, the union of the chosen codings' characters: a consensus
// coder holding two overlapping codings of one code would count those characters twice elsewhere.
function consensusCodings(disagreement: Disagreement, chosen: readonly CodingRecord[], context: ConsensusContext): CodingRecord[] {
  return disagreement.codeIds.flatMap((codeId) => {
    const ranges = mergeRanges(chosen.filter((c) => c.codeId === codeId).flatMap((c) => [c.start, c.end]));
    const rows: CodingRecord[] = [];
    for (let i = 0; i < ranges.length; i += 2) rows.push(consensusCoding(disagreement.docId, codeId, ranges[i]!, ranges[i + 1]!, context));
    return rows;
  });
}

function consensusCoding(docId: string, codeId: string, start: number, end: number, context: ConsensusContext): CodingRecord {
  const passage = capturePassage(context.text, start, end);
  return { id: context.newId(), docId, codeId, start, end, ...passage, coderId: context.consensusCoderId, createdAt: context.now };
}
