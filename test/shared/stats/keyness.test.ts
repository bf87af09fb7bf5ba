import { describe, expect, test } from 'vitest';
import { fightinWords, informativePrior } from '../../../shared/stats/keyness';
import { distinctiveWords, wordCounts, wordInContext } from '../../../shared/stats/distinctiveWords';
import { ENGLISH_STOP_WORDS } from '../../../shared/stats/englishStopWords';
import { EMPTY_RETRIEVE_QUERY } from '../../../shared/retrieve/retrieveQuery';
import { code, codingOf, doc, project } from '../analysis/fixtures';
import { wordsBefore } from '../../../shared/search/kwic';

describe('fightinWords (Monroe, Colaresi & Quinn 2008, eq. 16–22)', () => {
  // Target {a: 3, b: 1} (n_i = 4), reference {a: 1, c: 2} (n_j = 3), prior {a: 1, b: 0.5, c: 0.5} (α_0 = 2).
  const rows = fightinWords({ a: 3, b: 1 }, { a: 1, c: 2 }, { a: 1, b: 0.5, c: 0.5 });
  const row = (term: string) => rows.find((r) => r.term === term)!;

  test('gives δ and z computed by hand, one row per word of either side, highest z first', () => {
    // a: δ = ln[(3+1)/(4+2−3−1)] − ln[(1+1)/(3+2−1−1)] = ln 2 − ln(2/3) = ln 3; σ² = 1/4 + 1/2; z = ln 3 / √0.75 = 1.26857.
    expect(row('a').delta).toBeCloseTo(Math.log(3), 12);
    expect(row('a').z).toBeCloseTo(Math.log(3) / Math.sqrt(0.75), 12);
    expect(row('a').z).toBeCloseTo(1.26857, 5);
    // b: δ = ln[1.5/4.5] − ln[0.5/4.5] = ln 3; σ² = 1/1.5 + 1/0.5 = 8/3; z = 0.67276.
    expect(row('b').delta).toBeCloseTo(Math.log(3), 12);
    expect(row('b').z).toBeCloseTo(0.67276, 5);
    // c: δ = ln[0.5/5.5] − ln[2.5/2.5] = −ln 11; σ² = 1/0.5 + 1/2.5 = 2.4; z = −1.54783.
    expect(row('c').delta).toBeCloseTo(-Math.log(11), 12);
    expect(row('c').z).toBeCloseTo(-1.54783, 5);
    expect(rows.map((r) => r.term)).toEqual(['a', 'b', 'c']);
  });

  test('lists no word that only the prior has; a word like "constructor" is a word', () => {
    const out = fightinWords({ constructor: 2 }, { x: 1 }, { constructor: 1, x: 1, onlyPrior: 5 });
    expect(out.map((r) => r.term).sort()).toEqual(['constructor', 'x']);
    expect(out.every((r) => Number.isFinite(r.z))).toBe(true);
  });
});

describe('informative prior', () => {
  test('is the pooled counts of both groups scaled to the total weight chosen', () => {
    expect(informativePrior({ a: 3, b: 1 }, { a: 1, c: 2 }, 14)).toEqual({ a: 8, b: 2, c: 4 });
    expect(informativePrior({}, {}, 10)).toEqual({});
  });
});

describe('distinctive words of groups and codes', () => {
  const R = 'Crime soared. The radical DA failed victims and crime soared again.\n\nWe will cut jail.';
  const L = 'The DA won. Reform won and the movement won.\n\nThe DA failed to close the jail.';
  const { index } = project({
    documents: [doc('r', 0, R, { leaning: 'right' }), doc('l', 1, L, { leaning: 'left' })],
    codes: [code('crit', 'criticism')],
    codings: [codingOf(R, 'r', 'crit', 'The radical DA failed victims and crime soared again.'), codingOf(L, 'l', 'crit', 'The DA failed to close the jail.')],
    texts: { r: R, l: L },
  });
  const right = { docIds: ['r'], coderId: null };
  const left = { docIds: ['l'], coderId: null };
  const critQuery = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['crit'] };

  test('counts words case-folded, over whole documents or only inside a code\'s passages', () => {
    expect(wordCounts(index, { group: right, within: null }, null).counts).toMatchObject({ crime: 2, soared: 2, the: 1, we: 1 });
    const inside = wordCounts(index, { group: right, within: critQuery }, null);
    expect(inside.counts).toEqual({ the: 1, radical: 1, da: 1, failed: 1, victims: 1, and: 1, crime: 1, soared: 1, again: 1 });
    expect(inside.total).toBe(9);
    expect(wordCounts(index, { group: right, within: critQuery }, ENGLISH_STOP_WORDS).counts).toEqual({ radical: 1, da: 1, failed: 1, victims: 1, crime: 1, soared: 1 });
  });

  test('ranks each side\'s typical words and agrees with fightinWords on the same counts', () => {
    const result = distinctiveWords(index, { target: { group: right, within: null }, reference: { group: left, within: null }, priorWeight: 10, stopWords: true, top: 3 });
    expect(result.topTarget.map((w) => w.term)).toContain('crime');
    expect(result.topReference[0]!.term).toBe('won');
    const t = wordCounts(index, { group: right, within: null }, ENGLISH_STOP_WORDS).counts;
    const r = wordCounts(index, { group: left, within: null }, ENGLISH_STOP_WORDS).counts;
    const direct = fightinWords(t, r, informativePrior(t, r, 10));
    expect(result.words.map(({ term, delta, z }) => ({ term, delta, z }))).toEqual(direct);
    expect(result.words.find((w) => w.term === 'won')).toMatchObject({ target: 0, reference: 3 });
  });

  test('a word\'s keywords in context, inside the code\'s passages only', () => {
    const lines = wordInContext(index, { group: { docIds: ['r', 'l'], coderId: null }, within: critQuery }, 'Failed');
    expect(lines.map((l) => [l.docId, l.hit, R.length > 0])).toEqual([
      ['r', 'failed', true],
      ['l', 'failed', true],
    ]);
    expect(R.slice(lines[0]!.start, lines[0]!.end)).toBe('failed');
    expect(wordsBefore(lines[0]!)[0]).toBe('da');
  });
});
