// The consensus coder: the coder settled disagreements are written to (shared/changes/adjudicationChanges.ts).
// It is known by its id, the same in every project, never by its name: a coder's name is whatever a
// person typed (someone may be called "Consensus") and the researcher may rename the consensus coder.
// One id everywhere also means that merging two projects keeps one consensus coder, as it should: both
// hold decisions on the same kind of thing. Projects made before it had this id are recognised by the
// log (renderer/db/agreementData.ts, `findConsensusCoder`).
import type { CoderRecord, Uuid } from '../model';
import type { RowChange } from '../changes/change';
import { unusedCoderColor } from './coderColors';
import { coderNamed } from './coderNames';

export const CONSENSUS_CODER_ID: Uuid = '3c1f6a52-7d0e-4b8a-9e27-c5d4f0b6a913';

/** The name the consensus coder is made with; the researcher may rename it. */
export const CONSENSUS_CODER_NAME = 'Consensus';

/**
 * The consensus coder as the first decision records it. Its name is one no coder of the project has
 * (the coder form refuses a taken name: two coders of one name cannot be told apart), numbered as
 * project names are; its colour is one no coder has.
 */
export function newConsensusCoder(coders: readonly CoderRecord[]): CoderRecord {
  const taken = (name: string) => coderNamed(coders, name) !== undefined;
  let name = CONSENSUS_CODER_NAME;
  for (let n = 2; taken(name); n++) name = `${CONSENSUS_CODER_NAME} (${n})`;
  return { id: CONSENSUS_CODER_ID, name, color: unusedCoderColor(coders.map((c) => c.color)) };
}

/**
 * The coders that might be a consensus coder made before the fixed id (its name was always
 * "Consensus" then): none when the project has the consensus coder by its id, so that the log is
 * searched only in such older projects.
 */
export function legacyConsensusCandidates(coders: readonly CoderRecord[]): CoderRecord[] {
  if (coders.some((c) => c.id === CONSENSUS_CODER_ID)) return [];
  return coders.filter((c) => c.name === CONSENSUS_CODER_NAME);
}

/**
 * Which of these coders a logged decision (an operation with `adjudication`, or one taking the agreed
 * passages in) wrote as the consensus:
 * the coder whose row it recorded or whose codings it wrote or removed. Only the consensus coder's
 * rows are ever in a decision, so a person named "Consensus" is never found in one.
 */
export function consensusWrittenBy(changes: readonly RowChange[], candidates: ReadonlySet<string>): string | undefined {
  for (const change of changes) {
    if (change.table === 'coders' && candidates.has(change.key)) return change.key;
    if (change.table !== 'codings') continue;
    const coderId = (change.after ?? change.before)?.coderId;
    if (coderId !== undefined && candidates.has(coderId)) return coderId;
  }
  return undefined;
}
