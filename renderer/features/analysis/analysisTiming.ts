// Performance marks of the steps between a click on Compare (or Retrieve) and its painted table: the
// read, the window's index, loading the rows into the worker, the question itself. They cost a few
// microseconds, show in a Chromium trace by name, and the analysis benchmark reads them
// (test/bench/analysis.bench.ts) to say where the time above the read goes.
export const TIMING_PREFIX = 'framewise analysis: ';

export async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(TIMING_PREFIX + step, { start });
  }
}

export function timedNow<T>(step: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(TIMING_PREFIX + step, { start });
  }
}
