// Distinctive words between two groups of texts: the weighted log-odds ratio with an informative
// Dirichlet prior of Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and
// Evaluation for Identifying the Content of Political Conflict", Political Analysis 16(4), 372–403,
// equations 16–22. For word w, target i and reference j, with prior α_w and α_0 = Σ α_w:
//
//   δ_w = log[(y_w^i + α_w) / (n^i + α_0 − y_w^i − α_w)] − log[(y_w^j + α_w) / (n^j + α_0 − y_w^j − α_w)]  (16)
//   σ²(δ_w) ≈ 1/(y_w^i + α_w) + 1/(y_w^j + α_w)                                                          (20)
//   z_w = δ_w / sqrt(σ²(δ_w))                                                                            (22)
//
// Natural logarithms, as in the paper. A term with α_w = 0 and no count on one side has an infinite
// δ: the informative prior built from the pooled text of both groups (informativePrior) gives every
// counted term a positive α_w, so that cannot happen with it.

export interface FightinWordsRow {
  term: string;
  delta: number;
  z: number;
}

/**
 * One row per term of `target` or `reference`, in order of z, highest (most typical of the target)
 * first; ties by term. `prior[w]` is α_w (0 when absent); α_0 is the sum of `prior`.
 */
export function fightinWords(target: Record<string, number>, reference: Record<string, number>, prior: Record<string, number>): { term: string; delta: number; z: number }[] {
  const ni = sumOf(target);
  const nj = sumOf(reference);
  const a0 = sumOf(prior);
  const terms = new Set([...Object.keys(target), ...Object.keys(reference)]);
  const rows: FightinWordsRow[] = [];
  for (const term of terms) {
    const yi = own(target, term);
    const yj = own(reference, term);
    const a = own(prior, term);
    const delta = Math.log((yi + a) / (ni + a0 - yi - a)) - Math.log((yj + a) / (nj + a0 - yj - a));
    const variance = 1 / (yi + a) + 1 / (yj + a);
    rows.push({ term, delta, z: delta / Math.sqrt(variance) });
  }
  return rows.sort((x, y) => y.z - x.z || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
}

/**
 * The informative prior the paper recommends: the pooled counts of both groups, scaled so the
 * prior's total weight α_0 is `totalWeight` (α_w = totalWeight × pooled_w / Σ pooled). A larger weight
 * pulls rare words' estimates harder toward the pooled rate.
 */
export function informativePrior(target: Record<string, number>, reference: Record<string, number>, totalWeight: number): Record<string, number> {
  // Maps, then Object.fromEntries: a word such as "__proto__" stays a word, not an object's prototype.
  const pooled = new Map<string, number>();
  for (const counts of [target, reference]) for (const term of Object.keys(counts)) pooled.set(term, (pooled.get(term) ?? 0) + counts[term]!);
  let total = 0;
  for (const count of pooled.values()) total += count;
  if (total === 0) return {};
  return Object.fromEntries([...pooled].map(([term, count]) => [term, (totalWeight * count) / total]));
}

function sumOf(counts: Record<string, number>): number {
  let sum = 0;
  for (const term of Object.keys(counts)) sum += counts[term]!;
  return sum;
}

// Own properties only: a word such as "constructor" must not read Object.prototype's.
function own(counts: Record<string, number>, term: string): number {
  return Object.prototype.hasOwnProperty.call(counts, term) ? counts[term]! : 0;
}
