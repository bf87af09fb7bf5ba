// The segment unit: passages of one code matched between coders. Two passages match when the
// characters both coders coded are at least a chosen share of the characters either coded
// (intersection ÷ union, default 90% as MAXQDA's default). A segment holds at most one passage per
// coder, and every two of its passages match: with three or more coders, A matching B and B matching C
// does not put A and C in one segment unless they match too. A passage nobody else matched is a unit
// only its coder marked, which counts as a disagreement. No unit is absent for everybody, which the
// report warns about.
import type { PreparedAgreement } from './agreementInput';
import { PresenceBuilder, type PresenceData } from './presence';

export const DEFAULT_SEGMENT_OVERLAP = 0.9;

/** The matching rule in words, for the report and the methods paragraph. */
export function segmentMatchingRule(threshold: number = DEFAULT_SEGMENT_OVERLAP): string {
  checkThreshold(threshold);
  const percent = formatPercent(threshold);
  return (
    `Two coders’ passages of the same code in the same document were taken as one segment when the characters both coded made up at least ${percent} of the characters either coded (overlap ÷ union ≥ ${percent}). ` +
    'A segment held at most one passage of each coder, and every two passages in a segment had to match; segments were formed from the closest matching pairs first. A passage that no other coder matched counts as a segment only its coder coded, a disagreement.'
  );
}

export interface SegmentMatcher {
  threshold: number;
  /** The rule in words, as the report and the methods paragraph state it. */
  rule: string;
  match: (byCoder: readonly (readonly number[])[]) => MatchedSegment[];
}

/** The matching rule as one object: what it does and the sentence that says so cannot drift apart. */
export function segmentMatcher(threshold: number = DEFAULT_SEGMENT_OVERLAP): SegmentMatcher {
  return { threshold, rule: segmentMatchingRule(threshold), match: (byCoder) => matchPassages(byCoder, threshold) };
}

/** Characters both coded ÷ characters either coded, for `[aStart, aEnd)` and `[bStart, bEnd)`. */
export function overlapShare(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const both = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
  if (both <= 0) return 0;
  return both / (Math.max(aEnd, bEnd) - Math.min(aStart, bStart));
}

export interface MatchedSegment {
  /** Bit i set when coder i has a passage in the segment. */
  coders: number;
  /** Per coder, its passage `[start, end)`, or null. */
  passages: Array<[number, number] | null>;
}

/** Matches each coder's sorted disjoint passages (flat `[start, end)` pairs) into segments, in text order. */
export function matchPassages(byCoder: readonly (readonly number[])[], threshold: number = DEFAULT_SEGMENT_OVERLAP): MatchedSegment[] {
  checkThreshold(threshold);
  const passages: Array<{ coder: number; start: number; end: number }> = [];
  const firstOfCoder: number[] = [];
  byCoder.forEach((pairs, coder) => {
    firstOfCoder.push(passages.length);
    for (let i = 0; i < pairs.length; i += 2) passages.push({ coder, start: pairs[i]!, end: pairs[i + 1]! });
  });
  firstOfCoder.push(passages.length);

  const candidates: Array<{ share: number; p: number; q: number }> = [];
  for (let a = 0; a < byCoder.length; a++) {
    for (let b = a + 1; b < byCoder.length; b++) {
      let q0 = firstOfCoder[b]!;
      for (let p = firstOfCoder[a]!; p < firstOfCoder[a + 1]!; p++) {
        while (q0 < firstOfCoder[b + 1]! && passages[q0]!.end <= passages[p]!.start) q0++;
        for (let q = q0; q < firstOfCoder[b + 1]! && passages[q]!.start < passages[p]!.end; q++) {
          const share = overlapShare(passages[p]!.start, passages[p]!.end, passages[q]!.start, passages[q]!.end);
          if (share >= threshold) candidates.push({ share, p, q });
        }
      }
    }
  }
  // Closest pairs first, so a passage joins the segment it matches best; equal shares go in text order
  // (earlier passage, then lower coder), so the same codings always give the same segments.
  candidates.sort((x, y) => y.share - x.share || passages[x.p]!.start - passages[y.p]!.start || x.p - y.p || x.q - y.q);

  // Each pair may join the two segments its passages are in (every passage starts alone) when they
  // have no coder in common and every passage of one matches every passage of the other. Segments hold
  // at most one passage per coder (at most 31 coders), so that check is small.
  const segmentOf = passages.map((_, i) => i);
  const members = passages.map((_, i) => [i]);
  const masks = passages.map((p) => 1 << p.coder);
  const matches = (i: number, j: number) => overlapShare(passages[i]!.start, passages[i]!.end, passages[j]!.start, passages[j]!.end) >= threshold;
  for (const { p, q } of candidates) {
    const sp = segmentOf[p]!;
    const sq = segmentOf[q]!;
    if (sp === sq || (masks[sp]! & masks[sq]!) !== 0) continue;
    if (!members[sp]!.every((i) => members[sq]!.every((j) => matches(i, j)))) continue;
    for (const j of members[sq]!) {
      segmentOf[j] = sp;
      members[sp]!.push(j);
    }
    members[sq] = [];
    masks[sp]! |= masks[sq]!;
  }
  const segments = new Map<number, MatchedSegment & { start: number }>();
  passages.forEach((passage, i) => {
    const r = segmentOf[i]!;
    let segment = segments.get(r);
    if (!segment) {
      segment = { coders: 0, passages: byCoder.map(() => null), start: passage.start };
      segments.set(r, segment);
    }
    segment.coders |= 1 << passage.coder;
    segment.passages[passage.coder] = [passage.start, passage.end];
    segment.start = Math.min(segment.start, passage.start);
  });
  return [...segments.values()].sort((x, y) => x.start - y.start || y.coders - x.coders).map(({ coders, passages }) => ({ coders, passages }));
}

/**
 * Blocks are documents: segments of one text are not independent draws, documents are, so a bootstrap
 * draw takes all of a document's segments. A document with no segment is still a block (of none): it
 * was coded, and a draw may take it.
 */
export function segmentUnits(prepared: PreparedAgreement, documents: readonly number[], threshold: number = DEFAULT_SEGMENT_OVERLAP): PresenceData {
  const { input, ratedMasks, ranges } = prepared;
  const builder = new PresenceBuilder(input.coders.length, input.codes.length);
  const matcher = segmentMatcher(threshold);
  for (const d of documents) {
    const rated = ratedMasks[d]!;
    if (rated === 0) continue;
    const block = builder.newBlock(d);
    ranges[d]!.forEach((byCoder, code) => {
      if (!byCoder) return;
      for (const segment of matcher.match(byCoder)) {
        if ((segment.coders & rated) === 0) continue;
        builder.addCodeUnits(block, code, 1, rated, segment.coders);
      }
    });
  }
  return builder.build();
}

function checkThreshold(threshold: number): void {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`The overlap needed to match passages must be a share above 0 and at most 1 (100%); got ${threshold}.`);
}

function formatPercent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}
