// What leaves the app: the agreement table as CSV, the methods paragraph, the codebook's version.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { agreementCsv } from '../../../shared/agreement/agreementCsv';
import { agreementReport } from '../../../shared/agreement/agreementReport';
import { codebookCanonicalForm, codebookVersion } from '../../../shared/agreement/codebookVersion';
import { methodsParagraph } from '../../../shared/agreement/methodsParagraph';
import { blindTallies, blindWords } from '../../../shared/agreement/blindMode';
import { sha256Hex } from '../../../shared/hash/sha256';
import type { CodeRecord } from '../../../shared/model';
import { agreementInput, type Spec } from './fixtures';

const codebook: CodeRecord[] = [
  { id: 'code-Frames', name: 'Frames', color: '#112233', parentId: null, order: 0, definition: 'How a story is told.', inclusion: '', exclusion: '', example: '', createdAt: '2026-01-01' },
  { id: 'code-X', name: 'Economy', color: '#445566', parentId: 'code-Frames', order: 1, definition: 'Jobs, prices, budgets.', inclusion: 'Any money talk', exclusion: '', example: '', createdAt: '2026-01-01' },
];

const spec: Spec = {
  documents: [{ id: 'd1', length: 10 }],
  codings: [['A', 'd1', 'X', 2, 4], ['B', 'd1', 'X', 3, 5]],
};

describe('codebook version', () => {
  test('hashes paths, names and definitions, and nothing a coder does not read', () => {
    const version = codebookVersion(codebook);
    expect(version.sha256).toBe(sha256Hex(codebookCanonicalForm(codebook)));
    expect(version.short).toBe(version.sha256.slice(0, 12));
    expect(codebookCanonicalForm(codebook)).toBe(
      JSON.stringify([
        ['Frames', 'Frames', 'How a story is told.', '', '', ''],
        ['Frames > Economy', 'Economy', 'Jobs, prices, budgets.', 'Any money talk', '', ''],
      ]),
    );
    const recoloured = codebook.map((c) => ({ ...c, color: '#000000', order: 9 - c.order }));
    expect(codebookVersion([...recoloured].reverse())).toEqual(version);
    const redefined = codebook.map((c) => (c.id === 'code-X' ? { ...c, definition: 'Jobs and prices.' } : c));
    expect(codebookVersion(redefined).sha256).not.toBe(version.sha256);
  });
});

describe('methods paragraph', () => {
  test('names the unit, statistics, units, coders, codebook version and blind mode', () => {
    const report = agreementReport(agreementInput({ ...spec, codes: ['X'] }), { unit: 'characters', bootstrap: null });
    const version = codebookVersion(codebook).short;
    const text = methodsParagraph(report, { codebook, blindByCoder: new Map([['coder-A', { blind: 3, notBlind: 0, unrecorded: 0 }], ['coder-B', { blind: 0, notBlind: 2, unrecorded: 0 }]]) });
    expect(text).toBe(
      `Inter-coder agreement was assessed between 2 coders (A and B) on 1 document coded by at least two of them, for 1 code of the codebook (version ${version}, the first 12 hex digits of a SHA-256 hash of the codes’ paths, names and definitions). ` +
        'The unit of analysis was the character as a reader counts it (a Unicode extended grapheme cluster, so an emoji, a flag or a letter with its accent is one character): each code was present or absent at each character of the text (each code its own continuum); 10 characters were judged by two or more coders. ' +
        'For each code, and for all codes pooled over documents (never averaged), we report percent agreement, Cohen’s kappa, Fleiss’ kappa, Bennett’s S (Brennan and Prediger’s kappa, with the two categories present and absent), Krippendorff’s alpha (nominal) and Krippendorff’s unitized alpha over the character continuum (Krippendorff 2004); the pooled figures leave out codes no coder applied in these documents, whose agreed absences would raise them with the size of the codebook. ' +
        'No bootstrap intervals were computed. ' +
        'Blind mode (the other coders’ codings hidden while coding), as recorded with each coding: A coded in blind mode; B not blind. ' +
        // By hand: alpha = 1 - (19/20)(1 - pi), pi = 0.375; unitized D_o = 4/200, D_e = (2/10) 100 / 376.
        'Pooled over all codes, Krippendorff’s alpha was 0.406 and unitized alpha 0.624; Cohen’s kappa was 0.375, with percent agreement 80.0%.',
    );
  });

  test('gives the bootstrap, the segment rule and unrecorded blind mode', () => {
    const report = agreementReport(agreementInput({ ...spec, codes: ['X'] }), { unit: 'segments', bootstrap: { resamples: 500, seed: 42 } });
    const text = methodsParagraph(report, { codebook, blindByCoder: new Map() });
    expect(text).toContain('Intervals are 95% percentile bootstrap intervals from 500 resamples of documents (seed 42).');
    expect(text).toContain('overlap ÷ union ≥ 90%');
    expect(text).toContain('as recorded with each coding: A made no codings in the documents compared; B made no codings in the documents compared.');
  });
});

describe('methods paragraph figures and counts, as the table shows them', () => {
  test('percent agreement is a percentage, its interval too, as in the table (not a proportion called a percent)', () => {
    const report = agreementReport(agreementInput({ ...spec, codes: ['X'] }), { unit: 'characters', bootstrap: null });
    const overall = report.rows.at(-1)!;
    overall.percentAgreement = { ...overall.percentAgreement, value: 0.8, interval: { low: 0.625, high: 0.9 } };
    const text = methodsParagraph(report, { codebook, blindByCoder: new Map() });
    expect(text).toContain('with percent agreement 80.0% [62.5%, 90.0%].');
  });

  test('one unit judged is said in the singular', () => {
    const report = agreementReport(agreementInput({ ...spec, codes: ['X'] }), { unit: 'documents', bootstrap: null });
    const text = methodsParagraph(report, { codebook, blindByCoder: new Map() });
    expect(text).toContain('; 1 document was judged by two or more coders.');
  });

  test('an undefined figure says why, in the words the table’s warning uses', () => {
    // Both coders coded the whole document: every judgement the same, nothing for chance to explain.
    const same = agreementReport(agreementInput({ codes: ['X'], documents: [{ id: 'd1', length: 10 }], codings: [['A', 'd1', 'X', 0, 10], ['B', 'd1', 'X', 0, 10]] }), { unit: 'documents', bootstrap: null });
    const text = methodsParagraph(same, { codebook, blindByCoder: new Map() });
    expect(text).toContain('Krippendorff’s alpha was undefined (every judgement was the same, or none could be paired)');
    expect(text).toContain('Cohen’s kappa was undefined (every judgement was the same, or none could be paired), with percent agreement 100.0%.');
  });

  test('when no coder applied any code, the pooled result says so once, and never calls percent agreement undefined for judgements all the same', () => {
    const none = agreementReport(agreementInput({ codes: ['X'], documents: [{ id: 'd1', length: 10 }], codings: [] }), { unit: 'characters', bootstrap: null });
    const text = methodsParagraph(none, { codebook, blindByCoder: new Map() });
    expect(text).not.toMatch(/percent agreement undefined/);
    expect(text).not.toMatch(/Pooled over all codes, Krippendorff’s alpha was undefined/);
    expect(text).toMatch(/No coder applied any of these codes in the documents compared, so there is no pooled result to report\.$/);
  });

  test('when no document was coded by two of the coders, the paragraph says no figure could be computed', () => {
    const unpaired = agreementReport(agreementInput({ codes: ['X'], documents: [{ id: 'd1', length: 10 }], codings: [['A', 'd1', 'X', 0, 4]], coded: { A: ['d1'], B: [] } }), { unit: 'characters', bootstrap: null });
    const text = methodsParagraph(unpaired, { codebook, blindByCoder: new Map() });
    expect(text).not.toMatch(/percent agreement undefined/);
    expect(text).toMatch(/No document was coded by two or more of the coders, so no agreement figure could be computed\.$/);
  });

  test('three coders: Fleiss’ kappa, not Cohen’s, in the list and in the pooled result', () => {
    const three = agreementReport(
      agreementInput({ coders: ['A', 'B', 'C'], codes: ['X'], documents: [{ id: 'd1', length: 10 }], codings: [['A', 'd1', 'X', 2, 4], ['B', 'd1', 'X', 3, 5], ['C', 'd1', 'X', 2, 5]] }),
      { unit: 'segments', bootstrap: null },
    );
    const text = methodsParagraph(three, { codebook, blindByCoder: new Map() });
    expect(text).toContain('between 3 coders (A, B and C)');
    expect(text).not.toContain('Cohen');
    expect(text).toMatch(/; Fleiss’ kappa was (-?\d\.\d{3}|undefined \(every judgement was the same, or none could be paired\)), with percent agreement \d+\.\d%\.$/);
  });
});

describe('blind mode per coder, from the flag each coding carries', () => {
  const coding = (coderId: string, blind: boolean | undefined) => ({ coderId, ...(blind === undefined ? {} : { blind }) });

  test('counts each coder’s codings by blind mode, unrecorded apart', () => {
    const tallies = blindTallies([coding('A', true), coding('A', false), coding('A', true), coding('B', undefined), coding('B', false)]);
    expect(Object.fromEntries(tallies)).toEqual({ A: { blind: 2, notBlind: 1, unrecorded: 0 }, B: { blind: 0, notBlind: 1, unrecorded: 1 } });
  });

  test('says blind, not blind, partly blind with the counts, or not recorded', () => {
    expect(blindWords({ blind: 4, notBlind: 0, unrecorded: 0 })).toBe('coded in blind mode');
    expect(blindWords({ blind: 0, notBlind: 4, unrecorded: 0 })).toBe('not blind');
    expect(blindWords({ blind: 2, notBlind: 3, unrecorded: 0 })).toBe('partly blind (2 of 5 codings)');
    expect(blindWords({ blind: 2, notBlind: 0, unrecorded: 1 })).toBe('partly blind (2 of 3 codings; not recorded for 1)');
    expect(blindWords({ blind: 0, notBlind: 2, unrecorded: 1 })).toBe('not blind (2 of 3 codings; not recorded for 1)');
    expect(blindWords({ blind: 0, notBlind: 0, unrecorded: 3 })).toBe('blind mode not recorded');
    expect(blindWords(undefined)).toBe('made no codings in the documents compared');
  });

  test('the paragraph names each coder with their own words', () => {
    const report = agreementReport(agreementInput({ ...spec, codes: ['X'] }), { unit: 'documents', bootstrap: null });
    const text = methodsParagraph(report, { codebook, blindByCoder: blindTallies([coding('coder-A', true), coding('coder-B', true), coding('coder-B', false)]) });
    expect(text).toContain('as recorded with each coding: A coded in blind mode; B partly blind (1 of 2 codings).');
  });
});

describe('units counted with several codes', () => {
  // Two codes over three documents: each code's row rests on 3 documents, the pooled row on 6
  // code-by-document judgements; the paragraph and the warnings count documents as documents.
  const input = agreementInput({ codes: ['X', 'Y'], documents: [{ id: 'd1', length: 10 }, { id: 'd2', length: 10 }, { id: 'd3', length: 10 }], codings: [['A', 'd1', 'X', 0, 5], ['B', 'd1', 'X', 0, 5], ['A', 'd2', 'Y', 0, 5]] });
  const report = agreementReport(input, { unit: 'documents', bootstrap: null });

  test('the methods paragraph names the documents, not the code-by-document pairs', () => {
    expect(report.rows.map((r) => r.percentAgreement.units)).toEqual([3, 3, 6]);
    expect(methodsParagraph(report, { codebook, blindByCoder: new Map() })).toContain('; 3 documents were judged by two or more coders.');
  });

  test('the pooled row’s warning counts judgements', () => {
    expect(report.rows[0]!.warnings).toContain('Only 3 documents were judged by two or more coders: too few for a steady figure; its interval is wide.');
    expect(report.rows[2]!.warnings).toContain('Only 6 code-by-document judgements were made by two or more coders: too few for a steady figure; its interval is wide.');
  });
});

describe('agreement table as CSV', () => {
  test('one row per code and for all codes, per group, with intervals and the seed', () => {
    const report = agreementReport(agreementInput({ ...spec, codes: ['X'] }), { unit: 'characters', bootstrap: { resamples: 100, seed: 3 }, groups: new Map([['d1', 'left']]) });
    const csv = agreementCsv(report, codebook, { spreadsheetSafe: true });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.group, r.row_kind, r.code, r.code_path])).toEqual([
      ['', 'code', 'Economy', 'Frames > Economy'],
      ['', 'pooled', 'All codes', 'All codes'],
      ['left', 'code', 'Economy', 'Frames > Economy'],
      ['left', 'pooled', 'All codes', 'All codes'],
    ]);
    // Each row names the codebook it measured, as the methods paragraph does.
    expect(new Set(parsed.data.map((r) => r.codebook_version))).toEqual(new Set([codebookVersion(codebook).short]));
    const first = parsed.data[0]!;
    expect(Number(first.cohen_kappa)).toBeCloseTo(0.375, 12);
    expect(Number(first.units)).toBe(10);
    expect(first.bootstrap_seed).toBe('3');
    expect(first.interval_level).toBe('0.95');
    expect(first.warnings).toContain('Only 10 characters were judged by two or more coders');
  });
});
