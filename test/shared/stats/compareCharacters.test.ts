// Compare's share counts characters as a reader does: the same coding decisions on a text of emoji,
// flags, decomposed accents and CJK Extension B ideographs, and on a text where each of those is a
// plain letter, cover the same share of the same number of characters, with the same intervals.
import { describe, expect, test } from 'vitest';
import { EMPTY_DOCUMENT_FILTER } from '../../../shared/library/documentFilter';
import { compareTable, type CompareSettings } from '../../../shared/stats/compare';
import { compareIntervals } from '../../../shared/stats/compareIntervals';
import { code, doc, project, rangeCoding } from '../analysis/fixtures';

const WIDE: Record<string, string> = { E: '😀', F: '🇫🇷', G: '👨‍👩‍👧‍👦', H: 'e\u0301', K: '𠀀', S: '👍🏽' };
const widen = (plain: string) => [...plain].map((ch) => WIDE[ch] ?? ch).join('');

const TEXTS = { a: 'Ab E cF dG.\n\nHx yK zS E.', b: 'Fa GH bK cS.', c: 'Ee Ff Gg. plain words' };
// [doc, code, coder, start, end] in plain-text characters; two codings overlap in "a".
const DECISIONS: Array<[keyof typeof TEXTS, string, string, number, number]> = [
  ['a', 'x', 'k1', 0, 7], ['a', 'x', 'k2', 5, 10], ['a', 'y', 'k1', 13, 19], ['b', 'x', 'k1', 3, 8],
  ['b', 'y', 'k2', 0, 12], ['c', 'x', 'k1', 0, 5], ['c', 'y', 'k2', 6, 9],
];

function twin(wide: boolean) {
  const texts = Object.fromEntries(Object.entries(TEXTS).map(([id, text]) => [id, wide ? widen(text) : text]));
  const at = (id: keyof typeof TEXTS, i: number) => (wide ? widen(TEXTS[id].slice(0, i)).length : i);
  return project({
    documents: [doc('a', 0, texts.a!, { leaning: 'left' }), doc('b', 1, texts.b!, { leaning: 'left' }), doc('c', 2, texts.c!, { leaning: 'right' })],
    codes: [code('x', 'first'), code('y', 'second', null, 1)],
    codings: DECISIONS.map(([id, codeId, coder, start, end], i) => rangeCoding(texts[id]!, id, codeId, at(id, start), at(id, end), coder, `c${i}`)),
    texts,
  }).index;
}

const settings: CompareSettings = { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] };

describe('compare share in characters as a reader counts them', () => {
  const plain = compareTable(twin(false), settings);
  const wide = compareTable(twin(true), settings);

  test('columns hold the same number of characters', () => {
    expect(wide.columns.map((c) => c.characters)).toEqual([TEXTS.a.length + TEXTS.b.length, TEXTS.c.length]);
    expect(wide.columns.map((c) => c.characters)).toEqual(plain.columns.map((c) => c.characters));
  });

  test('cells cover the same characters and the same share', () => {
    const measures = (table: typeof plain) => table.cells.map((row) => row.map((cell) => [cell.passages, cell.documents, cell.characters, cell.share]));
    expect(measures(wide)).toEqual(measures(plain));
    // "Ab E cF" and "cF dG." overlap on "cF": 10 characters once, of the left group's 36.
    expect(plain.cells[0]![0]!.characters).toBe(10 + 5);
  });

  test('the share’s bootstrap intervals are the same', () => {
    const options = { resamples: 300, seed: 5 };
    expect(compareIntervals(wide, options).share).toEqual(compareIntervals(plain, options).share);
  });

  test('a passage ending between a letter and its combining accent covers the letter a reader sees', () => {
    const text = 'cafe\u0301 au lait';
    const index = project({ documents: [doc('d', 0, text, { leaning: 'left' })], codes: [code('x', 'first')], codings: [rangeCoding(text, 'd', 'x', 0, 4)], texts: { d: text } }).index;
    const cell = compareTable(index, settings).cells[0]![0]!;
    expect([cell.characters, cell.share]).toEqual([4, 4 / 12]);
  });
});
