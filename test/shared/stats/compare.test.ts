import { describe, expect, test } from 'vitest';
import { EMPTY_DOCUMENT_FILTER } from '../../../shared/library/documentFilter';
import { cellQuery, compareTable, type CompareSettings } from '../../../shared/stats/compare';
import { compareIntervals } from '../../../shared/stats/compareIntervals';
import { comparePercentages } from '../../../shared/stats/comparePercent';
import { compareTest } from '../../../shared/stats/compareTest';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import { EMPTY_RETRIEVE_QUERY } from '../../../shared/retrieve/retrieveQuery';
import { code, codingOf, doc, project } from '../analysis/fixtures';

// Texts whose words and characters are easy to count by hand.
const A = 'one two three four five\n\nsix seven eight nine ten'; // 49 characters, 10 words
const B = 'red green blue\n\nblack white'; // 27 characters, 5 words
const C = 'up down left right'; // 18 characters, 4 words
const codes = [code('crit', 'criticism', null, 0), code('sub', 'record', 'crit', 0), code('claim', 'claim', null, 1)];
const codings = [
  codingOf(A, 'a', 'crit', 'two three'),
  codingOf(A, 'a', 'sub', 'three four'),
  codingOf(A, 'a', 'claim', 'six seven'),
  codingOf(A, 'a', 'claim', 'seven eight', 'k2'),
  codingOf(B, 'b', 'crit', 'green'),
  codingOf(B, 'b', 'claim', 'black white', 'k2'),
  codingOf(C, 'c', 'claim', 'up down'),
  codingOf(C, 'c', 'claim', 'left right'),
];
const { index } = project({
  documents: [doc('a', 0, A, { leaning: 'left' }), doc('b', 1, B, { leaning: 'left' }), doc('c', 2, C, { leaning: 'right' })],
  codes,
  codings,
  texts: { a: A, b: B, c: C },
});
const settings = (over: Partial<CompareSettings> = {}): CompareSettings => ({
  rows: { kind: 'codes', codeIds: [], rollUp: false },
  columns: { kind: 'attribute', name: 'leaning' },
  documents: EMPTY_DOCUMENT_FILTER,
  coderIds: [],
  ...over,
});

describe('compare table', () => {
  const table = compareTable(index, settings());

  test('columns are the attribute\'s values, each with its documents, words and characters', () => {
    expect(table.columns.map((c) => [c.label, c.documents, c.words, c.characters])).toEqual([
      ['left', 2, 15, 76],
      ['right', 1, 4, 18],
    ]);
    expect(table.rows.map((r) => [r.path, r.depth])).toEqual([
      ['criticism', 0],
      ['criticism > record', 1],
      ['claim', 0],
    ]);
  });

  test('counts passages, documents, words and characters coded, overlapping codings once', () => {
    const [crit, sub, claim] = table.cells;
    expect(crit![0]).toMatchObject({ passages: 2, documents: 2, words: 3, characters: 14 });
    expect(sub![0]).toMatchObject({ passages: 1, documents: 1, words: 2, characters: 10 });
    // "six seven" and "seven eight" overlap: one passage "six seven eight", 3 words, 15 characters.
    expect(claim![0]).toMatchObject({ passages: 2, documents: 2, words: 5, characters: 26 });
    expect(claim![1]).toMatchObject({ passages: 2, documents: 1, words: 4, characters: 17 });
    expect(crit![1]).toMatchObject({ passages: 0, documents: 0, words: 0, characters: 0, share: 0, per1000: 0 });
  });

  test('rates: share of the group\'s characters, passages per 1,000 of its words', () => {
    expect(table.cells[0]![0]!.share).toBeCloseTo(14 / 76, 12);
    expect(table.cells[0]![0]!.per1000).toBeCloseTo((2 / 15) * 1000, 12);
    expect(table.cells[2]![1]!.share).toBeCloseTo(17 / 18, 12);
    expect(table.cells[2]![1]!.per1000).toBeCloseTo(500, 12);
  });

  test('roll-up counts a passage coded by a parent and its subcode once', () => {
    const rolled = compareTable(index, settings({ rows: { kind: 'codes', codeIds: [], rollUp: true } }));
    // "two three" + "three four" = one passage "two three four" (3 words, 14 characters), plus "green".
    expect(rolled.cells[0]![0]).toMatchObject({ passages: 2, documents: 2, words: 4, characters: 19 });
    expect(rolled.rows[1]!.parentKey).toBe('code:crit');
  });

  test('coders as columns count each coder\'s codings alone', () => {
    const byCoder = compareTable(index, settings({ columns: { kind: 'coders', coderIds: [] } }));
    expect(byCoder.columns.map((c) => [c.label, c.documents])).toEqual([
      ['Ana', 3],
      ['Ben', 3],
    ]);
    expect(byCoder.cells[2]!.map((cell) => cell.passages)).toEqual([3, 2]);
  });

  test('a cell\'s passages are exactly what Retrieve lists for its click', () => {
    table.rows.forEach((_row, r) =>
      table.columns.forEach((_column, c) => {
        const { query, scope } = cellQuery(table, r, c);
        expect(retrievePassages(index, query, scope).passages).toHaveLength(table.cells[r]![c]!.passages);
      }),
    );
  });

  test('saved queries as rows', () => {
    const queries = compareTable(index, settings({ rows: { kind: 'queries', queries: [{ ...EMPTY_RETRIEVE_QUERY, name: 'crit or claim', codeIds: ['crit', 'claim'] }] } }));
    expect(queries.rows[0]!.label).toBe('crit or claim');
    expect(queries.cells[0]!.map((cell) => cell.passages)).toEqual([4, 2]);
  });
});

describe('percentages', () => {
  const table = compareTable(index, settings({ rows: { kind: 'codes', codeIds: [], rollUp: true } }));

  test('of the row, of the column (subcodes not counted twice with roll-up), of the group\'s documents', () => {
    expect(comparePercentages(table, 'passages', 'row')[2]).toEqual([50, 50]);
    // Left column: criticism 2 and claim 2 are the rows without a parent among the rows.
    expect(comparePercentages(table, 'passages', 'column').map((row) => row[0])).toEqual([50, 25, 50]);
    expect(comparePercentages(table, 'documents', 'documents')[0]).toEqual([100, 0]);
    expect(comparePercentages(table, 'passages', 'documents')[0]!.every(Number.isNaN)).toBe(true);
  });
});

describe('intervals and test', () => {
  const table = compareTable(index, settings());

  test('a group of one document has the same figures in every resample', () => {
    const intervals = compareIntervals(table, { resamples: 200, seed: 5 });
    expect(intervals.passages[2]![1]).toEqual({ low: 2, high: 2 });
    expect(intervals.per1000[2]![1]).toEqual({ low: 500, high: 500 });
  });

  test('the left group\'s interval comes from resampling its two documents', () => {
    const intervals = compareIntervals(table, { resamples: 2000, seed: 5 });
    // Resamples of {a, b}: aa, ab (twice as likely), bb. Criticism passages: 2, 2, 2; words: 4, 3, 2.
    expect(intervals.passages[0]![0]).toEqual({ low: 2, high: 2 });
    expect(intervals.words[0]![0]).toEqual({ low: 2, high: 4 });
    expect(compareIntervals(table, { resamples: 2000, seed: 5 })).toEqual(intervals);
  });

  test('warns in plain words about small groups and small expected counts', () => {
    const { test: chi, warnings, residuals } = compareTest(table);
    expect(chi).not.toBeNull();
    expect(residuals[0]![0]).toBeCloseTo(chi!.residuals[0]![0]!, 12);
    expect(warnings.some((w) => w.startsWith('“right” has only 1 document'))).toBe(true);
    expect(warnings.some((w) => /cells tested expect fewer than 5 passages/.test(w))).toBe(true);
  });

  test('counts among the cells tested only those of rows and columns with passages', () => {
    const idle = project({
      documents: [doc('a', 0, A, { leaning: 'left' }), doc('b', 1, B, { leaning: 'left' }), doc('c', 2, C, { leaning: 'right' })],
      codes: [...codes, code('idle', 'idle', null, 2)],
      codings,
      texts: { a: A, b: B, c: C },
    });
    const { test: chi, warnings } = compareTest(compareTable(idle.index, settings()));
    expect(chi!.emptyRows).toEqual([3]);
    // 3 rows with passages × 2 groups; the idle code's row is not in the test (it said "of 8 cells").
    expect(warnings.find((w) => w.includes('expect fewer than 5'))).toMatch(/^\d of the 6 cells tested expect fewer than 5 passages/);
  });
});
