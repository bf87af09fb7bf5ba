// 95% bootstrap intervals for every cell and measure of a Compare table, with the document as the unit
// of independence: each column's documents are resampled with replacement, and every cell of that
// column is recomputed from the resampled documents' sums (bootstrapSums.ts). Rates are ratios of
// sums over the resample (passages per 1,000 of its words, its characters covered over its
// characters, both as a reader counts characters: compare.ts), not means of per-document rates, so
// long documents weigh as they do in the table.
//
// Each column draws from its own stream, seeded from the table's seed and the column's key, so adding
// or removing a column leaves the other columns' intervals as they were. All rows of a column share
// its resamples.
import type { Interval } from './bootstrap';
import { bootstrapSumIntervals } from './bootstrapSums';
import { COMPARE_MEASURES, UNIT_VALUES_PER_ROW, type CompareMeasure, type CompareTable } from './compare';

export interface CompareIntervalOptions {
  resamples: number;
  seed: number;
  /** 0.95 unless said. */
  level?: number;
}

/** intervals[measure][row][column]; null where no resample gave a number (an empty column). */
export type CompareIntervals = Record<CompareMeasure, Array<Array<Interval | null>>>;

export function compareIntervals(table: CompareTable, options: CompareIntervalOptions): CompareIntervals {
  const rows = table.rows.length;
  const measures = COMPARE_MEASURES.length;
  const result = Object.fromEntries(COMPARE_MEASURES.map((m) => [m, table.rows.map(() => new Array<Interval | null>(table.columns.length).fill(null))])) as CompareIntervals;
  table.columns.forEach((column, c) => {
    const units = table.units[c]!;
    const k = units.k;
    const intervals = bootstrapSumIntervals(
      units,
      rows * measures,
      (sums, out) => {
        const words = sums[k - 2]!;
        const characters = sums[k - 1]!;
        for (let r = 0; r < rows; r++) {
          const at = r * UNIT_VALUES_PER_ROW;
          const o = r * measures;
          out[o] = sums[at]!; // passages
          out[o + 1] = sums[at + 3]!; // documents with a passage (a document drawn twice counts twice, as n does)
          out[o + 2] = sums[at + 2]!; // words
          out[o + 3] = sums[at + 1]! / characters; // share
          out[o + 4] = (sums[at]! / words) * 1000; // per 1,000 words
        }
      },
      { resamples: options.resamples, seed: columnSeed(options.seed, column.key), level: options.level ?? 0.95 },
    );
    for (let r = 0; r < rows; r++) {
      COMPARE_MEASURES.forEach((measure, m) => {
        result[measure][r]![c] = intervals[r * measures + m]!;
      });
    }
  });
  return result;
}

/**
 * The seed of one column's stream: the table's seed mixed with the column's key (FNV-1a over its
 * UTF-16 units, then the seed), so it is the same on every machine and for every order of columns.
 */
export function columnSeed(seed: number, key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= seed >>> 0;
  hash = Math.imul(hash, 0x01000193);
  return hash >>> 0;
}
