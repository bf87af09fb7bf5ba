// Where coders disagree, as a list to work through: per document (in project order) and in text
// order. A passage is first grouped per code: the codings of that code that overlap, whoever made
// them. Such a group is
//   - an agreement when every coder who coded the document coded exactly the same characters;
//   - "boundaries" when every coder coded the passage but their extents differ;
//   - "coded by some" when some coders who coded the document have nothing of that code there.
// Two "coded by some" groups of different codes, made by different coders, whose extents match (the
// segment rule: overlap ÷ union at least the chosen share) are one disagreement, "different codes":
// one coder saw X where the other saw Y.
import { sha256Hex } from '../hash/sha256';
import type { CodingRecord } from '../model';
import type { CharacterIndex } from '../text/characterIndex';
import { documentCharacterIndex, mergeRanges, prepareAgreement, type AgreementInput, type PreparedAgreement } from './agreementInput';
import { DEFAULT_SEGMENT_OVERLAP, overlapShare } from './segmentUnits';

export type DisagreementKind = 'coded-by-some' | 'different-codes' | 'boundaries';

export interface Disagreement {
  /** Stable while its codings are: a hash of its kind and its codings' ids. */
  id: string;
  docId: string;
  kind: DisagreementKind;
  /** The extent of all its codings, `[start, end)` in UTF-16 units. */
  start: number;
  end: number;
  /** The codes involved, in the input's code order. */
  codeIds: string[];
  /** Each coder who coded the document, with their codings here (none: they left it uncoded). */
  byCoder: Array<{ coderId: string; codings: CodingRecord[] }>;
}

interface Group {
  code: number;
  start: number;
  end: number;
  coders: number;
  codings: CodingRecord[];
}

const KIND_ORDER: Record<DisagreementKind, number> = { 'coded-by-some': 0, 'different-codes': 1, boundaries: 2 };

export function listDisagreements(input: AgreementInput, options: { overlap?: number } = {}): Disagreement[] {
  const prepared = prepareAgreement(input);
  const threshold = options.overlap ?? DEFAULT_SEGMENT_OVERLAP;
  const result: Disagreement[] = [];
  input.documents.forEach((doc, d) => {
    const rated = prepared.ratedMasks[d]!;
    if (rated === 0 || (rated & (rated - 1)) === 0) return; // nobody, or one coder: nothing to compare
    const groups = groupsOf(prepared, d);
    const open: Group[] = [];
    const found: Array<{ kind: DisagreementKind; groups: Group[] }> = [];
    for (const group of groups) {
      if ((group.coders & rated) !== rated) open.push(group);
      else if (!sameExtents(group)) found.push({ kind: 'boundaries', groups: [group] });
    }
    const pairs: Array<{ share: number; a: number; b: number }> = [];
    // The share is of characters as a reader counts them, as the segment unit's is (a flag is one
    // character, not four units); the document's index is made only when there is a pair to weigh.
    let index: CharacterIndex | null = null;
    for (let a = 0; a < open.length; a++) {
      for (let b = a + 1; b < open.length; b++) {
        const x = open[a]!;
        const y = open[b]!;
        if (x.code === y.code || (x.coders & y.coders) !== 0) continue;
        index ??= documentCharacterIndex(doc);
        const share = overlapShare(index.floor(x.start), index.ceil(x.end), index.floor(y.start), index.ceil(y.end));
        if (share >= threshold) pairs.push({ share, a, b });
      }
    }
    pairs.sort((p, q) => q.share - p.share || p.a - q.a || p.b - q.b);
    const used = new Set<number>();
    for (const { a, b } of pairs) {
      if (used.has(a) || used.has(b)) continue;
      used.add(a);
      used.add(b);
      found.push({ kind: 'different-codes', groups: [open[a]!, open[b]!] });
    }
    open.forEach((group, i) => {
      if (!used.has(i)) found.push({ kind: 'coded-by-some', groups: [group] });
    });
    for (const { kind, groups: parts } of found) result.push(toDisagreement(prepared, doc.id, rated, kind, parts));
  });
  const docOrder = new Map(input.documents.map((doc, i) => [doc.id, i]));
  const codeOrder = new Map(input.codes.map((code, i) => [code.id, i]));
  return result.sort(
    (x, y) =>
      docOrder.get(x.docId)! - docOrder.get(y.docId)! ||
      x.start - y.start ||
      x.end - y.end ||
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      codeOrder.get(x.codeIds[0]!)! - codeOrder.get(y.codeIds[0]!)!,
  );
}

// Per code, the codings that overlap one another (by any coder), in text order.
function groupsOf(prepared: PreparedAgreement, d: number): Group[] {
  const { input } = prepared;
  const coderIndex = new Map(input.coders.map((c, i) => [c.id, i]));
  const codeIndex = new Map(input.codes.map((c, i) => [c.id, i]));
  const byCode = new Map<number, CodingRecord[]>();
  const inTextOrder = [...prepared.codingsByDocument[d]!].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const coding of inTextOrder) {
    const k = codeIndex.get(coding.codeId)!;
    const list = byCode.get(k);
    if (list) list.push(coding);
    else byCode.set(k, [coding]);
  }
  const groups: Group[] = [];
  for (const [code, codings] of byCode) {
    let current: Group | null = null;
    for (const coding of codings) {
      if (!current || coding.start >= current.end) {
        current = { code, start: coding.start, end: coding.end, coders: 0, codings: [] };
        groups.push(current);
      }
      current.end = Math.max(current.end, coding.end);
      current.coders |= 1 << coderIndex.get(coding.coderId)!;
      current.codings.push(coding);
    }
  }
  return groups;
}

function sameExtents(group: Group): boolean {
  const extents = new Map<string, number[]>();
  for (const coding of group.codings) {
    const flat = extents.get(coding.coderId) ?? [];
    flat.push(coding.start, coding.end);
    extents.set(coding.coderId, flat);
  }
  const merged = [...extents.values()].map((flat) => mergeRanges(flat).join(','));
  return merged.every((m) => m === merged[0]);
}

function toDisagreement(prepared: PreparedAgreement, docId: string, rated: number, kind: DisagreementKind, groups: Group[]): Disagreement {
  const { input } = prepared;
  const codings = groups.flatMap((g) => g.codings).sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const codeIds = [...new Set(groups.map((g) => g.code))].sort((a, b) => a - b).map((k) => input.codes[k]!.id);
  const id = sha256Hex(`${kind}\n${docId}\n${codings.map((c) => c.id).sort().join('\n')}`).slice(0, 16);
  return {
    id,
    docId,
    kind,
    start: Math.min(...groups.map((g) => g.start)),
    end: Math.max(...groups.map((g) => g.end)),
    codeIds,
    byCoder: input.coders.filter((_, i) => (rated >> i) & 1).map((coder) => ({ coderId: coder.id, codings: codings.filter((c) => c.coderId === coder.id) })),
  };
}

/** A passage every coder coded alike with one code: `ranges` are flat `[start, end)` pairs in UTF-16 units. */
export interface AgreedPassage {
  docId: string;
  codeId: string;
  ranges: readonly number[];
}

/** The groups every coder coded alike: what a consensus coder takes over without a decision. */
export function agreedPassages(input: AgreementInput): Array<AgreedPassage & { ranges: number[] }> {
  const prepared = prepareAgreement(input);
  const agreed: Array<AgreedPassage & { ranges: number[] }> = [];
  input.documents.forEach((doc, d) => {
    const rated = prepared.ratedMasks[d]!;
    if (rated === 0 || (rated & (rated - 1)) === 0) return;
    for (const group of groupsOf(prepared, d)) {
      if ((group.coders & rated) !== rated || !sameExtents(group)) continue;
      const first = group.codings[0]!.coderId;
      agreed.push({ docId: doc.id, codeId: input.codes[group.code]!.id, ranges: mergeRanges(group.codings.filter((c) => c.coderId === first).flatMap((c) => [c.start, c.end])) });
    }
  });
  return agreed;
}

/**
 * Per code of the disagreement, the stretch its codings of that code cover: where that code is
 * disputed. A "different codes" disagreement spans both codes' stretches, but each code is disputed
 * only over its own (the same code just beside it can be an agreed passage).
 */
export function disputedStretches(disagreement: Disagreement): Map<string, { start: number; end: number }> {
  const stretches = new Map<string, { start: number; end: number }>();
  for (const coding of disagreement.byCoder.flatMap((c) => c.codings)) {
    const known = stretches.get(coding.codeId);
    stretches.set(coding.codeId, known ? { start: Math.min(known.start, coding.start), end: Math.max(known.end, coding.end) } : { start: coding.start, end: coding.end });
  }
  return stretches;
}

/**
 * Whether the disagreement is still what the list says, given the codings of its document now: each
 * of its codings as it was (not removed, resized or recoded), and no coding of its codes by its
 * coders added where they are disputed. The list is computed once and kept while the coders may go
 * on coding; a decision on a list that has moved on would write a passage no coder holds any more.
 */
export function disagreementHolds(disagreement: Disagreement, current: readonly CodingRecord[]): boolean {
  const now = new Map(current.map((c) => [c.id, c]));
  const listed = disagreement.byCoder.flatMap((c) => c.codings);
  const unchanged = listed.every((c) => {
    const stored = now.get(c.id);
    return stored !== undefined && stored.docId === c.docId && stored.coderId === c.coderId && stored.codeId === c.codeId && stored.start === c.start && stored.end === c.end;
  });
  if (!unchanged) return false;
  const ids = new Set(listed.map((c) => c.id));
  const coders = new Set(disagreement.byCoder.map((c) => c.coderId));
  const stretches = disputedStretches(disagreement);
  return !current.some((c) => {
    const stretch = stretches.get(c.codeId);
    return !ids.has(c.id) && c.docId === disagreement.docId && coders.has(c.coderId) && stretch !== undefined && c.start < stretch.end && stretch.start < c.end;
  });
}

/**
 * Whether an agreed passage (agreedPassages) still is one, given its document's codings now: each of
 * these coders' codings of its code that touch it cover exactly its ranges, as the list found them.
 */
export function agreedPassageHolds(passage: { docId: string; codeId: string; ranges: readonly number[] }, coderIds: readonly string[], current: readonly CodingRecord[]): boolean {
  const start = passage.ranges[0]!;
  const end = passage.ranges[passage.ranges.length - 1]!;
  const wanted = passage.ranges.join(',');
  return coderIds.every((coderId) => {
    const own = current.filter((c) => c.docId === passage.docId && c.coderId === coderId && c.codeId === passage.codeId && c.start < end && start < c.end);
    return mergeRanges(own.flatMap((c) => [c.start, c.end])).join(',') === wanted;
  });
}
