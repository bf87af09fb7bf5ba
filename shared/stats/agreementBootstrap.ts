// Percentile intervals for many figures from the same resamples: an agreement report puts an interval
// on five statistics for every code and for all codes pooled, and all of them must come from one set of
// draws (the seed shown once). The draws are bootstrap.ts's own: each resample's weights come from
// bootstrapInterval, and the figures computed from them are collected here.
import { bootstrapInterval, quantile, type BootstrapOptions, type Interval } from './bootstrap';

/**
 * `statistics(weights)` returns `count` figures for one resample (weights: how many times each of the
 * n units was drawn). Each figure gets the percentile interval of its finite values; null when none is.
 */
export function bootstrapIntervals(n: number, count: number, statistics: (weights: Uint32Array) => ArrayLike<number>, options: BootstrapOptions): Array<Interval | null> {
  const draws = Array.from({ length: count }, () => [] as number[]);
  bootstrapInterval(
    n,
    (weights) => {
      const values = statistics(weights);
      for (let i = 0; i < count; i++) {
        if (Number.isFinite(values[i])) draws[i]!.push(values[i]!);
      }
      return 0;
    },
    options,
  );
  const tail = (1 - (options.level ?? 0.95)) / 2;
  return draws.map((values) => {
    if (values.length === 0) return null;
    values.sort((x, y) => x - y);
    return { low: quantile(values, tail), high: quantile(values, 1 - tail) };
  });
}
