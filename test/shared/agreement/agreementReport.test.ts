// The report a researcher reads: pooled over documents, reproducible intervals, groups, warnings.
import { describe, expect, test } from 'vitest';
import { agreementReport, type AgreementUnit } from '../../../shared/agreement/agreementReport';
import { methodsParagraph } from '../../../shared/agreement/methodsParagraph';
import { cohenKappa, unitizedAlpha } from '../../../shared/stats/agreement';
import { bootstrapIntervals } from '../../../shared/stats/agreementBootstrap';
import { agreementInput, type Spec } from './fixtures';

// Two documents of very different sizes: in the short one the coders disagree a lot, in the long one
// they agree well.
const twoDocuments: Spec = {
  documents: [{ id: 'short', length: 10 }, { id: 'long', length: 1000 }],
  codings: [
    ['A', 'short', 'X', 0, 5], ['B', 'short', 'X', 3, 8],
    ['A', 'long', 'X', 100, 300], ['B', 'long', 'X', 110, 300], ['A', 'long', 'X', 600, 700], ['B', 'long', 'X', 600, 690],
  ],
};

describe('agreement report', () => {
  test('pools documents into one table rather than averaging their kappas', () => {
    const report = agreementReport(agreementInput(twoDocuments), { unit: 'characters', bootstrap: null });
    const row = report.rows[0]!;
    // By hand: short doc both 2 (3-5), A only 3, B only 3, neither 2; long doc both 280, A only 20, neither 700.
    const pooled = cohenKappa([[282, 23], [3, 702]]);
    expect(row.cohenKappa!.value).toBeCloseTo(pooled, 12);
    expect(row.cohenKappa!.units).toBe(1010);
    const mean = (cohenKappa([[2, 3], [3, 2]]) + cohenKappa([[280, 20], [0, 700]])) / 2;
    expect(Math.abs(row.cohenKappa!.value - mean)).toBeGreaterThan(0.1);
    expect(row.prevalence).toBeCloseTo((305 + 285) / 2020, 12);
  });

  test('gives the unitized alpha of the documents laid end to end with gaps stopping at their edges', () => {
    const report = agreementReport(agreementInput({ documents: [{ id: 'd', length: 1000 }], codings: twoDocuments.codings.filter((c) => c[1] === 'long').map((c) => [c[0], 'd', c[2], c[3], c[4]]) }), { unit: 'characters', bootstrap: null });
    const direct = unitizedAlpha({
      begin: 0,
      length: 1000,
      segmentsByCoder: [
        [{ begin: 100, length: 200, category: 'X' }, { begin: 600, length: 100, category: 'X' }],
        [{ begin: 110, length: 190, category: 'X' }, { begin: 600, length: 90, category: 'X' }],
      ],
    });
    expect(report.rows[0]!.unitizedAlpha.value).toBeCloseTo(direct.byCategory.X!, 12);
    expect(report.rows[0]!.unitizedAlpha.units).toBe(1000);
  });

  test.each(['paragraphs', 'sentences'] as const)('resamples whole documents for %s, not single units, when agreement goes by document', (unit) => {
    // 20 documents of 10 one-sentence paragraphs. In even documents A and B both code paragraphs 0–4;
    // in odd ones A codes 0–4 and B 3–7. Agreement is a property of the document, so a draw must take
    // a document's ten paragraphs together: the interval is that of a bootstrap over the 20 documents.
    const text = Array.from({ length: 10 }, () => 'Some words here.').join('\n\n');
    const paragraph = (i: number) => 18 * i;
    const spec: Spec = {
      documents: Array.from({ length: 20 }, (_, d) => ({ id: `d${d}`, text })),
      codings: Array.from({ length: 20 }, (_, d): Spec['codings'] => [
        ['A', `d${d}`, 'X', paragraph(0), paragraph(4) + 16],
        d % 2 === 0 ? ['B', `d${d}`, 'X', paragraph(0), paragraph(4) + 16] : ['B', `d${d}`, 'X', paragraph(3), paragraph(7) + 16],
      ]).flat(),
    };
    const tables = spec.documents.map((_, d) => (d % 2 === 0 ? [[5, 0], [0, 5]] : [[2, 3], [3, 2]]));
    const bootstrap = { resamples: 1000, seed: 3 };
    const report = agreementReport(agreementInput(spec), { unit, bootstrap, sentenceLocale: 'en' });
    const kappa = report.rows[0]!.cohenKappa!;
    expect(kappa.value).toBeCloseTo(0.4, 12);
    expect(kappa.units).toBe(200);

    const [reference] = bootstrapIntervals(
      tables.length,
      1,
      (weights) => {
        const sum = [[0, 0], [0, 0]];
        tables.forEach((table, d) => table.forEach((row, i) => row.forEach((n, j) => (sum[i]![j]! += weights[d]! * n))));
        return [cohenKappa(sum)];
      },
      bootstrap,
    );
    expect(kappa.interval!.low).toBeCloseTo(reference!.low, 12);
    expect(kappa.interval!.high).toBeCloseTo(reference!.high, 12);
    expect(report.resampled).toBe('documents');
  });

  test.each(['characters', 'segments', 'paragraphs', 'sentences', 'documents'] satisfies AgreementUnit[])('says that %s are resampled by whole documents', (unit) => {
    const report = agreementReport(agreementInput({ documents: [{ id: 'd', text: 'One.' }], codings: [] }), { unit, bootstrap: null });
    expect(report.resampled).toBe('documents');
  });

  test('gives the same intervals for the same seed, and others for another seed', () => {
    const spec: Spec = {
      documents: Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, length: 100 })),
      codings: Array.from({ length: 12 }, (_, i): Array<[string, string, string, number, number]> => [['A', `d${i}`, 'X', 10, 40 + i], ['B', `d${i}`, 'X', 12 + (i % 5), 45]]).flat(),
    };
    const once = agreementReport(agreementInput(spec), { unit: 'characters', bootstrap: { resamples: 200, seed: 7 } });
    const again = agreementReport(agreementInput(spec), { unit: 'characters', bootstrap: { resamples: 200, seed: 7 } });
    const other = agreementReport(agreementInput(spec), { unit: 'characters', bootstrap: { resamples: 200, seed: 8 } });
    expect(again.rows).toEqual(once.rows);
    const interval = once.rows[0]!.krippendorffAlpha.interval!;
    expect(interval.low).toBeLessThan(once.rows[0]!.krippendorffAlpha.value);
    expect(interval.high).toBeGreaterThan(once.rows[0]!.krippendorffAlpha.value);
    expect(other.rows[0]!.krippendorffAlpha.interval).not.toEqual(interval);
    expect(once.rows[0]!.unitizedAlpha.interval).not.toBeNull();
    expect(once.bootstrap).toEqual({ resamples: 200, seed: 7 });
  });

  test('reports each group as if its documents were alone', () => {
    const groups = new Map([['short', 'left'], ['long', 'right']]);
    const report = agreementReport(agreementInput(twoDocuments), { unit: 'characters', bootstrap: null, groups });
    expect(report.groups.map((g) => g.label)).toEqual(['left', 'right']);
    const alone = agreementReport(agreementInput({ ...twoDocuments, documents: [{ id: 'long', length: 1000 }], codings: twoDocuments.codings.filter((c) => c[1] === 'long') }), { unit: 'characters', bootstrap: null });
    expect(report.groups[1]!.rows).toEqual(alone.rows);
  });

  test('pools all codes as one yes/no judgement per unit and code', () => {
    const spec: Spec = { codes: ['X', 'Y'], documents: [{ id: 'd', length: 100 }], codings: [['A', 'd', 'X', 0, 50], ['B', 'd', 'X', 0, 40], ['A', 'd', 'Y', 60, 70], ['B', 'd', 'Y', 50, 70]] };
    const report = agreementReport(agreementInput(spec), { unit: 'characters', bootstrap: null });
    expect(report.rows.map((r) => r.label)).toEqual(['X', 'Y', 'All codes']);
    expect(report.rows[2]!.cohenKappa!.value).toBeCloseTo(cohenKappa([[40 + 10, 10], [10, 50 + 80]]), 12);
    expect(report.rows[2]!.cohenKappa!.units).toBe(200);
  });

  test('pools only the codes someone applied: a codebook’s unused codes do not raise the pooled figures', () => {
    const used: Spec = { codes: ['X'], documents: [{ id: 'd', length: 100 }], codings: [['A', 'd', 'X', 10, 30], ['A', 'd', 'X', 50, 60], ['B', 'd', 'X', 15, 35]] };
    const alone = agreementReport(agreementInput(used), { unit: 'characters', bootstrap: null });
    const unused = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
    const withUnused = agreementReport(agreementInput({ ...used, codes: ['X', ...unused] }), { unit: 'characters', bootstrap: { resamples: 50, seed: 1 } });
    const pooled = withUnused.rows.at(-1)!;
    // One code's kappa, 0.47, read 0.59 pooled with nine codes nobody used (each only agreed absences).
    expect(pooled.cohenKappa!.value).toBeCloseTo(alone.rows[0]!.cohenKappa!.value, 12);
    expect(pooled.percentAgreement.value).toBeCloseTo(alone.rows[0]!.percentAgreement.value, 12);
    expect(pooled.percentAgreement.units).toBe(100);
    // Still listed, each with its own row and its warning.
    expect(withUnused.rows.map((r) => r.label)).toEqual(['X', ...unused, 'All codes']);
    expect(withUnused.rows[1]!.warnings.join(' ')).toContain('A never applied “U1”');
  });

  test('warns in plain words about a rare code, a coder who never used a code, and too few units', () => {
    const spec: Spec = {
      codes: ['Rare', 'Unused'],
      documents: [{ id: 'd', length: 2000 }],
      codings: [['A', 'd', 'Rare', 0, 20], ['B', 'd', 'Rare', 10, 30], ['A', 'd', 'Unused', 100, 150]],
    };
    const report = agreementReport(agreementInput(spec), { unit: 'characters', bootstrap: null });
    const [rare, unused] = report.rows;
    expect(rare!.warnings.join(' ')).toMatch(/“Rare” is rare \(1\.0% of judgements\): the coders agree on 99\.0% mostly because both left it out/);
    expect(unused!.warnings.join(' ')).toContain('B never applied “Unused” in the documents they coded');
    expect(rare!.warnings.join(' ')).toContain('Only 1 document carries these figures');
    const few = agreementReport(agreementInput({ documents: [{ id: 'd', length: 50 }], codings: [['A', 'd', 'X', 0, 5]] }), { unit: 'documents', bootstrap: null });
    expect(few.rows[0]!.warnings.join(' ')).toContain('Only 1 document was judged by two or more coders');
  });

  test('names the documents compared in which a coder applied no code, and the methods paragraph counts them', () => {
    const spec: Spec = {
      codes: ['X'],
      documents: [{ id: 'd1', length: 10 }, { id: 'd2', length: 10 }, { id: 'd3', length: 10 }],
      // B coded d1 only; in d3 A applied another code than the one compared: A worked on d3.
      codings: [['A', 'd1', 'X', 2, 5], ['B', 'd1', 'X', 2, 6], ['A', 'd2', 'X', 0, 4], ['A', 'd3', 'Other', 0, 4]],
    };
    const report = agreementReport(agreementInput(spec), { unit: 'characters', bootstrap: null });
    expect(report.silentDocuments).toEqual([0, 2]);
    expect(report.notes).toContain(
      'B applied no code in 2 of the 3 documents compared (“Title of d2” and “Title of d3”): they count as B finding nothing to code there, every unit absent. If B has not coded them yet, leave them out of the documents compared.',
    );
    const codebook = [{ id: 'code-X', name: 'X', parentId: null, color: '#000000', order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '2026-01-01' }];
    expect(methodsParagraph(report, { codebook, blindByCoder: new Map() })).toContain(
      'Each document compared counted as coded by every coder, so a coder who applied no code in a document marked each of its units absent (B in 2 documents).',
    );
    const everyoneCoded = agreementReport(agreementInput({ ...spec, codings: spec.codings.filter((c) => c[1] === 'd1'), documents: [spec.documents[0]!] }), { unit: 'characters', bootstrap: null });
    expect(everyoneCoded.notes.join(' ')).not.toContain('applied no code');
    expect(methodsParagraph(everyoneCoded, { codebook, blindByCoder: new Map() })).not.toContain('applied no code');
  });

  test('says which documents were left out for missing coders', () => {
    const report = agreementReport(
      agreementInput({ coders: ['A', 'B', 'C'], documents: [{ id: 'd1', length: 10 }, { id: 'd2', length: 10 }, { id: 'd3', length: 10 }], codings: [], coded: { A: ['d1', 'd2', 'd3'], B: ['d1', 'd2'], C: ['d1'] } }),
      { unit: 'characters', bootstrap: null },
    );
    expect(report.documents).toBe(2);
    expect(report.completeDocuments).toBe(1);
    expect(report.rows[0]!.cohenKappa).toBeNull();
    expect(report.notes).toContain('1 document was coded by one coder only and is left out: there is nobody to agree with.');
    expect(report.notes.join(' ')).toContain('1 document was coded by some of the coders only');
  });
});
