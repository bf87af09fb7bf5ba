// Code co-occurrence: for each pair of codes, how often they apply to the same passage (or the same
// paragraph), with the c-coefficient and the conditional shares. What is counted, so that n1, n2 and
// n12 are counts of one kind of thing and c = n12 / (n1 + n2 − n12) lies in [0, 1]:
//
// - unit 'overlap': for a pair (A, B), the units are the passages of "A or B" in each document: the
//   codings of A and of B, overlapping ones joined into one passage (as Retrieve joins them). n1 is
//   the number of those passages that hold a coding of A, n2 of B, n12 of both. A passage of A that
//   overlaps a passage of B is one unit with both; two passages of A that one long passage of B
//   overlaps become one unit, so n1 can be less than A's own count of passages (the diagonal).
// - unit 'paragraph': the units are paragraphs; n1 is the paragraphs a coding of A touches, n12 the
//   paragraphs touched by both A and B.
//
// c is ATLAS.ti's c-coefficient (n12 / (n1 + n2 − n12), the Jaccard index of the two sets of units);
// P(B | A) = n12 / n1 is the share of A's units that also have B (not symmetric).
import type { CodingRecord } from '../model';
import type { DocumentFilter } from '../library/documentFilter';
import { codingsOf, expandCodes, type AnalysisIndex } from '../analysis/analysisIndex';
import { documentGroups, type Group, type Grouping } from '../analysis/grouping';
import { paragraphSpan } from '../analysis/paragraphIndex';
import { overlapComponents, type Range } from '../analysis/ranges';
import { coderFilter, describePassages, retrievePassages, type FoundPassage, type RetrievedPassage } from '../retrieve/retrievePassages';
import { EMPTY_RETRIEVE_QUERY } from '../retrieve/retrieveQuery';

export interface CooccurrenceOptions {
  /** The codes, in the order of the matrix (empty: every code, in tree order). */
  codeIds: string[];
  /** Each code counts its subcodes' codings as its own. */
  withSubcodes: boolean;
  unit: 'overlap' | 'paragraph';
  coderIds: string[];
  documents: DocumentFilter;
  /** One matrix per group; { kind: 'none' } for one matrix of all documents. */
  grouping: Grouping;
}

export interface CooccurrenceCell {
  n1: number;
  n2: number;
  n12: number;
  /** n12 / (n1 + n2 − n12); NaN when neither code has a unit. */
  c: number;
  /** n12 / n1: of the row code's units, the share that have the column code too. NaN when n1 = 0. */
  pColumnGivenRow: number;
}

export interface CooccurrenceMatrix {
  group: Group;
  /** cells[row code][column code]; the diagonal holds each code's own units (n1 = n2 = n12). */
  cells: CooccurrenceCell[][];
}

export interface CooccurrenceResult {
  codeIds: string[];
  matrices: CooccurrenceMatrix[];
  problems: string[];
}

/** The c-coefficient n12 / (n1 + n2 − n12). */
export function cCoefficient(n1: number, n2: number, n12: number): number {
  const union = n1 + n2 - n12;
  return union > 0 ? n12 / union : Number.NaN;
}

export function cooccurrence(index: AnalysisIndex, options: CooccurrenceOptions): CooccurrenceResult {
  const { groups, codeIds, families, problems } = prepare(index, options);
  const k = codeIds.length;
  const matrices = groups.map((group) => {
    const n12 = new Float64Array(k * k);
    const n1 = new Float64Array(k * k);
    const n2 = new Float64Array(k * k);
    const coders = coderFilter(options.coderIds, group.coderId);
    for (const docId of group.docIds) {
      const lists = families.map((family) => codingsOf(index, docId, family, coders));
      if (options.unit === 'paragraph') {
        const paragraphs = index.paragraphs(docId);
        if (!paragraphs) continue;
        const touched = lists.map((list) => {
          const set = new Set<number>();
          for (const coding of list) {
            const span = paragraphSpan(paragraphs, coding.start, coding.end);
            for (let p = span.first; p <= span.last; p++) set.add(p);
          }
          return set;
        });
        for (let a = 0; a < k; a++) {
          for (let b = 0; b < k; b++) {
            const [small, large] = touched[a]!.size <= touched[b]!.size ? [touched[a]!, touched[b]!] : [touched[b]!, touched[a]!];
            let both = 0;
            for (const p of small) if (large.has(p)) both++;
            n1[a * k + b]! += touched[a]!.size;
            n2[a * k + b]! += touched[b]!.size;
            n12[a * k + b]! += both;
          }
        }
      } else {
        for (let a = 0; a < k; a++) {
          for (let b = a; b < k; b++) {
            const counts = a === b ? selfCounts(lists[a]!) : pairCounts(lists[a]!, lists[b]!);
            n1[a * k + b]! += counts.a;
            n2[a * k + b]! += counts.b;
            n12[a * k + b]! += counts.both;
            if (a !== b) {
              n1[b * k + a]! += counts.b;
              n2[b * k + a]! += counts.a;
              n12[b * k + a]! += counts.both;
            }
          }
        }
      }
    }
    const cells = Array.from({ length: k }, (_, a) =>
      Array.from({ length: k }, (_, b) => {
        const cell = { n1: n1[a * k + b]!, n2: n2[a * k + b]!, n12: n12[a * k + b]! };
        return { ...cell, c: cCoefficient(cell.n1, cell.n2, cell.n12), pColumnGivenRow: cell.n1 > 0 ? cell.n12 / cell.n1 : Number.NaN };
      }),
    );
    return { group, cells };
  });
  return { codeIds, matrices, problems };
}

/**
 * The units behind a cell, for a click that opens them: the passages (or paragraphs) that hold both
 * codes, in the cell's group (the first group when none is named).
 */
export function cooccurrencePassages(index: AnalysisIndex, options: CooccurrenceOptions, codeA: string, codeB: string, groupKey?: string): RetrievedPassage[] {
  const { groups } = prepare(index, { ...options, codeIds: [codeA, codeB] });
  const group = groups.find((g) => g.key === groupKey) ?? groups[0];
  if (!group) return [];
  const coders = coderFilter(options.coderIds, group.coderId);
  const familyA = expandCodes(index, [codeA], options.withSubcodes);
  const familyB = expandCodes(index, [codeB], options.withSubcodes);
  const inA = new Set(familyA);
  const inB = new Set(familyB);
  const out: RetrievedPassage[] = [];
  for (const docId of group.docIds) {
    const listA = codingsOf(index, docId, familyA, coders);
    const listB = codingsOf(index, docId, familyB, coders);
    if (listA.length === 0 || listB.length === 0) continue;
    let units: FoundPassage[];
    if (options.unit === 'paragraph') {
      const paragraphs = index.paragraphs(docId);
      if (!paragraphs) continue;
      const byParagraph = new Map<number, CodingRecord[]>();
      for (const coding of [...listA, ...listB]) {
        const span = paragraphSpan(paragraphs, coding.start, coding.end);
        for (let p = span.first; p <= span.last; p++) byParagraph.set(p, [...(byParagraph.get(p) ?? []), coding]);
      }
      units = [...byParagraph.entries()]
        .filter(([, members]) => members.some((c) => inA.has(c.codeId)) && members.some((c) => inB.has(c.codeId)))
        .sort(([x], [y]) => x - y)
        .map(([p, members]) => ({ start: paragraphs.starts[p]!, end: paragraphs.ends[p]!, members: [...new Set(members)].sort((x, y) => x.start - y.start) }));
    } else {
      units = overlapComponents(mergeSorted(listA, listB)).filter((unit) => unit.members.some((c) => inA.has(c.codeId)) && unit.members.some((c) => inB.has(c.codeId)));
    }
    out.push(...describePassages(index, docId, units, [...familyA, ...familyB], coders));
  }
  return out;
}

function prepare(index: AnalysisIndex, options: CooccurrenceOptions) {
  const problems: string[] = [];
  const requested = options.codeIds.length > 0 ? options.codeIds : index.codeOrder;
  const codeIds = requested.filter((id) => index.codesById.has(id));
  if (codeIds.length < requested.length) problems.push(`${requested.length - codeIds.length} chosen code${requested.length - codeIds.length === 1 ? ' is' : 's are'} no longer in the codebook and ${requested.length - codeIds.length === 1 ? 'was' : 'were'} left out.`);
  const families = codeIds.map((id) => expandCodes(index, [id], options.withSubcodes));
  const filtered = retrievePassages(index, { ...EMPTY_RETRIEVE_QUERY, documents: options.documents });
  const docIds = new Set(filtered.docIds);
  const documents = index.documents.filter((doc) => docIds.has(doc.id));
  const groups = documentGroups(documents, options.grouping, { sets: index.rows.sets, coders: index.rows.coders });
  return { groups, codeIds, families, problems: [...problems, ...filtered.problems] };
}

/** A code's own units: its passages (overlapping codings joined). */
function selfCounts(list: readonly Range[]): { a: number; b: number; both: number } {
  const n = overlapComponents(list).length;
  return { a: n, b: n, both: n };
}

/** Units of "A or B" holding A, B and both, from two start-sorted lists, in one merge pass. */
function pairCounts(listA: readonly Range[], listB: readonly Range[]): { a: number; b: number; both: number } {
  let a = 0;
  let b = 0;
  let both = 0;
  let i = 0;
  let j = 0;
  let end = -1;
  let hasA = false;
  let hasB = false;
  while (i < listA.length || j < listB.length) {
    const takeA = j >= listB.length || (i < listA.length && listA[i]!.start <= listB[j]!.start);
    const range = takeA ? listA[i++]! : listB[j++]!;
    if (range.end <= range.start) continue;
    if (range.start >= end) {
      // The unit so far is closed: count what it held, and start the next.
      if (hasA) a++;
      if (hasB) b++;
      if (hasA && hasB) both++;
      hasA = false;
      hasB = false;
      end = range.end;
    } else if (range.end > end) end = range.end;
    if (takeA) hasA = true;
    else hasB = true;
  }
  if (hasA) a++;
  if (hasB) b++;
  if (hasA && hasB) both++;
  return { a, b, both };
}

function mergeSorted(a: readonly CodingRecord[], b: readonly CodingRecord[]): CodingRecord[] {
  return [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end);
}
