// The document unit: a code is present in a document for a coder who applied it there at least once.
import type { PreparedAgreement } from './agreementInput';
import { PresenceBuilder, type PresenceData } from './presence';

export function documentUnits(prepared: PreparedAgreement, documents: readonly number[]): PresenceData {
  const { input, ratedMasks, ranges } = prepared;
  const builder = new PresenceBuilder(input.coders.length, input.codes.length);
  for (const d of documents) {
    const rated = ratedMasks[d]!;
    if (rated === 0) continue;
    const block = builder.newBlock(d);
    builder.addUnits(block, 1, rated);
    ranges[d]!.forEach((byCoder, code) => {
      if (!byCoder) return;
      let mask = 0;
      byCoder.forEach((pairs, coder) => {
        if (pairs.length > 0) mask |= 1 << coder;
      });
      if ((mask & rated) !== 0) builder.markPresent(block, code, 1, rated, mask);
    });
  }
  return builder.build();
}
