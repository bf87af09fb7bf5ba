// Many bootstrap intervals from one set of resamples, for statistics that are functions of sums over
// the units (rates such as passages per 1,000 words, shares of text coded, shares of documents). A
// Compare table needs intervals for every cell and measure: drawing the resample once and summing
// each unit's values into all of them at once costs one pass per resample, where one
// bootstrapInterval call per cell would redraw the same resample hundreds of times.
//
// The draws are those of bootstrapInterval (bootstrap.ts) for the same seed: n calls of rng.int(n)
// per resample, counted per unit, so a statistic computed here and there from the same seed gives
// the same interval.
import { quantile, type BootstrapOptions, type Interval } from './bootstrap';
import { createRng } from './random';

export interface UnitSums {
  /** Number of units (documents). */
  n: number;
  /** Values per unit. */
  k: number;
  /** n × k values, unit after unit (row-major). */
  values: Float64Array;
}

/**
 * The percentile interval of each of `m` statistics. `statistics(sums, out)` gets the k sums of one
 * resample (each unit's values added as many times as it was drawn) and writes the m statistics into
 * `out`. A statistic that is not a finite number in a resample (a rate with nothing under it) is left
 * out of that statistic's interval; null when it never is finite.
 */
export function bootstrapSumIntervals(
  units: UnitSums,
  m: number,
  statistics: (sums: Float64Array, out: Float64Array) => void,
  options: BootstrapOptions,
): Array<Interval | null> {
  const { n, k, values } = units;
  if (n === 0) return new Array<Interval | null>(m).fill(null);
  const rng = createRng(options.seed);
  const resamples = options.resamples;
  const sums = new Float64Array(k);
  const out = new Float64Array(m);
  const weights = new Uint32Array(n);
  // Statistic-major, so each statistic's resampled values are one contiguous run to sort.
  const drawn = new Float64Array(m * resamples);
  for (let r = 0; r < resamples; r++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[rng.int(n)]! += 1;
    // About a third of the units are not drawn in a resample (e^-1): skip them.
    sums.fill(0);
    for (let u = 0; u < n; u++) {
      const w = weights[u]!;
      if (w === 0) continue;
      const base = u * k;
      for (let j = 0; j < k; j++) sums[j]! += w * values[base + j]!;
    }
    out.fill(Number.NaN);
    statistics(sums, out);
    for (let s = 0; s < m; s++) drawn[s * resamples + r] = out[s]!;
  }
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  const intervals: Array<Interval | null> = [];
  for (let s = 0; s < m; s++) {
    const finite: number[] = [];
    for (let r = 0; r < resamples; r++) {
      const value = drawn[s * resamples + r]!;
      if (Number.isFinite(value)) finite.push(value);
    }
    if (finite.length === 0) {
      intervals.push(null);
      continue;
    }
    finite.sort((x, y) => x - y);
    intervals.push({ low: quantile(finite, alpha), high: quantile(finite, 1 - alpha) });
  }
  return intervals;
}
