// Paragraph and sentence units: a code is present in the unit for a coder whose passage of that code
// shares at least one character with it. Paragraphs are the document view's own (text/paragraphs.ts);
// sentences are Unicode's (UAX #29, through Intl.Segmenter), trimmed of surrounding white space.
// Found in the text's UTF-16 offsets, then turned into characters, the unit of the prepared passages.
import { splitParagraphs } from '../text/paragraphs';
import type { PreparedAgreement } from './agreementInput';
import { PresenceBuilder, type PresenceData } from './presence';

export type TextUnitKind = 'paragraphs' | 'sentences';

/** `[start, end)` of each paragraph or sentence, in text order, without blank ones. */
export function textUnitRanges(text: string, kind: TextUnitKind, locale?: string): number[] {
  const flat: number[] = [];
  if (kind === 'paragraphs') {
    for (const p of splitParagraphs(text)) flat.push(p.start, p.start + p.text.length);
    return flat;
  }
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed.length > 0) flat.push(index + lead, index + lead + trimmed.length);
  }
  return flat;
}

/** Blocks are documents: paragraphs or sentences of one text are not independent draws, documents are. */
export function textUnits(prepared: PreparedAgreement, documents: readonly number[], kind: TextUnitKind, locale?: string): PresenceData {
  const { input, ratedMasks, ranges, characterIndexes } = prepared;
  const builder = new PresenceBuilder(input.coders.length, input.codes.length);
  for (const d of documents) {
    const rated = ratedMasks[d]!;
    if (rated === 0) continue;
    const doc = input.documents[d]!;
    if (doc.text === undefined) throw new RangeError(`The text of “${doc.title}” is needed to find its ${kind}.`);
    const index = characterIndexes[d]!;
    const units = textUnitRanges(doc.text, kind, locale).map((offset, i) => (i % 2 === 0 ? index.floor(offset) : index.ceil(offset)));
    const count = units.length / 2;
    const block = builder.newBlock(d);
    builder.addUnits(block, count, rated);
    const masks = new Uint32Array(count);
    ranges[d]!.forEach((byCoder, code) => {
      if (!byCoder) return;
      masks.fill(0);
      byCoder.forEach((pairs, coder) => {
        // Both lists are sorted: walk them together, marking every unit a passage touches.
        let u = 0;
        for (let i = 0; i < pairs.length; i += 2) {
          const start = pairs[i]!;
          const end = pairs[i + 1]!;
          while (u < count && units[2 * u + 1]! <= start) u++;
          for (let v = u; v < count && units[2 * v]! < end; v++) masks[v]! |= 1 << coder;
        }
      });
      masks.forEach((mask) => {
        if ((mask & rated) !== 0) builder.markPresent(block, code, 1, rated, mask);
      });
    });
  }
  return builder.build();
}
