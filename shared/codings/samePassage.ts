// When two codings mark the same passage: the same document, the same `[start, end)` (UTF-16 units of
// its canonical text) and the same coder. A coder codes a passage with a code once; a second coding of
// it with that code says nothing new, so applying, recoding and resizing refuse to make one, and a
// merge of two codes collapses such a pair into one. Two coders' codings of one passage are both
// kept: agreement between coders is measured on exactly those.
import type { CodingRecord } from '../model';

export type Passage = Pick<CodingRecord, 'docId' | 'start' | 'end' | 'coderId'>;

/** The passage as one string, to find a passage's coding in a Map: equal for two codings exactly when they mark the same passage. */
export function passageKey(coding: Passage): string {
  return `${coding.docId}\u0000${coding.start}\u0000${coding.end}\u0000${coding.coderId}`;
}

export function samePassage(a: Passage, b: Passage): boolean {
  return passageKey(a) === passageKey(b);
}

/** The coding of the same code on the same passage, other than `exceptId`, if there is one. */
export function sameCoding(codings: readonly CodingRecord[], probe: Passage & Pick<CodingRecord, 'codeId'>, exceptId?: string): CodingRecord | undefined {
  // Offsets first: checked on every key press against a document's thousands of codings, the
  // passage's key string is made only for the few that start and end where the probe does.
  return codings.find((c) => c.start === probe.start && c.end === probe.end && c.id !== exceptId && c.codeId === probe.codeId && samePassage(c, probe));
}
