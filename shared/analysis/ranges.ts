// Arithmetic on `[start, end)` ranges of one document (UTF-16 units of its canonical text), shared by
// Retrieve, Compare and Co-occurrence so that all three cut passages the same way.
//
// Two ways of joining ranges, on purpose:
// - Overlap components: ranges that share at least one character are one passage. Ranges that only
//   touch ([0, 5) and [5, 9)) stay two passages: a researcher who coded two adjacent sentences
//   separately coded two passages.
// - Union runs: the set of characters covered, touching ranges joined. Characters and words "coded"
//   are counted on these, so that no character or word is counted twice.

export interface Range {
  start: number;
  end: number;
}

export interface Component<T extends Range> extends Range {
  /** The ranges that make it, in order of start. */
  members: T[];
}

/** Passages of ranges sorted by start: each maximal group of overlapping ranges. Empty ranges are left out. */
export function overlapComponents<T extends Range>(sorted: readonly T[]): Component<T>[] {
  const components: Component<T>[] = [];
  let current: Component<T> | null = null;
  for (const range of sorted) {
    if (range.end <= range.start) continue;
    if (current && range.start < current.end) {
      current.members.push(range);
      if (range.end > current.end) current.end = range.end;
    } else {
      current = { start: range.start, end: range.end, members: [range] };
      components.push(current);
    }
  }
  return components;
}

/** The characters covered by ranges sorted by start, as disjoint runs (touching ranges joined). */
export function unionRuns(sorted: readonly Range[]): Range[] {
  const runs: Range[] = [];
  for (const range of sorted) {
    if (range.end <= range.start) continue;
    const last = runs[runs.length - 1];
    if (last && range.start <= last.end) {
      if (range.end > last.end) last.end = range.end;
    } else runs.push({ start: range.start, end: range.end });
  }
  return runs;
}

/** The characters covered by both of two lists of disjoint sorted runs. */
export function intersectRuns(a: readonly Range[], b: readonly Range[]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (start < end) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}

/** True when `[start, end)` shares a character with one of the disjoint sorted runs. */
export function overlapsRuns(runs: readonly Range[], start: number, end: number): boolean {
  // The first run that ends after `start`; it overlaps when it also starts before `end`.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < runs.length && runs[lo]!.start < end;
}

/** Characters (UTF-16 units) covered by disjoint runs. */
export function runsLength(runs: readonly Range[]): number {
  let total = 0;
  for (const run of runs) total += run.end - run.start;
  return total;
}

/** Sorts by start, then end, in place, and returns the array. */
export function sortByStart<T extends Range>(ranges: T[]): T[] {
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the first of `sorted` (by start) whose start is at least `offset`. */
export function firstStartingAtOrAfter(sorted: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
