// The shape of a benchmark module: `export default (async () => BenchResult) satisfies Benchmark`.
export interface BenchFigure {
  name: string;
  /** Formatted with its unit: "412 ms", "1.38×". */
  value: string;
  note?: string;
}

export interface BenchResult {
  title: string;
  figures: BenchFigure[];
  /** One line: the ratio against the goal the issue names, met or not. */
  verdict?: string;
}

export type Benchmark = () => Promise<BenchResult>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
