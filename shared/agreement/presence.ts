// "Is the code present in this unit?" asked of every coder, as sufficient statistics. For each code
// and each resampling block (a whole document: its units are not independent draws) we keep a
// histogram: how many units (characters count by their number) were rated by m coders of whom j marked
// the code present. Every figure of the report (percent agreement, Cohen's and Fleiss' kappa, S,
// Krippendorff's alpha) is a function of that histogram, and histograms add up: pooling over documents
// is a sum, never a mean of per-document figures, and a bootstrap resample is a weighted sum.
//
// Most units are absent for most codes, so the "everybody absent" part is kept once per block (the
// base, shared by all codes) and each code keeps only sparse corrections where someone marked it.
import {
  alphaFromCoincidences,
  bennettS,
  bennettSFromAgreement,
  cohenKappa,
  fleissKappaWeighted,
} from '../stats/agreement';
import { popCount } from './agreementInput';

/** Histogram cell of units rated by m coders, j of them marking the code. */
export function cell(m: number, j: number): number {
  return (m * (m + 1)) / 2 + j;
}

export interface PresenceData {
  coders: number;
  /** Cells per histogram: every (m, j), then one for "coder 1 present, coder 2 absent" (two coders). */
  cells: number;
  /** Which document (input index) each block belongs to. */
  blockDocuments: Int32Array;
  /** Per block, the histogram of its units with nobody marking anything. */
  base: Float64Array;
  /** Per code, corrections to the base: entry e adds `values[e]` to cell `cellIndex[e]` of block `blocks[e]`. */
  codes: Array<{ blocks: Int32Array; cellIndex: Int32Array; values: Float64Array }>;
}

export class PresenceBuilder {
  private readonly blockDocuments: number[] = [];
  private readonly base: number[] = [];
  private readonly entries: Array<{ blocks: number[]; cellIndex: number[]; values: number[] }>;
  readonly cells: number;
  private readonly firstOnly: number;

  constructor(
    readonly coders: number,
    codeCount: number,
  ) {
    this.firstOnly = cell(coders + 1, 0);
    this.cells = this.firstOnly + 1;
    this.entries = Array.from({ length: codeCount }, () => ({ blocks: [], cellIndex: [], values: [] }));
  }

  newBlock(documentIndex: number): number {
    this.blockDocuments.push(documentIndex);
    for (let i = 0; i < this.cells; i++) this.base.push(0);
    return this.blockDocuments.length - 1;
  }

  /** `weight` units rated by the coders in `ratedMask`, all absent for every code unless marked. */
  addUnits(block: number, weight: number, ratedMask: number): void {
    this.base[block * this.cells + cell(popCount(ratedMask), 0)]! += weight;
  }

  /** Of units already added, `weight` have code `code` marked by the coders in `presentMask`. */
  markPresent(block: number, code: number, weight: number, ratedMask: number, presentMask: number): void {
    const m = popCount(ratedMask);
    this.push(code, block, cell(m, 0), -weight);
    this.addCodeUnits(block, code, weight, ratedMask, presentMask);
  }

  /** Units that exist for one code only (matched passages), with their marks. */
  addCodeUnits(block: number, code: number, weight: number, ratedMask: number, presentMask: number): void {
    const present = presentMask & ratedMask;
    const m = popCount(ratedMask);
    this.push(code, block, cell(m, popCount(present)), weight);
    if (this.coders === 2 && m === 2 && present === 1) this.push(code, block, this.firstOnly, weight);
  }

  private push(code: number, block: number, cellIndex: number, value: number): void {
    const e = this.entries[code]!;
    e.blocks.push(block);
    e.cellIndex.push(cellIndex);
    e.values.push(value);
  }

  build(): PresenceData {
    return {
      coders: this.coders,
      cells: this.cells,
      blockDocuments: Int32Array.from(this.blockDocuments),
      base: Float64Array.from(this.base),
      codes: this.entries.map((e) => consolidate(e, this.cells)),
    };
  }
}

// Entries come block by block (every builder fills one block, or one document's blocks, at a time);
// summing each block's entries per cell leaves at most one entry per (block, cell), which is what a
// bootstrap resample then walks, thousands of times.
function consolidate(e: { blocks: number[]; cellIndex: number[]; values: number[] }, cells: number): PresenceData['codes'][number] {
  const blocks: number[] = [];
  const cellIndex: number[] = [];
  const values: number[] = [];
  const sums = new Float64Array(cells);
  const touched: number[] = [];
  const flush = (block: number) => {
    touched.sort((a, b) => a - b);
    for (const c of touched) {
      if (sums[c] !== 0) {
        blocks.push(block);
        cellIndex.push(c);
        values.push(sums[c]!);
      }
      sums[c] = 0;
    }
    touched.length = 0;
  };
  for (let i = 0; i < e.blocks.length; i++) {
    if (i > 0 && e.blocks[i] !== e.blocks[i - 1]) flush(e.blocks[i - 1]!);
    const c = e.cellIndex[i]!;
    if (sums[c] === 0 && !touched.includes(c)) touched.push(c);
    sums[c]! += e.values[i]!;
  }
  if (e.blocks.length > 0) flush(e.blocks[e.blocks.length - 1]!);
  return { blocks: Int32Array.from(blocks), cellIndex: Int32Array.from(cellIndex), values: Float64Array.from(values) };
}

/**
 * Each code's histogram summed over blocks (each block counted `weights[b]` times, once when no
 * weights), then the overall histogram pooled over codes: every (unit, code) pair one yes/no judgement,
 * for the codes someone applied in these documents. A code nobody applied adds only agreed absences:
 * pooled with them, every figure would rise with the size of the codebook (one code's kappa of 0.47
 * read 0.59 pooled with nine unused codes), so they are left out of the pooled histogram (decided on
 * the data, not per resample, so that every resample pools the same codes).
 */
export function presenceHistograms(data: PresenceData, weights?: ArrayLike<number>): { byCode: Float64Array[]; overall: Float64Array } {
  const H = data.cells;
  const base = new Float64Array(H);
  const blocks = data.blockDocuments.length;
  for (let b = 0; b < blocks; b++) {
    const w = weights ? weights[b]! : 1;
    if (w === 0) continue;
    for (let i = 0; i < H; i++) base[i]! += w * data.base[b * H + i]!;
  }
  const overall = new Float64Array(H);
  const byCode = data.codes.map((entries) => {
    const histogram = Float64Array.from(base);
    for (let e = 0; e < entries.blocks.length; e++) {
      const w = weights ? weights[entries.blocks[e]!]! : 1;
      if (w !== 0) histogram[entries.cellIndex[e]!]! += w * entries.values[e]!;
    }
    if (entries.blocks.length > 0) for (let i = 0; i < H; i++) overall[i]! += histogram[i]!;
    return histogram;
  });
  return { byCode, overall };
}

export interface PresenceFigures {
  /** Units rated by two or more coders (the units of percent agreement, S and alpha). */
  units: number;
  /** Units rated by every coder (the units of Cohen's and Fleiss' kappa). */
  completeUnits: number;
  /** Units only one coder rated: they cannot show agreement and are left out. */
  singleCoderUnits: number;
  /** Share of the ratings of pairable units that mark the code. */
  prevalence: number;
  /** Share of agreeing coder pairs over pairable units (plain percent agreement for two coders). */
  percentAgreement: number;
  /** Two coders only; NaN otherwise. */
  cohenKappa: number;
  fleissKappa: number;
  /** Bennett's S / Brennan-Prediger with two categories, present and absent. */
  bennettS: number;
  /** Krippendorff's alpha, nominal. */
  krippendorffAlpha: number;
}

export function presenceFigures(histogram: ArrayLike<number>, coders: number): PresenceFigures {
  let units = 0;
  let present = 0;
  let absent = 0;
  let pairs = 0;
  let agreeingPairs = 0;
  let bothPresent = 0;
  let bothAbsent = 0;
  let split = 0;
  for (let m = 2; m <= coders; m++) {
    for (let j = 0; j <= m; j++) {
      const h = histogram[cell(m, j)]!;
      if (h === 0) continue;
      units += h;
      present += h * j;
      absent += h * (m - j);
      pairs += (h * m * (m - 1)) / 2;
      agreeingPairs += (h * (j * (j - 1) + (m - j) * (m - j - 1))) / 2;
      bothPresent += (h * j * (j - 1)) / (m - 1);
      bothAbsent += (h * (m - j) * (m - j - 1)) / (m - 1);
      split += (h * j * (m - j)) / (m - 1);
    }
  }
  let singleCoderUnits = 0;
  for (let j = 0; j <= 1; j++) singleCoderUnits += histogram[cell(1, j)]!;
  const completeRows: number[][] = [];
  const completeWeights: number[] = [];
  for (let j = 0; j <= coders; j++) {
    completeRows.push([j, coders - j]);
    completeWeights.push(histogram[cell(coders, j)]!);
  }
  const completeUnits = completeWeights.reduce((sum, w) => sum + w, 0);
  const percentAgreement = pairs === 0 ? Number.NaN : agreeingPairs / pairs;

  let kappa = Number.NaN;
  let s = bennettSFromAgreement(percentAgreement, 2);
  if (coders === 2) {
    const firstOnly = histogram[cell(coders + 1, 0)]!;
    const table = [
      [histogram[cell(2, 2)]!, firstOnly],
      [histogram[cell(2, 1)]! - firstOnly, histogram[cell(2, 0)]!],
    ];
    kappa = cohenKappa(table);
    s = bennettS(table);
  }
  return {
    units,
    completeUnits,
    singleCoderUnits,
    prevalence: present + absent === 0 ? Number.NaN : present / (present + absent),
    percentAgreement,
    cohenKappa: kappa,
    fleissKappa: completeUnits === 0 ? Number.NaN : fleissKappaWeighted(completeRows, completeWeights).kappa,
    bennettS: s,
    krippendorffAlpha: alphaFromCoincidences(
      [
        [bothPresent, split],
        [split, bothAbsent],
      ],
      'nominal',
    ),
  };
}
