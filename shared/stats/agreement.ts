// Agreement statistics as pure functions over plain numbers: the figures a methods section reports.
// Definitions, each checked against a published worked example in test/shared/stats/agreement.test.ts:
// - Krippendorff's alpha: Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability" (the
//   coincidence-matrix form, with its nominal, ordinal, interval and ratio difference functions).
// - Percent agreement, Bennett's S, Scott's pi, Cohen's kappa: Artstein & Poesio (2008), section 2.
// - Weighted kappa: Cohen (1968), with disagreement weights |i-j|/(q-1) or ((i-j)/(q-1))^2.
// - Fleiss' kappa and its per-category kappas: Fleiss (1971), equations 2-9 and 20-21.
// - Unitized alpha: Krippendorff (2004), in agreementUnitized.ts.
// A figure that the data cannot define (no pairable units, no variation at all) is NaN, never a
// made-up 0 or 1: the report says why in words.

export { unitizedAlpha } from './agreementUnitized';

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Krippendorff's alpha for `units` (rows are units, columns coders, `null` a missing value). Units
 * with fewer than two values are not pairable and are left out, as Krippendorff (2011) says. Ordinal
 * ranks numbers numerically and strings lexicographically (by UTF-16 code unit, so the same order on
 * every machine); interval and ratio need numbers.
 */
export function krippendorffAlpha(units: (number | string | null)[][], level: MeasurementLevel): number {
  const values = distinctValues(units, level);
  const index = new Map(values.map((value, i) => [valueKey(value), i]));
  const q = values.length;
  const coincidences = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  const counts = new Array<number>(q).fill(0);
  for (const unit of units) {
    counts.fill(0);
    let m = 0;
    for (const value of unit) {
      if (value === null) continue;
      counts[index.get(valueKey(value))!]! += 1;
      m++;
    }
    if (m < 2) continue;
    for (let c = 0; c < q; c++) {
      if (counts[c] === 0) continue;
      for (let k = 0; k < q; k++) {
        const pairs = counts[c]! * (counts[k]! - (c === k ? 1 : 0));
        if (pairs > 0) coincidences[c]![k]! += pairs / (m - 1);
      }
    }
  }
  return alphaFromCoincidences(coincidences, level, values);
}

/**
 * Alpha from a coincidence matrix (Krippendorff 2011, section C): `1 - (n-1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck`.
 * `values` are the numbers behind the rows, needed for interval and ratio; ordinal needs only their
 * order, which is the rows' order. NaN when nothing is pairable or only one value occurs.
 */
export function alphaFromCoincidences(coincidences: readonly (readonly number[])[], level: MeasurementLevel, values?: readonly (number | string)[]): number {
  const q = coincidences.length;
  const marginals = coincidences.map((row) => row.reduce((sum, x) => sum + x, 0));
  const n = marginals.reduce((sum, x) => sum + x, 0);
  const delta = differenceFunction(level, marginals, values);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < q; c++) {
    for (let k = 0; k < q; k++) {
      if (c === k) continue;
      const d = delta(c, k);
      observed += coincidences[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  if (n <= 1 || expected === 0) return Number.NaN;
  return 1 - ((n - 1) * observed) / expected;
}

function differenceFunction(level: MeasurementLevel, marginals: readonly number[], values?: readonly (number | string)[]): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return () => 1;
    case 'ordinal': {
      // δ²(c,k) = (Σ_{g=c..k} n_g - (n_c + n_k)/2)², the ranks' distance in the marginal frequencies.
      const cumulative = [0];
      for (const n of marginals) cumulative.push(cumulative[cumulative.length - 1]! + n);
      return (c, k) => {
        const [lo, hi] = c < k ? [c, k] : [k, c];
        const d = cumulative[hi + 1]! - cumulative[lo]! - (marginals[lo]! + marginals[hi]!) / 2;
        return d * d;
      };
    }
    case 'interval':
    case 'ratio': {
      const numbers = (values ?? []).map((value) => {
        if (typeof value !== 'number') throw new TypeError(`${level} alpha needs numbers; got the value “${String(value)}”`);
        return value;
      });
      if (numbers.length !== marginals.length) throw new RangeError(`${level} alpha needs the number behind each of the ${marginals.length} values`);
      if (level === 'interval') return (c, k) => (numbers[c]! - numbers[k]!) ** 2;
      return (c, k) => {
        const sum = numbers[c]! + numbers[k]!;
        return sum === 0 ? 0 : ((numbers[c]! - numbers[k]!) / sum) ** 2;
      };
    }
  }
}

function distinctValues(units: (number | string | null)[][], level: MeasurementLevel): (number | string)[] {
  const seen = new Map<string, number | string>();
  for (const unit of units) {
    for (const value of unit) {
      if (value === null) continue;
      if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`alpha needs finite numbers; got ${value}`);
      seen.set(valueKey(value), value);
    }
  }
  const values = [...seen.values()];
  const numbers = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  const strings = values.filter((v): v is string => typeof v === 'string').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (level !== 'nominal' && strings.length > 0 && numbers.length > 0) {
    throw new TypeError(`${level} alpha cannot order numbers and strings together; use one kind of value`);
  }
  return [...numbers, ...strings];
}

// 1 and "1" are different values: a coder who typed "1" did not choose the number 1.
function valueKey(value: number | string): string {
  return typeof value === 'number' ? `n${value}` : `s${value}`;
}

/** `table[i][j]`: units coder 1 put in category i and coder 2 in category j. */
export function percentAgreement(table: number[][]): number {
  const { total, diagonal } = tableSums(table);
  return total === 0 ? Number.NaN : diagonal / total;
}

/** Cohen's kappa: chance is the product of each coder's own category proportions, summed over categories. */
export function cohenKappa(table: number[][]): number {
  const { total, diagonal, rows, columns } = tableSums(table);
  if (total === 0) return Number.NaN;
  let chance = 0;
  for (let i = 0; i < rows.length; i++) chance += (rows[i]! / total) * (columns[i]! / total);
  return chanceCorrected(diagonal / total, chance);
}

/** Scott's pi: chance from the two coders' pooled category proportions. */
export function scottPi(table: number[][]): number {
  const { total, diagonal, rows, columns } = tableSums(table);
  if (total === 0) return Number.NaN;
  let chance = 0;
  for (let i = 0; i < rows.length; i++) chance += ((rows[i]! + columns[i]!) / (2 * total)) ** 2;
  return chanceCorrected(diagonal / total, chance);
}

/**
 * Bennett, Alpert & Goldstein's S (Brennan & Prediger's kappa_n): chance is 1/q for the table's q
 * categories. The table's size is the researcher's choice of categories, not the codes that happen
 * to occur (MAXQDA's version counts only those, so its chance term moves with the data).
 */
export function bennettS(table: number[][]): number {
  const { total, diagonal } = tableSums(table);
  if (total === 0) return Number.NaN;
  return bennettSFromAgreement(diagonal / total, table.length);
}

/** S from an observed agreement and the number of categories, for two or more coders (pairwise agreement). */
export function bennettSFromAgreement(observed: number, categories: number): number {
  if (categories < 2) return Number.NaN;
  return chanceCorrected(observed, 1 / categories);
}

/** Cohen's (1968) weighted kappa with disagreement weights that grow with the categories' distance. */
export function weightedCohenKappa(table: number[][], weights: 'linear' | 'quadratic'): number {
  const { total, rows, columns } = tableSums(table);
  const q = table.length;
  if (total === 0 || q < 2) return Number.NaN;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < q; i++) {
    for (let j = 0; j < q; j++) {
      const distance = Math.abs(i - j) / (q - 1);
      const w = weights === 'linear' ? distance : distance * distance;
      observed += w * table[i]![j]!;
      expected += (w * rows[i]! * columns[j]!) / total;
    }
  }
  return expected === 0 ? Number.NaN : 1 - observed / expected;
}

/** Fleiss' kappa; `counts[i][j]` is how many raters put subject i in category j (the same number of raters for every subject). */
export function fleissKappa(counts: number[][]): { kappa: number; byCategory: number[] } {
  return fleissKappaWeighted(counts, counts.map(() => 1));
}

/**
 * Fleiss' kappa where row i stands for `weights[i]` identical subjects: the report's presence data come
 * as "so many units with j of m coders marking the code", and this avoids spelling each unit out.
 */
export function fleissKappaWeighted(counts: readonly (readonly number[])[], weights: readonly number[]): { kappa: number; byCategory: number[] } {
  const q = counts[0]?.length ?? 0;
  let raters = -1;
  let subjects = 0;
  let agreement = 0;
  const totals = new Array<number>(q).fill(0);
  const disagreementByCategory = new Array<number>(q).fill(0);
  counts.forEach((row, i) => {
    const w = weights[i]!;
    if (w === 0) return;
    if (row.length !== q) throw new RangeError(`Fleiss' kappa: row ${i + 1} has ${row.length} categories, the first has ${q}`);
    const m = row.reduce((sum, x) => sum + x, 0);
    if (raters === -1) raters = m;
    else if (m !== raters) throw new RangeError(`Fleiss' kappa needs the same number of raters for every subject: row ${i + 1} has ${m}, earlier rows ${raters}`);
    subjects += w;
    let squares = 0;
    row.forEach((n, j) => {
      if (n < 0) throw new RangeError(`Fleiss' kappa: a negative count in row ${i + 1}`);
      squares += n * n;
      totals[j]! += w * n;
      disagreementByCategory[j]! += w * n * (m - n);
    });
    agreement += w * (squares - m);
  });
  if (subjects === 0 || raters < 2) return { kappa: Number.NaN, byCategory: new Array<number>(q).fill(Number.NaN) };
  const ratings = subjects * raters;
  const proportions = totals.map((t) => t / ratings);
  const observed = agreement / (subjects * raters * (raters - 1));
  const chance = proportions.reduce((sum, p) => sum + p * p, 0);
  const byCategory = proportions.map((p, j) => {
    const spread = subjects * raters * (raters - 1) * p * (1 - p);
    return spread === 0 ? Number.NaN : 1 - disagreementByCategory[j]! / spread;
  });
  return { kappa: chanceCorrected(observed, chance), byCategory };
}

function chanceCorrected(observed: number, chance: number): number {
  return chance === 1 ? Number.NaN : (observed - chance) / (1 - chance);
}

function tableSums(table: number[][]): { total: number; diagonal: number; rows: number[]; columns: number[] } {
  const q = table.length;
  const rows = new Array<number>(q).fill(0);
  const columns = new Array<number>(q).fill(0);
  let total = 0;
  let diagonal = 0;
  table.forEach((row, i) => {
    if (row.length !== q) throw new RangeError(`an agreement table must be square: row ${i + 1} has ${row.length} cells, the table ${q} rows`);
    row.forEach((n, j) => {
      if (!(n >= 0)) throw new RangeError(`an agreement table holds counts: cell [${i}][${j}] is ${n}`);
      rows[i]! += n;
      columns[j]! += n;
      total += n;
      if (i === j) diagonal += n;
    });
  });
  return { total, diagonal, rows, columns };
}
