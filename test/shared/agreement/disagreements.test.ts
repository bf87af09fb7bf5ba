// The list a team works through, and what each decision leaves in the consensus coder.
import { describe, expect, test } from 'vitest';
import { consensusFromAgreed, settleDisagreement } from '../../../shared/agreement/adjudication';
import { agreedPassageHolds, agreedPassages, disagreementHolds, listDisagreements } from '../../../shared/agreement/disagreements';
import { agreementInput, coding, type Spec } from './fixtures';

const text = 'The mayor promised jobs. Critics called it a stunt. The budget is short by a third.';
const spec: Spec = {
  codes: ['Economy', 'Conflict'],
  documents: [{ id: 'd1', text }, { id: 'd2', text }],
  codings: [
    // Agreement: both code "The mayor promised jobs." as Economy.
    ['A', 'd1', 'Economy', 0, 24], ['B', 'd1', 'Economy', 0, 24],
    // Different codes on the same passage.
    ['A', 'd1', 'Conflict', 25, 51], ['B', 'd1', 'Economy', 25, 51],
    // Boundaries that differ.
    ['A', 'd1', 'Economy', 52, 83], ['B', 'd1', 'Economy', 56, 83],
    // Coded by one coder only, in the second document.
    ['B', 'd2', 'Conflict', 25, 51],
  ],
};

describe('disagreements', () => {
  const list = listDisagreements(agreementInput(spec));

  test('lists each kind in document and text order, with both coders\' codings', () => {
    expect(list.map((d) => [d.docId, d.kind, d.start, d.end])).toEqual([
      ['d1', 'different-codes', 25, 51],
      ['d1', 'boundaries', 52, 83],
      ['d2', 'coded-by-some', 25, 51],
    ]);
    expect(list[0]!.codeIds).toEqual(['code-Economy', 'code-Conflict']);
    expect(list[0]!.byCoder.map((c) => [c.coderId, c.codings.map((k) => k.codeId)])).toEqual([
      ['coder-A', ['code-Conflict']],
      ['coder-B', ['code-Economy']],
    ]);
    expect(list[2]!.byCoder.map((c) => c.codings.length)).toEqual([0, 1]);
  });

  test('keeps its ids when computed again from the same codings, in another order', () => {
    const shuffled = agreementInput(spec);
    const again = listDisagreements({ ...shuffled, codings: [...shuffled.codings].reverse() });
    expect(again.map((d) => d.id)).toEqual(list.map((d) => d.id));
    expect(new Set(list.map((d) => d.id)).size).toBe(list.length);
  });

  test('does not list a passage a coder left uncoded in a document they never coded', () => {
    const none = listDisagreements(agreementInput({ ...spec, coded: { A: ['d1'], B: ['d1'] }, codings: spec.codings.filter((c) => c[1] === 'd1') }));
    expect(none.map((d) => d.docId)).toEqual(['d1', 'd1']);
  });
});

describe('adjudication into the consensus coder', () => {
  const list = listDisagreements(agreementInput(spec));
  let next = 0;
  const context = (doc: string) => ({ consensusCoderId: 'consensus', text, newId: () => `new-${++next}`, now: '2026-02-02T10:00:00.000Z', docId: doc });

  test('takes one coder\'s coding as it is, with its quote', () => {
    next = 0;
    const rows = settleDisagreement(list[0]!, { take: 'coder', coderId: 'coder-A' }, context('d1'));
    expect(rows).toEqual([
      { id: 'new-1', docId: 'd1', codeId: 'code-Conflict', start: 25, end: 51, quote: 'Critics called it a stunt.', prefix: 'The mayor promised jobs. ', suffix: ' The budget is short by a third.', coderId: 'consensus', createdAt: '2026-02-02T10:00:00.000Z' },
    ]);
  });

  test('takes both codes, neither, or an edited extent', () => {
    expect(settleDisagreement(list[0]!, { take: 'both' }, context('d1')).map((r) => [r.codeId, r.start, r.end])).toEqual([
      ['code-Economy', 25, 51],
      ['code-Conflict', 25, 51],
    ]);
    expect(settleDisagreement(list[1]!, { take: 'both' }, context('d1')).map((r) => [r.codeId, r.start, r.end])).toEqual([['code-Economy', 52, 83]]);
    expect(settleDisagreement(list[1]!, { take: 'neither' }, context('d1'))).toEqual([]);
    const edited = settleDisagreement(list[1]!, { take: 'edited', start: 56, end: 82 }, context('d1'));
    expect(edited.map((r) => [r.codeId, r.quote])).toEqual([['code-Economy', 'budget is short by a third']]);
    expect(() => settleDisagreement(list[1]!, { take: 'edited', start: 80, end: 200 }, context('d1'))).toThrow(/not a stretch of this document/);
    expect(() => settleDisagreement(list[1]!, { take: 'coder', coderId: 'coder-Z' }, context('d1'))).toThrow(/did not code this document/);
  });

  test('takes over what every coder coded alike', () => {
    next = 0;
    const agreed = agreedPassages(agreementInput(spec));
    expect(agreed).toEqual([{ docId: 'd1', codeId: 'code-Economy', ranges: [0, 24] }]);
    const rows = consensusFromAgreed(agreed, () => text, { consensusCoderId: 'consensus', newId: () => `new-${++next}`, now: '2026-02-02T10:00:00.000Z' });
    expect(rows.map((r) => [r.id, r.quote, r.coderId])).toEqual([['new-1', 'The mayor promised jobs.', 'consensus']]);
  });
});

describe('disagreements among three coders', () => {
  test('a passage two of three coders coded is coded by some; a third coder\'s other code on it is a different code', () => {
    const three: Spec = {
      coders: ['A', 'B', 'C'],
      codes: ['Economy', 'Conflict'],
      documents: [{ id: 'd', text }],
      codings: [['A', 'd', 'Economy', 0, 24], ['B', 'd', 'Economy', 0, 24], ['A', 'd', 'Economy', 25, 51], ['C', 'd', 'Economy', 25, 51], ['B', 'd', 'Conflict', 25, 51]],
    };
    const list = listDisagreements(agreementInput(three));
    expect(list.map((d) => [d.kind, d.start, d.byCoder.map((c) => c.codings.map((k) => k.codeId).join('+'))])).toEqual([
      ['coded-by-some', 0, ['code-Economy', 'code-Economy', '']],
      ['different-codes', 25, ['code-Economy', 'code-Conflict', 'code-Economy']],
    ]);
  });
});

describe('whether a listed disagreement still holds', () => {
  const input = agreementInput(spec);
  const list = listDisagreements(input);
  const boundaries = list[1]!;

  test('holds while its codings are as listed, whatever happens elsewhere in the document', () => {
    const elsewhere = coding('k-new', 'A', 'd1', 'Conflict', 0, 10);
    expect(disagreementHolds(boundaries, [...input.codings, elsewhere])).toBe(true);
  });

  test('no longer holds once one of its codings is resized, recoded or removed, or a coder adds one there', () => {
    const [a, b] = boundaries.byCoder.map((c) => c.codings[0]!);
    const others = input.codings.filter((c) => c.id !== a!.id);
    expect(disagreementHolds(boundaries, [...others, { ...a!, start: 53 }])).toBe(false);
    expect(disagreementHolds(boundaries, [...others, { ...a!, codeId: 'code-Conflict' }])).toBe(false);
    expect(disagreementHolds(boundaries, others)).toBe(false);
    expect(disagreementHolds(boundaries, [...input.codings, coding('k-new', 'B', 'd1', 'Economy', 52, 56)])).toBe(false);
    expect(b).toBeDefined();
  });

  test('an agreed passage no longer holds once a coder codes it otherwise', () => {
    const [agreed] = agreedPassages(input);
    const coders = input.coders.map((c) => c.id);
    expect(agreedPassageHolds(agreed!, coders, input.codings)).toBe(true);
    const bOnIt = input.codings.find((c) => c.coderId === 'coder-B' && c.start === 0)!;
    expect(agreedPassageHolds(agreed!, coders, input.codings.map((c) => (c === bOnIt ? { ...c, end: 20 } : c)))).toBe(false);
    expect(agreedPassageHolds(agreed!, coders, input.codings.filter((c) => c !== bOnIt))).toBe(false);
  });
});

describe('the overlap share that makes two codes one “different codes” disagreement', () => {
  // Counted in characters as a reader counts them (as the segment unit and every figure of the report
  // are), not in UTF-16 units: each wide character weighs what a plain letter weighs.
  const FAMILY = '👨‍👩‍👧‍👦'; // eleven UTF-16 units
  const FLAG = '🇫🇷'; // four
  const ACCENTED = 'e\u0301'; // two code points, one character
  const kinds = (docText: string, codings: Spec['codings'], overlap = 0.9) =>
    listDisagreements(agreementInput({ codes: ['Economy', 'Conflict'], documents: [{ id: 'd', text: docText }], codings }), { overlap }).map((d) => d.kind);

  test('a wide character only one coder took in does not weigh more than a letter', () => {
    // Ten characters, the first a family emoji: A coded all ten, B the last nine (9 ÷ 10 = 90%).
    const docText = `${FAMILY}abcdefghi and more`;
    expect(kinds(docText, [['A', 'd', 'Economy', 0, 20], ['B', 'd', 'Conflict', 11, 20]])).toEqual(['different-codes']);
  });

  test('wide characters both coders took in do not weigh more than letters', () => {
    // Ten characters, the last eight flags: A coded all ten, B the last eight (8 ÷ 10 = 80%, under 90%).
    const docText = `ab${FLAG.repeat(8)} and more`;
    expect(kinds(docText, [['A', 'd', 'Economy', 0, 34], ['B', 'd', 'Conflict', 2, 34]])).toEqual(['coded-by-some', 'coded-by-some']);
  });

  test('letters with combining accents count once each', () => {
    // Ten characters, the last eight decomposed “é”: 8 ÷ 10 = 80%, under a chosen 85%.
    const docText = `ab${ACCENTED.repeat(8)} and more`;
    expect(kinds(docText, [['A', 'd', 'Economy', 0, 18], ['B', 'd', 'Conflict', 2, 18]], 0.85)).toEqual(['coded-by-some', 'coded-by-some']);
    expect(kinds(docText, [['A', 'd', 'Economy', 0, 18], ['B', 'd', 'Conflict', 2, 18]], 0.8)).toEqual(['different-codes']);
  });
});
