// Whether each coder coded blind, from the flag each coding carries (CodingRecord.blind, recorded when
// it was made): counted per coding, so that switching blind mode off for a while and on again reads
// exactly as what it was, "partly blind (N of M codings)", and codings made before the flag was
// recorded (or imported) say so instead of passing for either.
import type { CodingRecord } from '../model';

export interface BlindTally {
  blind: number;
  notBlind: number;
  /** Codings whose blind mode was not recorded. */
  unrecorded: number;
}

/** Per coder id, how many of their codings were made in blind mode, not, or unrecorded. */
export function blindTallies(codings: readonly Pick<CodingRecord, 'coderId' | 'blind'>[]): Map<string, BlindTally> {
  const tallies = new Map<string, BlindTally>();
  for (const coding of codings) {
    let tally = tallies.get(coding.coderId);
    if (!tally) tallies.set(coding.coderId, (tally = { blind: 0, notBlind: 0, unrecorded: 0 }));
    if (coding.blind === true) tally.blind++;
    else if (coding.blind === false) tally.notBlind++;
    else tally.unrecorded++;
  }
  return tallies;
}

/** A coder's blind mode in the methods paragraph's words: "coded in blind mode", "not blind", "partly blind (N of M codings)". */
export function blindWords(tally: BlindTally | undefined): string {
  const total = tally ? tally.blind + tally.notBlind + tally.unrecorded : 0;
  if (!tally || total === 0) return 'made no codings in the documents compared';
  if (tally.unrecorded === total) return 'blind mode not recorded';
  const unrecorded = tally.unrecorded > 0 ? `; not recorded for ${tally.unrecorded}` : '';
  if (tally.blind === total) return 'coded in blind mode';
  if (tally.notBlind === total) return 'not blind';
  if (tally.blind === 0) return `not blind (${tally.notBlind} of ${total} codings${unrecorded})`;
  return `partly blind (${tally.blind} of ${total} codings${unrecorded})`;
}
