// Settling a disagreement as one change to the consensus coder: the consensus codings the decision
// makes (shared/agreement/adjudication.ts), the consensus coder's row when it is new, and the removal
// of what the consensus coder held there before (settling again replaces the earlier decision rather
// than piling codings on it), and nothing where another disagreement or an agreed passage lies: such a
// decision is refused with a message naming that place. One operation: it shows in History and one
// undo takes it all back. The operation names the disagreement and the decision (Change.adjudication),
// also when it writes no row: the log is where adjudication progress is kept (adjudicationLog.ts).
import { settleDisagreement, type AdjudicationDecision } from '../agreement/adjudication';
import { disputedStretches, type AgreedPassage, type Disagreement } from '../agreement/disagreements';
import type { CoderRecord, CodingRecord, MemoRecord } from '../model';
import { excerpt } from '../text/excerpt';
import { characterIndex } from '../text/characterIndex';
import { characterPlace } from '../agreement/passagePlace';
import type { Adjudication, Change, Minting, RowChange } from './change';

/**
 * The consensus coder's own row is no part of a decision's change: the caller stores it, unlogged, in
 * the decision's transaction (renderer/db/agreementData.ts, storeConsensusCoder). Undoing the decision
 * that first needed it would otherwise delete the coder while other decisions, another researcher's
 * (whose steps this one's Undo never reaches), still hold codings by it.
 */
export interface SettleContext {
  consensus: CoderRecord;
  /** The consensus coder's codings in the disagreement's document now. */
  consensusCodings: readonly CodingRecord[];
  /** The memos on those codings: one the decision replaces goes with its memos, as a removed coding's do. */
  consensusMemos: readonly MemoRecord[];
  text: string;
  coderName(coderId: string): string;
  codeName(codeId: string): string;
  minting: Minting;
  /** The decision that stands on this disagreement now (adjudicationLog.ts), if any. */
  standing?: Adjudication;
  /**
   * The other disagreements of the list (those of other documents are passed over): where they are
   * disputed is theirs, so a decision here neither writes nor removes a consensus coding there.
   */
  otherDisagreements: readonly Disagreement[];
  /**
   * The passages every coder compared coded alike (agreedPassages), taken into the consensus or not:
   * an edited passage may not reach into one, as it may not into a consensus coding of one taken in.
   */
  agreedPassages: readonly AgreedPassage[];
}

/** The change a decision makes; null when it is the decision that stands there already, all in place. */
export function settleChange(disagreement: Disagreement, decision: AdjudicationDecision, context: SettleContext): { change: Change | null; created: CodingRecord[] } {
  const created = settleDisagreement(disagreement, decision, { consensusCoderId: context.consensus.id, text: context.text, newId: context.minting.newId, now: context.minting.now });
  const stretches = disputedStretches(disagreement);
  const held = context.consensusCodings.filter((c) => c.docId === disagreement.docId);
  const replaced = held.filter((c) => {
    const stretch = stretches.get(c.codeId);
    return stretch !== undefined && c.start < stretch.end && stretch.start < c.end;
  });
  const elsewhere = disputedElsewhere(disagreement, context.otherDisagreements, context);
  refuseSharedCodings(replaced, elsewhere, context);
  refuseOverlapWithNeighbours(created, held.filter((c) => !replaced.includes(c)), context);
  refuseReachingElsewhere(created, [...elsewhere, ...agreedElsewhere(disagreement, context.agreedPassages, context)], disagreement, context);
  const words = decisionWords(decision, context, context.text);
  // The same decision again, its codings all still in place (a double click, a second window): there
  // is nothing to write, and a second entry in History and the log would say it was decided twice.
  if (context.standing?.words === words && sameMultiset(replaced.map(samePlace), created.map(samePlace))) return { change: null, created: [] };
  const changes: RowChange[] = [
    ...replaced.map((c) => ({ table: 'codings' as const, key: c.id, before: c, after: null })),
    ...context.consensusMemos
      .filter((m) => m.targetType === 'coding' && replaced.some((c) => c.id === m.targetId))
      .map((m) => ({ table: 'memos' as const, key: m.id, before: m, after: null })),
    ...created.map((c) => ({ table: 'codings' as const, key: c.id, before: null, after: c })),
  ];
  return {
    change: { label: `${disagreementName(disagreement, context)} settled: ${words}`, changes, docIds: [disagreement.docId], codeIds: disagreement.codeIds, adjudication: { disagreementId: disagreement.id, words } },
    created,
  };
}

/**
 * An edited passage may reach past where its code was disputed, into a passage the consensus holds
 * with that code from another decision or from the agreed passages. Refused rather than joined: joining
 * would rewrite that other decision's coding, whose own undo would then no longer find it, and two
 * overlapping codings of one code would count those characters twice. The message names the coding,
 * so the researcher can end the passage before it (or settle that passage again, to widen it there).
 */
function refuseOverlapWithNeighbours(created: readonly CodingRecord[], others: readonly CodingRecord[], context: Pick<SettleContext, 'consensus' | 'codeName' | 'text'>): void {
  for (const coding of created) {
    const neighbour = others.find((c) => c.codeId === coding.codeId && c.start < coding.end && coding.start < c.end);
    if (!neighbour) continue;
    throw new RangeError(
      `the edited passage overlaps ${context.consensus.name}’s “${context.codeName(neighbour.codeId)}” coding at ${placeIn(context.text, neighbour.start, neighbour.end)} ` +
        `(“${excerpt(context.text.slice(neighbour.start, neighbour.end), 40)}”), kept from another passage. End the edited passage before it, or untick that code.`,
    );
  }
}

/**
 * A stretch of the same document where a code is not this decision's to write: disputed in another
 * disagreement, or coded alike by every coder. Named as a message names it.
 */
interface Elsewhere {
  codeId: string;
  start: number;
  end: number;
  named: string;
}

function disputedElsewhere(disagreement: Disagreement, others: readonly Disagreement[], context: Pick<SettleContext, 'codeName' | 'text'>): Elsewhere[] {
  return others
    .filter((other) => other.docId === disagreement.docId && other.id !== disagreement.id)
    .flatMap((other) =>
      [...disputedStretches(other)].map(([codeId, { start, end }]) => ({ codeId, start, end, named: `another disagreement, on “${context.codeName(codeId)}” at ${placeWords(start, end, context.text)}` })),
    );
}

function agreedElsewhere(disagreement: Disagreement, agreed: readonly AgreedPassage[], context: Pick<SettleContext, 'codeName' | 'text'>): Elsewhere[] {
  return agreed
    .filter((passage) => passage.docId === disagreement.docId)
    .flatMap((passage) => {
      const stretches: Elsewhere[] = [];
      for (let i = 0; i < passage.ranges.length; i += 2) {
        const start = passage.ranges[i]!;
        const end = passage.ranges[i + 1]!;
        stretches.push({ codeId: passage.codeId, start, end, named: `a passage every coder coded alike as “${context.codeName(passage.codeId)}”, ${placeWords(start, end, context.text)}` });
      }
      return stretches;
    });
}

const placeWords = (start: number, end: number, text: string) => `“${excerpt(text.slice(start, end), 40)}” (${placeIn(text, start, end)})`;

/**
 * Where a passage lies, in characters as the Agreement place counts and numbers them
 * (shared/agreement/passagePlace.ts); the text is indexed only when a refusal is worded.
 */
const placeIn = (text: string, start: number, end: number) => characterPlace(characterIndex(text), start, end);

const reaches = (coding: Pick<CodingRecord, 'codeId' | 'start' | 'end'>, elsewhere: readonly Elsewhere[]) =>
  elsewhere.find((e) => e.codeId === coding.codeId && coding.start < e.end && e.start < coding.end);

/**
 * An edited passage that reaches into where another disagreement disputes the same code is refused,
 * whether that one is open or settled: written, it would settle part of the other disagreement
 * unasked (or undo part of its decision), and settling that one later would remove it, being a
 * consensus coding in its stretch. The same for a passage every coder coded alike: taking the agreed
 * passages in afterwards would lay a second coding of the code over it (refused already once they are
 * in, by refuseOverlapWithNeighbours), so the outcome does not hang on which the researcher did first.
 */
function refuseReachingElsewhere(created: readonly CodingRecord[], elsewhere: readonly Elsewhere[], disagreement: Disagreement, context: Pick<SettleContext, 'codeName'>): void {
  for (const coding of created) {
    const other = reaches(coding, elsewhere);
    if (!other) continue;
    throw new RangeError(
      `the edited passage reaches into ${other.named}. ` +
        `End the edited passage before it${disagreement.codeIds.length > 1 ? `, or untick “${context.codeName(coding.codeId)}”` : ''}: each passage is settled on its own.`,
    );
  }
}

/**
 * A consensus coding this decision would replace that also lies where another disagreement disputes
 * its code belongs to both (made by hand in Code, or by an edited passage before such passages were
 * checked, or the other disagreement's codings have grown since): removing it would take the other
 * disagreement's coding with this one's. Refused, naming both, for the researcher to split it in Code.
 */
function refuseSharedCodings(replaced: readonly CodingRecord[], elsewhere: readonly Elsewhere[], context: Pick<SettleContext, 'consensus' | 'codeName' | 'text'>): void {
  for (const coding of replaced) {
    const other = reaches(coding, elsewhere);
    if (!other) continue;
    throw new RangeError(
      `${context.consensus.name}’s “${context.codeName(coding.codeId)}” coding at ${placeIn(context.text, coding.start, coding.end)} (“${excerpt(context.text.slice(coding.start, coding.end), 40)}”) ` +
        `reaches into ${other.named}, so this decision would remove it there too. ` +
        'Open it in Code and end it before that disagreement (or remove it), then settle again.',
    );
  }
}

/**
 * The disagreement as History names it: by its codes (quoted, so that History follows a code's later
 * renaming) and the start of its passage, so that two decisions in one document read apart.
 */
function disagreementName(disagreement: Disagreement, context: Pick<SettleContext, 'codeName' | 'text'>): string {
  const codes = disagreement.codeIds.map((id) => `“${context.codeName(id)}”`).join(' and ');
  return `Disagreement on ${codes} at “${excerpt(context.text.slice(disagreement.start, disagreement.end), 40)}”`;
}

/** The decision as History and the adjudication list say it; an edited passage by its words (offsets mean nothing to a reader). */
export function decisionWords(decision: AdjudicationDecision, names: Pick<SettleContext, 'coderName' | 'codeName'>, text: string): string {
  switch (decision.take) {
    case 'coder':
      return `${names.coderName(decision.coderId)}’s coding kept`;
    case 'both':
      return 'every coder’s coding kept';
    case 'neither':
      return 'no coding kept';
    case 'edited':
      // The codes are named only when the researcher left some out; otherwise it keeps every code there.
      return `edited passage “${excerpt(text.slice(decision.start, decision.end), 40)}” kept${decision.codeIds ? ` as ${decision.codeIds.map((id) => `“${names.codeName(id)}”`).join(' and ')}` : ''}`;
  }
}

/**
 * Takes into the consensus coder every passage all the coders compared coded alike (the codings made
 * by `consensusFromAgreed`), except those it holds already: adopting twice adds nothing.
 */
export function adoptAgreedChange(agreed: readonly CodingRecord[], context: Pick<SettleContext, 'consensus' | 'consensusCodings'>): Change {
  const held = new Set(context.consensusCodings.map(samePlace));
  const fresh = agreed.filter((c) => !held.has(samePlace(c)));
  const changes: RowChange[] = [
    ...fresh.map((c) => ({ table: 'codings' as const, key: c.id, before: null, after: c })),
  ];
  return { label: `${AGREED_TAKEN} ${context.consensus.name} (${fresh.length})`, changes };
}

// The operation carries no `adjudication`: that field means "this disagreement is settled" to the
// progress (adjudicationLog.ts), and taking agreed passages settles none. Its label is what names it
// in the log, and has since it was first written, before the consensus coder had its fixed id; so a
// project of that time whose only history is taking agreed passages is recognised by it
// (renderer/db/agreementData.ts). A marker added now would not help: the operations that need
// recognising were logged without one.
const AGREED_TAKEN = 'Agreed codings taken into';

/** Whether a logged operation's label is that of taking agreed passages into the consensus (adoptAgreedChange). */
export function isAgreedTakenLabel(label: string): boolean {
  return label.startsWith(`${AGREED_TAKEN} `);
}

const samePlace = (c: CodingRecord) => `${c.docId}\n${c.codeId}\n${c.start}\n${c.end}`;

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n\n') === [...b].sort().join('\n\n');
}
