// Percentile bootstrap intervals (Efron & Tibshirani 1993, ch. 13), the one way Framewise puts an
// interval on a figure: resample the units of independence (documents in Compare, units in Agreement)
// with replacement, recompute the figure, and take the quantiles of what comes out. Seeded (random.ts),
// so an interval can be reproduced from the seed shown beside it.
import { createRng } from './random';

export interface BootstrapOptions {
  /** How many resamples; 2,000 is the usual for a 95% percentile interval. */
  resamples: number;
  seed: number;
  /** Coverage, 0.95 for a 95% interval. */
  level?: number;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * The interval of `statistic` over `n` units: `statistic` is called with the counts of how many times
 * each unit was drawn in one resample (a Uint32Array of length n summing to n), which lets a caller
 * recompute a rate from per-unit sums without building the resampled list. Resamples whose statistic
 * is not a finite number (no data drawn) are left out; null when none is finite.
 */
export function bootstrapInterval(n: number, statistic: (weights: Uint32Array) => number, options: BootstrapOptions): Interval | null {
  if (n === 0) return null;
  const rng = createRng(options.seed);
  const weights = new Uint32Array(n);
  const values: number[] = [];
  for (let r = 0; r < options.resamples; r++) {
    weights.fill(0);
    rng.countDraws(n, weights);
    const value = statistic(weights);
    if (Number.isFinite(value)) values.push(value);
  }
  if (values.length === 0) return null;
  values.sort((x, y) => x - y);
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  return { low: quantile(values, alpha), high: quantile(values, 1 - alpha) };
}

/** The q-quantile of sorted values, interpolated between order statistics (R's type 7). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
