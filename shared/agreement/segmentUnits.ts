// The segment unit: passages of one code matched between coders. Two passages match when the
// characters both coders coded are at least a chosen share of the characters either coded
// (intersection ÷ union, default 90% as MAXQDA's default). Matching is one to one per pair of coders,
// closest matches first; a passage nobody else matched is a unit only its coder marked, which counts
// as a disagreement. No unit is absent for everybody, which the report warns about.
import type { PreparedAgreement } from './agreementInput';
import { PresenceBuilder, type PresenceData } from './presence';

export const DEFAULT_SEGMENT_OVERLAP = 0.9;

/** The matching rule in words, for the report and the methods paragraph. */
export function segmentMatchingRule(threshold: number = DEFAULT_SEGMENT_OVERLAP): string {
  checkThreshold(threshold);
  const percent = formatPercent(threshold);
  return (
    `Two coders’ passages of the same code in the same document were taken as one segment when the characters both coded made up at least ${percent} of the characters either coded (overlap ÷ union ≥ ${percent}). ` +
    'Each passage was matched with at most one passage of each other coder, the closest matches first; a passage that no other coder matched counts as a segment only its coder coded, a disagreement.'
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
  candidates.sort((x, y) => y.share - x.share || passages[x.p]!.start - passages[y.p]!.start || x.p - y.p || x.q - y.q);

  const parent = passages.map((_, i) => i);
  const masks = passages.map((p) => 1 << p.coder);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { p, q } of candidates) {
    const rp = root(p);
    const rq = root(q);
    if (rp === rq || (masks[rp]! & masks[rq]!) !== 0) continue;
    parent[rq] = rp;
    masks[rp]! |= masks[rq]!;
  }
  const segments = new Map<number, MatchedSegment & { start: number }>();
  passages.forEach((passage, i) => {
    const r = root(i);
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

/** Blocks are segments: each matched segment is one draw of the bootstrap. */
export function segmentUnits(prepared: PreparedAgreement, documents: readonly number[], threshold: number = DEFAULT_SEGMENT_OVERLAP): PresenceData {
  const { input, ratedMasks, ranges } = prepared;
  const builder = new PresenceBuilder(input.coders.length, input.codes.length);
  const matcher = segmentMatcher(threshold);
  for (const d of documents) {
    const rated = ratedMasks[d]!;
    if (rated === 0) continue;
    ranges[d]!.forEach((byCoder, code) => {
      if (!byCoder) return;
      for (const segment of matcher.match(byCoder)) {
        if ((segment.coders & rated) === 0) continue;
        builder.addCodeUnits(builder.newBlock(d), code, 1, rated, segment.coders);
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
