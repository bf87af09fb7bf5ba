// Each unit of analysis built from small hand-made codings, checked against what a researcher would
// count by hand, and the sufficient-statistics path checked against the plain statistics.
import { describe, expect, test } from 'vitest';
import { prepareAgreement } from '../../../shared/agreement/agreementInput';
import { characterUnits } from '../../../shared/agreement/characterUnits';
import { documentUnits } from '../../../shared/agreement/documentUnits';
import { presenceFigures, presenceHistograms, type PresenceData } from '../../../shared/agreement/presence';
import { matchPassages, overlapShare, segmentMatchingRule, segmentUnits } from '../../../shared/agreement/segmentUnits';
import { textUnitRanges, textUnits } from '../../../shared/agreement/textUnits';
import { cohenKappa, fleissKappa, krippendorffAlpha, percentAgreement } from '../../../shared/stats/agreement';
import { agreementInput, type Spec } from './fixtures';

function figures(spec: Spec, build: (p: ReturnType<typeof prepareAgreement>, docs: number[]) => PresenceData) {
  const prepared = prepareAgreement(agreementInput(spec));
  const data = build(prepared, spec.documents.map((_, i) => i));
  const { byCode, overall } = presenceHistograms(data);
  const coders = (spec.coders ?? ['A', 'B']).length;
  return { byCode: byCode.map((h) => presenceFigures(h, coders)), overall: presenceFigures(overall, coders) };
}

describe('character unit', () => {
  test('reproduces the QualCoder example of issue 13: Cohen\'s kappa 0.375 over a 10-character text', () => {
    const f = figures({ documents: [{ id: 'd', length: 10 }], codings: [['A', 'd', 'X', 2, 4], ['B', 'd', 'X', 3, 5]] }, characterUnits).byCode[0]!;
    expect(f.units).toBe(10);
    expect(f.percentAgreement).toBeCloseTo(0.8, 12);
    expect(f.cohenKappa).toBeCloseTo(0.375, 12);
  });

  test('reproduces Krippendorff (1995) digitized, Bertha and Bill: kappa 0.385, alpha 0.329', () => {
    // Values asserted for these 24 positions in DKPro Statistics' Krippendorff1995Test.
    const f = figures({ documents: [{ id: 'd', length: 24 }], codings: [['A', 'd', 'X', 2, 10], ['A', 'd', 'X', 14, 20], ['B', 'd', 'X', 4, 8], ['B', 'd', 'X', 15, 17]] }, characterUnits).byCode[0]!;
    expect(Math.abs(f.cohenKappa - 0.385)).toBeLessThan(0.0005);
    expect(Math.abs(f.krippendorffAlpha - 0.329)).toBeLessThan(0.0005);
  });

  test('counts a coder\'s overlapping passages of one code once', () => {
    const once = figures({ documents: [{ id: 'd', length: 20 }], codings: [['A', 'd', 'X', 0, 10], ['B', 'd', 'X', 0, 10]] }, characterUnits).byCode[0]!;
    const twice = figures({ documents: [{ id: 'd', length: 20 }], codings: [['A', 'd', 'X', 0, 6], ['A', 'd', 'X', 4, 10], ['B', 'd', 'X', 0, 10]] }, characterUnits).byCode[0]!;
    expect(twice).toEqual(once);
  });

  test('leaves out a document one coder did not code, but counts one they coded and left empty', () => {
    const base: Spec = { documents: [{ id: 'd1', length: 10 }, { id: 'd2', length: 30 }], codings: [['A', 'd1', 'X', 0, 5], ['B', 'd1', 'X', 0, 5], ['A', 'd2', 'X', 0, 10]] };
    const missing = figures({ ...base, coded: { A: ['d1', 'd2'], B: ['d1'] } }, characterUnits).byCode[0]!;
    expect(missing.units).toBe(10);
    expect(missing.singleCoderUnits).toBe(30);
    expect(missing.percentAgreement).toBe(1);
    const empty = figures(base, characterUnits).byCode[0]!;
    expect(empty.units).toBe(40);
    expect(empty.percentAgreement).toBeCloseTo(30 / 40, 12);
  });

  test('gives three coders the alpha and Fleiss\' kappa of the character-by-character table', () => {
    const spec: Spec = {
      coders: ['A', 'B', 'C'],
      codes: ['X', 'Y'],
      documents: [{ id: 'd1', length: 12 }, { id: 'd2', length: 9 }],
      codings: [
        ['A', 'd1', 'X', 0, 5], ['B', 'd1', 'X', 1, 5], ['C', 'd1', 'X', 0, 7], ['A', 'd1', 'Y', 6, 12], ['C', 'd1', 'Y', 8, 10],
        ['A', 'd2', 'X', 2, 4], ['B', 'd2', 'X', 3, 9], ['B', 'd2', 'Y', 0, 2],
      ],
      coded: { A: ['d1', 'd2'], B: ['d1', 'd2'], C: ['d1'] },
    };
    const f = figures(spec, characterUnits);
    // Spelled out: one unit per (character, code), one column per coder, null where C did not code.
    const units: (number | null)[][] = [];
    const complete: number[][] = [];
    const marks = (coder: string, doc: string, code: string, at: number) => spec.codings.some(([c, d, k, s, e]) => c === coder && d === doc && k === code && s <= at && at < e);
    for (const code of ['X', 'Y']) {
      for (const doc of spec.documents) {
        for (let at = 0; at < doc.length!; at++) {
          const row = ['A', 'B', 'C'].map((coder) => (spec.coded![coder]!.includes(doc.id) ? (marks(coder, doc.id, code, at) ? 1 : 0) : null));
          units.push(row);
          if (row.every((v) => v !== null)) complete.push([row.filter((v) => v === 1).length, row.filter((v) => v === 0).length]);
        }
      }
    }
    expect(f.overall.krippendorffAlpha).toBeCloseTo(krippendorffAlpha(units, 'nominal'), 12);
    expect(f.overall.fleissKappa).toBeCloseTo(fleissKappa(complete).kappa, 12);
    expect(f.overall.units).toBe(2 * 21);
    expect(f.overall.completeUnits).toBe(2 * 12);
  });
});

describe('segment unit', () => {
  test('matches passages whose overlap is exactly 90% of their union, and not at 89%', () => {
    expect(overlapShare(0, 100, 0, 90)).toBe(0.9);
    const at = figures({ documents: [{ id: 'd', length: 200 }], codings: [['A', 'd', 'X', 0, 100], ['B', 'd', 'X', 0, 90]] }, (p, d) => segmentUnits(p, d, 0.9)).byCode[0]!;
    expect(at.units).toBe(1);
    expect(at.percentAgreement).toBe(1);
    const under = figures({ documents: [{ id: 'd', length: 200 }], codings: [['A', 'd', 'X', 0, 100], ['B', 'd', 'X', 0, 89]] }, (p, d) => segmentUnits(p, d, 0.9)).byCode[0]!;
    expect(under.units).toBe(2);
    expect(under.percentAgreement).toBe(0);
  });

  test('counts a passage coded by one coder only as a disagreement', () => {
    const f = figures({ documents: [{ id: 'd', length: 200 }], codings: [['A', 'd', 'X', 0, 50], ['B', 'd', 'X', 0, 50], ['A', 'd', 'X', 100, 150]] }, segmentUnits).byCode[0]!;
    expect(f.units).toBe(2);
    expect(f.percentAgreement).toBe(0.5);
  });

  test('matches one to one, the closest pair first', () => {
    // B's [0, 100) overlaps A's [0, 60) by 60% and A's [60, 100) by 40%: at a 30% threshold both
    // qualify, but B's passage joins only the closer one; A's second passage stays A's alone.
    const segments = matchPassages([[0, 60, 60, 100], [0, 100]], 0.3);
    expect(segments.map((s) => s.coders)).toEqual([0b11, 0b01]);
    expect(segments[0]!.passages).toEqual([[0, 60], [0, 100]]);
  });

  test('with three coders, joins passages only when every two of them match', () => {
    // A–B and B–C overlap by 95 of 105 characters (90.5%), A–C by 90 of 110 (81.8%): under a 90% rule
    // A and C are no segment, so B joins the earlier of its equally close partners and C stays alone.
    const segments = matchPassages([[0, 100], [5, 105], [10, 110]], 0.9);
    expect(segments.map((s) => s.coders)).toEqual([0b011, 0b100]);
    expect(segments[0]!.passages).toEqual([[0, 100], [5, 105], null]);
    const f = figures({ coders: ['A', 'B', 'C'], documents: [{ id: 'd', length: 200 }], codings: [['A', 'd', 'X', 0, 100], ['B', 'd', 'X', 5, 105], ['C', 'd', 'X', 10, 110]] }, segmentUnits).byCode[0]!;
    expect(f.units).toBe(2);
    // Two segments of three coders: one pair agrees in each (A and B present; A and B absent).
    expect(f.percentAgreement).toBeCloseTo(1 / 3, 12);
  });

  test('joins a third coder whose passage matches both passages already in a segment', () => {
    const segments = matchPassages([[0, 100], [0, 99], [1, 100]], 0.9);
    expect(segments.map((s) => s.coders)).toEqual([0b111]);
  });

  test('states its rule with the threshold', () => {
    expect(segmentMatchingRule(0.9)).toContain('at least 90% of the characters either coded (overlap ÷ union ≥ 90%)');
    expect(segmentMatchingRule(0.9)).toContain('every two passages in a segment');
    expect(() => segmentMatchingRule(0)).toThrow(RangeError);
  });
});

describe('paragraph and sentence units', () => {
  const text = 'First paragraph. It has two sentences.\n\nSecond paragraph.\n\nThird one here.';

  test('finds paragraphs and trimmed sentences', () => {
    expect(textUnitRanges(text, 'paragraphs')).toEqual([0, 38, 40, 57, 59, 74]);
    const sentences = textUnitRanges(text, 'sentences');
    const pieces: string[] = [];
    for (let i = 0; i < sentences.length; i += 2) pieces.push(text.slice(sentences[i], sentences[i + 1]));
    expect(pieces).toEqual(['First paragraph.', 'It has two sentences.', 'Second paragraph.', 'Third one here.']);
  });

  test('marks a code present in every paragraph a passage touches', () => {
    // A codes across the first two paragraphs; B only in the second. Paragraph 1: A only; 2: both; 3: neither.
    const f = figures({ documents: [{ id: 'd', text }], codings: [['A', 'd', 'X', 30, 45], ['B', 'd', 'X', 41, 50]] }, (p, d) => textUnits(p, d, 'paragraphs')).byCode[0]!;
    expect(f.units).toBe(3);
    expect(f.cohenKappa).toBeCloseTo(cohenKappa([[1, 1], [0, 1]]), 12);
  });

  test('marks sentences the same way', () => {
    const f = figures({ documents: [{ id: 'd', text }], codings: [['A', 'd', 'X', 0, 10], ['B', 'd', 'X', 20, 25]] }, (p, d) => textUnits(p, d, 'sentences')).byCode[0]!;
    expect(f.units).toBe(4);
    expect(f.percentAgreement).toBeCloseTo(percentAgreement([[0, 1], [1, 2]]), 12);
  });
});

describe('document unit', () => {
  test('a code is present in a document for a coder who applied it once', () => {
    const f = figures({ documents: [{ id: 'd1', length: 9 }, { id: 'd2', length: 9 }, { id: 'd3', length: 9 }], codings: [['A', 'd1', 'X', 0, 1], ['B', 'd1', 'X', 5, 6], ['A', 'd2', 'X', 0, 1]] }, documentUnits).byCode[0]!;
    expect(f.units).toBe(3);
    expect(f.percentAgreement).toBeCloseTo(2 / 3, 12);
  });
});

describe('resampling blocks', () => {
  // Units of one text are not independent draws, documents are: whatever the unit, a bootstrap draw
  // takes a whole document. So weighting a document w times must count its units exactly as w copies
  // of it would.
  const text = 'One here.\n\nTwo here. And more.\n\nThree here.';
  const documents = ['d1', 'd2', 'd3', 'd4'];
  const codings: Spec['codings'] = [
    ['A', 'd1', 'X', 0, 9], ['B', 'd1', 'X', 0, 9], ['A', 'd1', 'X', 11, 20],
    ['A', 'd2', 'X', 11, 30], ['B', 'd2', 'X', 11, 30], ['B', 'd2', 'X', 32, 43],
    ['A', 'd3', 'X', 32, 43],
  ];
  const weights = [2, 0, 3, 1];
  const builders: Record<string, (p: ReturnType<typeof prepareAgreement>, docs: number[]) => PresenceData> = {
    characters: characterUnits,
    documents: documentUnits,
    paragraphs: (p, d) => textUnits(p, d, 'paragraphs'),
    sentences: (p, d) => textUnits(p, d, 'sentences', 'en'),
    segments: (p, d) => segmentUnits(p, d),
  };

  test.each(Object.keys(builders))('%s: one block per document, and a weight per document counts it that many times', (unit) => {
    const build = builders[unit]!;
    const prepared = prepareAgreement(agreementInput({ documents: documents.map((id) => ({ id, text })), codings }));
    const data = build(prepared, [0, 1, 2, 3]);
    expect([...data.blockDocuments]).toEqual([0, 1, 2, 3]);

    const copies = documents.flatMap((id, d) => Array.from({ length: weights[d]! }, (_, k) => ({ id, copy: `${id}-${k}` })));
    const duplicated = prepareAgreement(
      agreementInput({
        documents: copies.map(({ copy }) => ({ id: copy, text })),
        codings: copies.flatMap(({ id, copy }) => codings.filter((c) => c[1] === id).map(([coder, , code, start, end]): Spec['codings'][number] => [coder, copy, code, start, end])),
      }),
    );
    const expected = presenceHistograms(build(duplicated, copies.map((_, i) => i)));
    const weighted = presenceHistograms(data, weights);
    expect([...weighted.overall]).toEqual([...expected.overall]);
  });
});
