// Krippendorff's alpha for unitizing (uα): how far coders agree on where the coded stretches of a
// continuum begin and end, each category its own continuum. Definitions follow Krippendorff (2004),
// Content Analysis, 2nd ed., section 12.4 (the same uα as "Measuring the reliability of qualitative
// text analysis data", Quality & Quantity 38: 787-800, 2004), as implemented and tested in DKPro
// Statistics' KrippendorffAlphaUnitizingAgreement:
//
// A coder's continuum for category c is a row of sections: their segments (value 1) and the gaps
// between them (value 0). For two sections g of coder i and h of coder j, with begins b, lengths l:
//   δ² = (b_g - b_h)² + (b_g + l_g - b_h - l_h)²   when both are segments and they overlap,
//   δ² = l_g²                                      when g is a segment lying wholly inside the gap h,
//   δ² = l_h²                                      the other way round, and 0 otherwise.
//   D_o = Σ_{i≠j} Σ_g Σ_h δ² / (m (m-1) L²)
//   D_e = (2/L) Σ_segments s [ (N-1)/3 (2l_s³ - 3l_s² + l_s) + l_s² Σ_{gaps t, l_t ≥ l_s} (l_t - l_s + 1) ]
//         / [ mL (mL - 1) - Σ_segments l_s (l_s - 1) ]
// with m coders, L the continuum's length, N the number of segments of the category over all coders,
// and the gaps of all coders. uα_c = 1 - D_o/D_e; over categories uα = 1 - Σ_c D_o / Σ_c D_e.
//
// Several documents are pooled as one continuum laid end to end whose gaps stop at each document's
// edge (a passage cannot straddle two documents), so the figure is pooled, never a mean of
// per-document figures; each document's share can be reweighted for a bootstrap over documents.

export interface UnitizedSegment {
  begin: number;
  length: number;
  category: string;
}

export interface UnitizedInput {
  begin: number;
  length: number;
  segmentsByCoder: UnitizedSegment[][];
}

/** uα of one continuum `[begin, begin + length)`; each coder's segments are half-open and, within one category, must not overlap. */
export function unitizedAlpha(input: UnitizedInput): { alpha: number; byCategory: Record<string, number> } {
  const { begin, length, segmentsByCoder } = input;
  if (!Number.isInteger(begin) || !Number.isInteger(length) || length < 1) {
    throw new RangeError(`unitized alpha needs a continuum of whole positions; got begin ${begin}, length ${length}`);
  }
  const categories = [...new Set(segmentsByCoder.flat().map((s) => s.category))].sort();
  const parts: UnitizedDisagreement[] = [];
  const byCategory: Record<string, number> = {};
  for (const category of categories) {
    const ranges = segmentsByCoder.map((segments, coder) => {
      const own = segments
        .filter((s) => s.category === category)
        .map((s) => {
          if (!Number.isInteger(s.begin) || !Number.isInteger(s.length) || s.length < 1 || s.begin < begin || s.begin + s.length > begin + length) {
            throw new RangeError(`coder ${coder + 1}'s “${category}” segment at ${s.begin} of length ${s.length} is not a stretch of whole positions inside [${begin}, ${begin + length})`);
          }
          return [s.begin - begin, s.begin + s.length - begin] as const;
        })
        .sort((a, b) => a[0] - b[0]);
      for (let k = 1; k < own.length; k++) {
        if (own[k]![0] < own[k - 1]![1]) {
          throw new RangeError(`coder ${coder + 1}'s “${category}” segments at ${own[k - 1]![0] + begin} and ${own[k]![0] + begin} overlap; one coder's segments of a category must not`);
        }
      }
      return own.flat();
    });
    const part = unitizedDisagreement(unitizedCategoryData(segmentsByCoder.length, [{ length, rangesByCoder: ranges }]));
    parts.push(part);
    byCategory[category] = alphaFromUnitizedDisagreements([part]);
  }
  return { alpha: alphaFromUnitizedDisagreements(parts), byCategory };
}

/** One category's sufficient data over several continua (blocks), ready to be reweighted. */
export interface UnitizedCategoryData {
  coders: number;
  blockLengths: Float64Array;
  /** Σ over ordered coder pairs i ≠ j of Σ δ², per block. */
  observedByBlock: Float64Array;
  /** Every coder's segments and gaps, ascending by length, with the block each lies in. */
  segmentLengths: Float64Array;
  segmentBlocks: Int32Array;
  gapLengths: Float64Array;
  gapBlocks: Int32Array;
}

export interface UnitizedBlock {
  length: number;
  /** Per coder, sorted disjoint `[start, end)` ranges relative to the block's start, as flat pairs. */
  rangesByCoder: ReadonlyArray<ReadonlyArray<number>>;
}

export function unitizedCategoryData(coders: number, blocks: readonly UnitizedBlock[]): UnitizedCategoryData {
  if (blocks.length > BLOCK_LIMIT) throw new RangeError(`unitized alpha pools at most ${BLOCK_LIMIT} continua at once; got ${blocks.length}`);
  const observedByBlock = new Float64Array(blocks.length);
  // Sections keyed as length × BLOCK_LIMIT + block: one numeric sort orders them by length.
  const segments: number[] = [];
  const gaps: number[] = [];
  blocks.forEach((block, b) => {
    const sections = block.rangesByCoder.map((ranges) => toSections(ranges, block.length));
    for (const coderSections of sections) {
      for (let k = 0; k < coderSections.length; k += 3) {
        (coderSections[k + 2] === 1 ? segments : gaps).push((coderSections[k + 1]! - coderSections[k]!) * BLOCK_LIMIT + b);
      }
    }
    let observed = 0;
    for (let i = 0; i < sections.length; i++) {
      for (let j = i + 1; j < sections.length; j++) observed += 2 * pairObserved(sections[i]!, sections[j]!);
    }
    observedByBlock[b] = observed;
  });
  const segmentKeys = Float64Array.from(segments).sort();
  const gapKeys = Float64Array.from(gaps).sort();
  return {
    coders,
    blockLengths: Float64Array.from(blocks, (block) => block.length),
    observedByBlock,
    segmentLengths: segmentKeys.map((key) => Math.floor(key / BLOCK_LIMIT)),
    segmentBlocks: Int32Array.from(segmentKeys, (key) => key % BLOCK_LIMIT),
    gapLengths: gapKeys.map((key) => Math.floor(key / BLOCK_LIMIT)),
    gapBlocks: Int32Array.from(gapKeys, (key) => key % BLOCK_LIMIT),
  };
}

/** Continua (documents) pooled at once; with lengths below 2^32 the sort keys stay exact doubles. */
const BLOCK_LIMIT = 2 ** 20;

export interface UnitizedDisagreement {
  observed: number;
  expected: number;
}

/** D_o and D_e of one category, each block counted `weights[b]` times (all once when absent). */
export function unitizedDisagreement(data: UnitizedCategoryData, weights?: ArrayLike<number>): UnitizedDisagreement {
  const w = weights ?? new Float64Array(data.blockLengths.length).fill(1);
  const m = data.coders;
  let length = 0;
  let observedSum = 0;
  for (let b = 0; b < data.blockLengths.length; b++) {
    length += w[b]! * data.blockLengths[b]!;
    observedSum += w[b]! * data.observedByBlock[b]!;
  }
  if (length === 0 || m < 2) return { observed: 0, expected: 0 };
  const observed = observedSum / (m * (m - 1) * length * length);

  const { segmentLengths, segmentBlocks, gapLengths, gapBlocks } = data;
  let segmentCount = 0;
  let lengthPairs = 0;
  for (let s = 0; s < segmentLengths.length; s++) {
    const l = segmentLengths[s]!;
    const ws = w[segmentBlocks[s]!]!;
    segmentCount += ws;
    lengthPairs += ws * l * (l - 1);
  }
  // Gaps at least as long as the segment, as suffix sums over the ascending gap lengths; segments
  // come ascending too, so one pointer walks both lists once.
  let gapWeight = 0;
  let gapLength = 0;
  for (let t = 0; t < gapLengths.length; t++) {
    const wt = w[gapBlocks[t]!]!;
    gapWeight += wt;
    gapLength += wt * gapLengths[t]!;
  }
  let t = 0;
  let numerator = 0;
  for (let s = 0; s < segmentLengths.length; s++) {
    const l = segmentLengths[s]!;
    while (t < gapLengths.length && gapLengths[t]! < l) {
      const wt = w[gapBlocks[t]!]!;
      gapWeight -= wt;
      gapLength -= wt * gapLengths[t]!;
      t++;
    }
    const within = ((segmentCount - 1) / 3) * (2 * l * l * l - 3 * l * l + l);
    const placements = gapLength - (l - 1) * gapWeight;
    numerator += w[segmentBlocks[s]!]! * (within + l * l * placements);
  }
  const denominator = m * length * (m * length - 1) - lengthPairs;
  const expected = denominator === 0 ? 0 : ((2 / length) * numerator) / denominator;
  return { observed, expected };
}

/** uα over categories: 1 - Σ D_o / Σ D_e; NaN when no category has any segment. */
export function alphaFromUnitizedDisagreements(parts: readonly UnitizedDisagreement[]): number {
  let observed = 0;
  let expected = 0;
  for (const part of parts) {
    observed += part.observed;
    expected += part.expected;
  }
  return expected === 0 ? Number.NaN : 1 - observed / expected;
}

// Sections as a flat list of (begin, end, isSegment) triples tiling [0, length).
function toSections(ranges: ReadonlyArray<number>, length: number): number[] {
  const sections: number[] = [];
  let position = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i]!;
    const end = ranges[i + 1]!;
    if (start > position) sections.push(position, start, 0);
    sections.push(start, end, 1);
    position = end;
  }
  if (position < length) sections.push(position, length, 0);
  return sections;
}

// Σ δ² over the pairs of sections of two coders. Both rows tile the same continuum, so walking them
// together meets every overlapping pair once; pairs that do not overlap have δ² = 0.
function pairObserved(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const aBegin = a[i]!;
    const aEnd = a[i + 1]!;
    const bBegin = b[j]!;
    const bEnd = b[j + 1]!;
    const aSegment = a[i + 2] === 1;
    const bSegment = b[j + 2] === 1;
    if (aSegment && bSegment) sum += (aBegin - bBegin) ** 2 + (aEnd - bEnd) ** 2;
    else if (aSegment && !bSegment && bBegin <= aBegin && aEnd <= bEnd) sum += (aEnd - aBegin) ** 2;
    else if (bSegment && !aSegment && aBegin <= bBegin && bEnd <= aEnd) sum += (bEnd - bBegin) ** 2;
    if (aEnd <= bEnd) i += 3;
    if (bEnd <= aEnd) j += 3;
  }
  return sum;
}
