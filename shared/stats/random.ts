// A seeded pseudo-random generator for every resampling in Framewise (bootstrap intervals in Compare
// and Agreement): a figure must come out the same when the same seed is given again, on any machine,
// so Math.random is never used for statistics. The generator is sfc32 (Chris Doty-Humphrey's Small
// Fast Chaotic PRNG, from PractRand), seeded through splitmix32 so that nearby seeds give unrelated
// streams. Its period is about 2^127 on average, far beyond the few million draws a bootstrap takes.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /**
   * One bootstrap resample of n units: n draws of int(n), each added to `counts` (length n, zeroed by
   * the caller). The same draws as n calls of int(n), without a function call per draw (a Compare
   * table's intervals make millions of them).
   */
  countDraws(n: number, counts: Uint32Array): void;
}

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = 1;
  const nextUint = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Warm-up, as sfc32's author recommends: the first outputs of a fresh state are correlated.
  for (let i = 0; i < 12; i++) nextUint();
  const next = () => nextUint() / 4294967296;
  const countDraws = (n: number, counts: Uint32Array) => {
    // nextUint inlined over local copies of the state, written back at the end.
    let sa = a;
    let sb = b;
    let sc = c;
    let sd = d;
    for (let i = 0; i < n; i++) {
      const t = (((sa + sb) >>> 0) + sd) >>> 0;
      sd = (sd + 1) >>> 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) >>> 0;
      sc = ((sc << 21) | (sc >>> 11)) >>> 0;
      sc = (sc + t) >>> 0;
      counts[Math.floor((t / 4294967296) * n)]! += 1;
    }
    a = sa;
    b = sb;
    c = sc;
    d = sd;
  };
  return { next, int: (n) => Math.floor(next() * n), countDraws };
}
