import { describe, expect, test } from 'vitest';
import { EMPTY_DOCUMENT_FILTER } from '../../../shared/library/documentFilter';
import { cCoefficient, cooccurrence, cooccurrencePassages, type CooccurrenceOptions } from '../../../shared/stats/cooccurrence';
import { code, codingOf, doc, project, rangeCoding } from '../analysis/fixtures';

const options = (over: Partial<CooccurrenceOptions> = {}): CooccurrenceOptions => ({
  codeIds: [],
  withSubcodes: false,
  unit: 'overlap',
  coderIds: [],
  documents: EMPTY_DOCUMENT_FILTER,
  grouping: { kind: 'none' },
  ...over,
});

describe('c-coefficient', () => {
  test('ATLAS.ti\'s example: 100 passages of A, 10 of B, 5 with both gives 0.048', () => {
    expect(cCoefficient(100, 10, 5)).toBeCloseTo(5 / 105, 15);
    expect(Math.round(cCoefficient(100, 10, 5) * 1000) / 1000).toBe(0.048);
  });

  test('the same figures come out of a coded document: 100 A, 10 B, 5 of them overlapping A', () => {
    // 110 ten-character slots; A codes slots 0–99, B codes 95–104 (slots 95–99 overlap A one to one).
    const text = 'x'.repeat(1100);
    const codings = [
      ...Array.from({ length: 100 }, (_, i) => rangeCoding(text, 'd', 'A', i * 10, i * 10 + 8)),
      ...Array.from({ length: 10 }, (_, i) => rangeCoding(text, 'd', 'B', (95 + i) * 10 + 2, (95 + i) * 10 + 6)),
    ];
    const { index } = project({ documents: [doc('d', 0, text)], codes: [code('A', 'A', null, 0), code('B', 'B', null, 1)], codings, texts: { d: text } });
    const cell = cooccurrence(index, options()).matrices[0]!.cells[0]![1]!;
    expect(cell).toMatchObject({ n1: 100, n2: 10, n12: 5 });
    expect(cell.c).toBeCloseTo(0.0476, 4);
    expect(cell.pColumnGivenRow).toBeCloseTo(0.05, 12);
    const reverse = cooccurrence(index, options()).matrices[0]!.cells[1]![0]!;
    expect(reverse.pColumnGivenRow).toBeCloseTo(0.5, 12);
  });
});

describe('co-occurrence matrix', () => {
  const T = 'The DA will cut jail population by 30%. Critics say crime rose 20%.\n\nHe failed. We will end bail.\n\nVoters liked him.';
  const codings = [
    codingOf(T, 'd', 'pledge', 'The DA will cut jail population by 30%.'),
    codingOf(T, 'd', 'metric', '30%'),
    codingOf(T, 'd', 'metric', '20%'),
    codingOf(T, 'd', 'crit', 'Critics say crime rose 20%.'),
    codingOf(T, 'd', 'crit', 'He failed.'),
    codingOf(T, 'd', 'pledge', 'We will end bail.'),
  ];
  const { index } = project({ documents: [doc('d', 0, T)], codes: [code('pledge', 'pledge', null, 0), code('metric', 'metric', null, 1), code('crit', 'criticism', null, 2)], codings, texts: { d: T } });

  test('counts passages where both codes apply, with n12 never above n1 or n2', () => {
    const { codeIds, matrices } = cooccurrence(index, options());
    expect(codeIds).toEqual(['pledge', 'metric', 'crit']);
    const cells = matrices[0]!.cells;
    expect(cells.map((row) => row.map((cell) => cell.n12))).toEqual([
      [2, 1, 0],
      [1, 2, 1],
      [0, 1, 2],
    ]);
    for (const cell of cells.flat()) {
      expect(cell.n12).toBeLessThanOrEqual(Math.min(cell.n1, cell.n2));
      expect(cell.c).toBeGreaterThanOrEqual(0);
      expect(cell.c).toBeLessThanOrEqual(1);
    }
    expect(cells[0]![1]).toMatchObject({ n1: 2, n2: 2, n12: 1 });
    expect(cells[0]![1]!.c).toBeCloseTo(1 / 3, 12);
  });

  test('in the same paragraph counts paragraphs touched by both', () => {
    const cells = cooccurrence(index, options({ unit: 'paragraph' })).matrices[0]!.cells;
    // pledge: paragraphs 0 and 1; criticism: 0 and 1; metric: 0.
    expect(cells[0]![2]).toMatchObject({ n1: 2, n2: 2, n12: 2, c: 1 });
    expect(cells[1]![2]).toMatchObject({ n1: 1, n2: 2, n12: 1, pColumnGivenRow: 1 });
  });

  test('a cell opens the passages behind it', () => {
    const passages = cooccurrencePassages(index, options(), 'metric', 'crit');
    expect(passages.map((p) => p.quote)).toEqual(['Critics say crime rose 20%.']);
    expect(passages[0]!.codeIds).toEqual(['metric', 'crit']);
    const paragraphs = cooccurrencePassages(index, options({ unit: 'paragraph' }), 'pledge', 'crit');
    expect(paragraphs.map((p) => p.quote)).toEqual(['The DA will cut jail population by 30%. Critics say crime rose 20%.', 'He failed. We will end bail.']);
  });

  test('by group: one matrix per value of an attribute', () => {
    const U = 'We will cut crime 30%.';
    const V = 'Crime rose 20%. It failed.';
    const grouped = project({
      documents: [doc('u', 0, U, { leaning: 'left' }), doc('v', 1, V, { leaning: 'right' })],
      codes: [code('metric', 'metric', null, 0), code('crit', 'criticism', null, 1)],
      codings: [codingOf(U, 'u', 'metric', '30%'), codingOf(V, 'v', 'metric', '20%'), codingOf(V, 'v', 'crit', 'Crime rose 20%.'), codingOf(V, 'v', 'crit', 'It failed.')],
      texts: { u: U, v: V },
    });
    const { matrices } = cooccurrence(grouped.index, options({ grouping: { kind: 'attribute', name: 'leaning' } }));
    expect(matrices.map((m) => [m.group.label, m.cells[0]![1]!.n1, m.cells[0]![1]!.n2, m.cells[0]![1]!.n12])).toEqual([
      ['left', 1, 0, 0],
      ['right', 1, 2, 1],
    ]);
    expect(cooccurrencePassages(grouped.index, options({ grouping: { kind: 'attribute', name: 'leaning' } }), 'metric', 'crit', 's:right').map((p) => p.quote)).toEqual(['Crime rose 20%.']);
  });
});
