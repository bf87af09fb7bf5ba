// "Characters" in the agreement report are what a reader counts: an emoji, a flag, a family emoji, a
// letter with a combining accent and a CJK Extension B ideograph are one character each, as a plain
// letter is. The same coding decisions on a text of such characters and on a text where each is a
// single BMP letter give the same figures.
import { describe, expect, test } from 'vitest';
import { prepareAgreement } from '../../../shared/agreement/agreementInput';
import { agreementReport, type AgreementUnit } from '../../../shared/agreement/agreementReport';
import { methodsParagraph } from '../../../shared/agreement/methodsParagraph';
import { characterUnits } from '../../../shared/agreement/characterUnits';
import { presenceHistograms } from '../../../shared/agreement/presence';
import { alphaFromUnitizedDisagreements, unitizedCategoryData, unitizedDisagreement } from '../../../shared/stats/agreementUnitized';
import { agreementInput, type Spec } from './fixtures';

// Each wide character stands where its twin letter stands in the plain text.
const WIDE: Record<string, string> = {
  E: '😀', // two UTF-16 units
  F: '🇫🇷', // four
  G: '👨‍👩‍👧‍👦', // eleven
  H: 'e\u0301', // two code points, decomposed é
  K: '𠀀', // U+20000, CJK Extension B
  S: '👍🏽', // four
};

// Paragraphs and sentences too, so that every unit has something to find.
const PLAIN = ['Ab E cF dG.', 'Hx yK zS E.', 'Fa GH bK cS.', 'Ee Ff Gg.'].join('\n\n');
const WIDE_TEXT = [...PLAIN].map((ch) => WIDE[ch] ?? ch).join('');

/** The UTF-16 offset in the wide text of character `i` of the plain text. */
function wideOffset(i: number): number {
  return [...PLAIN.slice(0, i)].map((ch) => WIDE[ch] ?? ch).join('').length;
}

// Codings by plain-text character index: starts and ends on wide characters, passages of different
// lengths, partial agreement, two codes, three documents.
const DECISIONS: Spec['codings'] = [
  ['A', 'd1', 'X', 0, 10], ['B', 'd1', 'X', 3, 10], ['A', 'd1', 'Y', 13, 22], ['B', 'd1', 'Y', 14, 24],
  ['A', 'd1', 'X', 26, 37], ['B', 'd1', 'X', 25, 37], ['A', 'd1', 'Y', 40, 46], ['B', 'd1', 'Y', 40, 48],
  ['A', 'd2', 'X', 3, 6], ['B', 'd2', 'X', 3, 7], ['A', 'd2', 'Y', 13, 19], ['B', 'd2', 'Y', 16, 24],
  ['A', 'd3', 'X', 25, 48], ['B', 'd3', 'X', 26, 48], ['B', 'd3', 'Y', 0, 5],
];

function twin(wide: boolean): Spec {
  const text = wide ? WIDE_TEXT : PLAIN;
  const at = wide ? wideOffset : (i: number) => i;
  return {
    codes: ['X', 'Y'],
    documents: ['d1', 'd2', 'd3'].map((id) => ({ id, text })),
    codings: DECISIONS.map(([coder, doc, code, start, end]) => [coder, doc, code, at(start), at(end)]),
  };
}

describe('agreement counts characters as a reader does', () => {
  test('the twin texts differ in UTF-16 units but not in characters', () => {
    expect(WIDE_TEXT.length).toBeGreaterThan(PLAIN.length + 30);
    expect([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(WIDE_TEXT)].length).toBe(PLAIN.length);
  });

  test('character unit: the same units judged and the same presence at each', () => {
    const plain = presenceHistograms(characterUnits(prepareAgreement(agreementInput(twin(false))), [0, 1, 2]));
    const wide = presenceHistograms(characterUnits(prepareAgreement(agreementInput(twin(true))), [0, 1, 2]));
    expect([...wide.overall]).toEqual([...plain.overall]);
    expect(wide.byCode.map((h) => [...h])).toEqual(plain.byCode.map((h) => [...h]));
  });

  test('each document’s length and each coder’s passages are counted in characters', () => {
    const prepared = prepareAgreement(agreementInput(twin(true)));
    expect(prepared.characters).toEqual([PLAIN.length, PLAIN.length, PLAIN.length]);
    expect(prepared.ranges[0]![0]).toEqual([[0, 10, 26, 37], [3, 10, 25, 37]]);
  });

  test('unitized alpha over the character continuum, from the prepared ranges and lengths', () => {
    const alpha = (wide: boolean) => {
      const prepared = prepareAgreement(agreementInput(twin(wide)));
      const parts = [0, 1].map((code) =>
        unitizedDisagreement(unitizedCategoryData(2, [0, 1, 2].map((d) => ({ length: prepared.characters[d]!, rangesByCoder: prepared.ranges[d]![code] ?? [[], []] })))),
      );
      return [...parts.map((part) => alphaFromUnitizedDisagreements([part])), alphaFromUnitizedDisagreements(parts)];
    };
    expect(alpha(true)).toEqual(alpha(false));
  });

  test.each<AgreementUnit>(['characters', 'segments', 'paragraphs', 'sentences', 'documents'])('%s: the whole report, intervals and warnings included, is the same', (unit) => {
    const options = { unit, bootstrap: { resamples: 200, seed: 11 }, sentenceLocale: 'en', segmentOverlap: 0.8 };
    const plain = agreementReport(agreementInput(twin(false)), options);
    const wide = agreementReport(agreementInput(twin(true)), options);
    expect(wide).toEqual(plain);
    expect(wide.rows.at(-1)!.unitizedAlpha.units).toBe(3 * PLAIN.length);
  });

  test('the methods paragraph says the same number of characters judged', () => {
    const context = { codebook: [], blindByCoder: new Map() };
    const paragraph = (wide: boolean) => methodsParagraph(agreementReport(agreementInput(twin(wide)), { unit: 'characters', bootstrap: null }), context);
    expect(paragraph(true)).toBe(paragraph(false));
    expect(paragraph(false)).toContain(`${(3 * PLAIN.length).toLocaleString('en-US')} characters were judged`);
  });

  test('a coding whose end falls inside a character (an accent left out) takes in the whole character', () => {
    // "e" then U+0301: a coding that stops before the accent still covers the letter a reader sees.
    const text = 'cafe\u0301 noir';
    const cut = prepareAgreement(agreementInput({ documents: [{ id: 'd', text }], codings: [['A', 'd', 'X', 0, 4], ['B', 'd', 'X', 0, 5]] }));
    expect(cut.characters).toEqual([9]);
    expect(cut.ranges[0]![0]).toEqual([[0, 4], [0, 4]]);
  });

  test('a message about a coding outside its text gives the length in the unit of its offsets', () => {
    const input = agreementInput({ documents: [{ id: 'd', text: '😀😀' }], codings: [['A', 'd', 'X', 0, 6]] });
    expect(() => prepareAgreement(input)).toThrow('(UTF-16 offsets 0–6) lies outside the text of “Title of d” (4 UTF-16 units)');
  });
});
