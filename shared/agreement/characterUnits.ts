// The character unit: each code its own continuum, present or absent at each character of the text
// as a reader counts them (prepared ranges are in characters, not UTF-16 units: an emoji or an
// accented letter is one unit, as a plain letter is). Computed by sweeping the coders'
// sorted passages: a stretch where the same coders mark the code counts once with its length as
// weight, so the cost follows the number of passages, never the length of the corpus.
import type { PreparedAgreement } from './agreementInput';
import { PresenceBuilder, type PresenceData } from './presence';

/** Blocks are documents: characters of one text are not independent draws, documents are. */
export function characterUnits(prepared: PreparedAgreement, documents: readonly number[]): PresenceData {
  const { input, ratedMasks, ranges, characters } = prepared;
  const builder = new PresenceBuilder(input.coders.length, input.codes.length);
  const events: number[] = [];
  for (const d of documents) {
    const rated = ratedMasks[d]!;
    if (rated === 0) continue;
    const block = builder.newBlock(d);
    builder.addUnits(block, characters[d]!, rated);
    ranges[d]!.forEach((byCoder, code) => {
      if (!byCoder) return;
      events.length = 0;
      // One number per boundary, sortable as is: position, then coder, then start (1) or end (0).
      byCoder.forEach((pairs, coder) => {
        for (let i = 0; i < pairs.length; i += 2) events.push(pairs[i]! * 64 + coder * 2 + 1, pairs[i + 1]! * 64 + coder * 2);
      });
      events.sort((a, b) => a - b);
      let mask = 0;
      let position = 0;
      for (const event of events) {
        const at = Math.floor(event / 64);
        if (at > position && (mask & rated) !== 0) builder.markPresent(block, code, at - position, rated, mask);
        position = at;
        const bit = 1 << ((event % 64) >> 1);
        mask = event % 2 === 1 ? mask | bit : mask & ~bit;
      }
    });
  }
  return builder.build();
}
