// Retrieve's operators (OR, AND, NOT, near, subcodes, coders) checked against a slow reference on
// small random projects: for each document, which passages satisfy the query, computed character by
// character and coding by coding with none of the fast paths (sorted lists, runs, running counts).
import { describe, expect, test } from 'vitest';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import { createRng, type Rng } from '../../../shared/stats/random';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { code, doc, project, rangeCoding } from '../analysis/fixtures';

const CODERS = ['k1', 'k2', 'k3'];

function randomProject(seed: number) {
  const rng = createRng(seed);
  const words = ['crime', 'the', 'DA', 'café', 'reform', 'jail', 'rose', 'bail'];
  const texts: Record<string, string> = {};
  const documents = [];
  for (let d = 0; d < 6; d++) {
    const paragraphs = Array.from({ length: 2 + rng.int(4) }, () => Array.from({ length: 4 + rng.int(8) }, () => words[rng.int(words.length)]).join(' '));
    const text = paragraphs.join(rng.next() < 0.5 ? '\n\n' : '\n \n');
    texts[`d${d}`] = text;
    documents.push(doc(`d${d}`, d, text));
  }
  // A is the parent of C, C of D: subcodes two levels deep.
  const codes = [code('A', 'A', null, 0), code('B', 'B', null, 1), code('C', 'C', 'A', 0), code('D', 'D', 'C', 0), code('E', 'E', null, 2)];
  const codings: CodingRecord[] = [];
  for (let i = 0; i < 70; i++) {
    const d = rng.int(6);
    const text = texts[`d${d}`]!;
    const start = rng.int(text.length - 2);
    const end = Math.min(text.length, start + 1 + rng.int(30));
    codings.push(rangeCoding(text, `d${d}`, codes[rng.int(codes.length)]!.id, start, end, CODERS[rng.int(CODERS.length)]!));
  }
  return { ...project({ documents, codes, codings, texts, coders: CODERS.map((id) => ({ id, name: id, color: '#000000' })) }), texts };
}

function some<T>(rng: Rng, from: readonly T[], most: number): T[] {
  const pool = [...from];
  const out: T[] = [];
  const n = rng.int(most + 1);
  for (let i = 0; i < n && pool.length > 0; i++) out.push(pool.splice(rng.int(pool.length), 1)[0]!);
  return out;
}

function randomQuery(rng: Rng): RetrieveQuery {
  const ids = ['A', 'B', 'C', 'D', 'E'];
  const codeIds = some(rng, ids, 3);
  if (codeIds.length === 0) codeIds.push(ids[rng.int(ids.length)]!);
  const nearCodes = rng.next() < 0.4 ? some(rng, ids, 2) : [];
  return {
    ...EMPTY_RETRIEVE_QUERY,
    codeIds,
    match: rng.next() < 0.5 ? 'any' : 'all',
    withSubcodes: rng.next() < 0.5,
    excludeCodeIds: rng.next() < 0.4 ? some(rng, ids, 2) : [],
    near: nearCodes.length > 0 ? { codeIds: nearCodes, paragraphs: rng.int(3) } : null,
    coderIds: rng.next() < 0.4 ? some(rng, CODERS, 2) : [],
  };
}

type Passage = [start: number, end: number, codingIds: string[]];

/** The passages of one document that satisfy `query`, by brute force. */
function reference(codes: readonly CodeRecord[], all: readonly CodingRecord[], text: string, docId: string, query: RetrieveQuery): Passage[] {
  const family = (id: string): string[] => (query.withSubcodes ? [id, ...codes.filter((c) => c.parentId === id).flatMap((c) => family(c.id))] : [id]);
  const counts = (c: CodingRecord) => c.docId === docId && c.end > c.start && (query.coderIds.length === 0 || query.coderIds.includes(c.coderId));
  const of = (ids: readonly string[]) => all.filter((c) => counts(c) && ids.includes(c.codeId));
  const shares = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

  let passages: Array<{ start: number; end: number; members: CodingRecord[] }>;
  if (query.match === 'all' && query.codeIds.length > 1) {
    // Characters every chosen code (with its family) covers; each maximal run of them is a passage.
    const covered = Array.from({ length: text.length }, (_, i) => query.codeIds.every((id) => of(family(id)).some((c) => c.start <= i && i < c.end)));
    passages = [];
    for (let i = 0; i < covered.length; i++) {
      if (!covered[i] || covered[i - 1]) continue;
      let end = i;
      while (end < covered.length && covered[end]) end++;
      const run = { start: i, end };
      passages.push({ ...run, members: of(query.codeIds.flatMap(family)).filter((c) => shares(c, run)) });
    }
  } else {
    // Codings joined by sharing a character, transitively.
    const chosen = of(query.codeIds.flatMap(family));
    const groups: CodingRecord[][] = [];
    for (const coding of chosen) {
      const touching = groups.filter((g) => g.some((c) => shares(c, coding)));
      const merged = [coding, ...touching.flat()];
      for (const g of touching) groups.splice(groups.indexOf(g), 1);
      groups.push(merged);
    }
    passages = groups.map((members) => ({ start: Math.min(...members.map((c) => c.start)), end: Math.max(...members.map((c) => c.end)), members }));
  }

  const excluded = of(query.excludeCodeIds.flatMap(family));
  passages = passages.filter((p) => !excluded.some((c) => shares(c, p)));

  if (query.near) {
    const starts = splitParagraphs(text).map((p) => p.start);
    const paragraphOf = (offset: number) => Math.max(0, starts.filter((s) => s <= offset).length - 1);
    const span = (r: { start: number; end: number }) => [paragraphOf(r.start), paragraphOf(Math.max(r.start, r.end - 1))] as const;
    const near = of(query.near.codeIds.flatMap(family));
    const reach = query.near.paragraphs;
    passages = passages.filter((p) => {
      const [a1, b1] = span(p);
      return near.some((c) => {
        const [a2, b2] = span(c);
        return Math.max(0, a2 - b1, a1 - b2) <= reach;
      });
    });
  }
  return passages.sort((x, y) => x.start - y.start).map((p) => [p.start, p.end, p.members.map((c) => c.id).sort()]);
}

describe('retrieve operators against a brute-force reference', () => {
  for (const seed of [11, 12, 13, 14]) {
    test(`each document's passages are those the query's definition gives (seed ${seed})`, () => {
      const { rows, index, texts } = randomProject(seed);
      const rng = createRng(seed * 7);
      // Passages found under each operator, so that a reference that finds nothing cannot pass unseen.
      const seen = { all: 0, not: 0, near: 0 };
      for (let q = 0; q < 60; q++) {
        const query = randomQuery(rng);
        const found = retrievePassages(index, query).passages;
        if (query.match === 'all' && query.codeIds.length > 1) seen.all += found.length;
        if (query.excludeCodeIds.length > 0) seen.not += found.length;
        if (query.near) seen.near += found.length;
        for (const d of rows.documents) {
          const got: Passage[] = found.filter((p) => p.docId === d.id).map((p) => [p.start, p.end, [...p.codingIds].sort()]);
          expect(got, `${JSON.stringify(query)} in ${d.id}`).toEqual(reference(rows.codes, rows.codings, texts[d.id]!, d.id, query));
        }
      }
      expect(Object.values(seen).every((n) => n > 0), JSON.stringify(seen)).toBe(true);
    });
  }

  test('a passage lists each of its codings once, even when one chosen code is a subcode of another', () => {
    const { rows, index } = randomProject(11);
    const query = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['A', 'C'], match: 'all' as const, withSubcodes: true };
    const passages = retrievePassages(index, query).passages;
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) expect(new Set(passage.codingIds).size, passage.key).toBe(passage.codingIds.length);
    expect(rows.codings.length).toBeGreaterThan(0);
  });
});
