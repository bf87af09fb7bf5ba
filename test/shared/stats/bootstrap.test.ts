import { describe, expect, test } from 'vitest';
import { createRng } from '../../../shared/stats/random';
import { bootstrapInterval, quantile } from '../../../shared/stats/bootstrap';

describe('createRng', () => {
  test('gives the same stream for the same seed and another for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  test('draws integers evenly over [0, n)', () => {
    const rng = createRng(7);
    const counts = new Array(4).fill(0);
    for (let i = 0; i < 40_000; i++) counts[rng.int(4)]++;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  test('counts one resample the same draws as n calls of int(n), and the stream goes on from there', () => {
    const byCalls = createRng(2024);
    const byCounts = createRng(2024);
    for (const n of [1, 7, 333]) {
      const expected = new Uint32Array(n);
      for (let i = 0; i < n; i++) expected[byCalls.int(n)]! += 1;
      const counts = new Uint32Array(n);
      byCounts.countDraws(n, counts);
      expect([...counts]).toEqual([...expected]);
      expect(counts.reduce((sum, x) => sum + x, 0)).toBe(n);
    }
    expect(byCounts.next()).toBe(byCalls.next());
  });
});

describe('quantile', () => {
  test('interpolates as R type 7 does', () => {
    // R: quantile(c(1, 2, 3, 4), c(0.25, 0.5, 0.975)) gives 1.75, 2.5, 3.925
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
  });
});

describe('bootstrapInterval', () => {
  const values = Array.from({ length: 200 }, (_, i) => (i % 10) + 1);
  const mean = (weights: Uint32Array) => {
    let sum = 0;
    let n = 0;
    weights.forEach((w, i) => {
      sum += w * values[i]!;
      n += w;
    });
    return sum / n;
  };

  test('is reproducible from its seed', () => {
    const options = { resamples: 500, seed: 2024 };
    expect(bootstrapInterval(values.length, mean, options)).toEqual(bootstrapInterval(values.length, mean, options));
  });

  test('brackets the mean about as wide as its standard error says', () => {
    const interval = bootstrapInterval(values.length, mean, { resamples: 2000, seed: 1 })!;
    // Mean 5.5, sd 2.87, n 200: standard error 0.203, so a 95% interval of about ±0.40.
    expect(interval.low).toBeLessThan(5.5);
    expect(interval.high).toBeGreaterThan(5.5);
    expect(interval.high - interval.low).toBeGreaterThan(0.65);
    expect(interval.high - interval.low).toBeLessThan(0.95);
  });

  test('has no interval without units', () => {
    expect(bootstrapInterval(0, mean, { resamples: 10, seed: 1 })).toBeNull();
  });
});
