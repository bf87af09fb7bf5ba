// Each statistic against a published worked example, within the precision it was published with.
// Where the example's data were taken from another package's test suite, the comment says which.
import { describe, expect, test } from 'vitest';
import {
  bennettS,
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  scottPi,
  unitizedAlpha,
  weightedCohenKappa,
} from '../../../shared/stats/agreement';
import { unitizedCategoryData, unitizedDisagreement } from '../../../shared/stats/agreementUnitized';

/** |actual - published| within half a unit of the published value's last digit. */
function expectPublished(actual: number, published: number, decimals: number) {
  expect(Math.abs(actual - published)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
}

describe('Krippendorff (2011) "Computing Krippendorff\'s Alpha-Reliability": 4 coders x 12 units with missing values', () => {
  // The data of section E (reliability data with missing values). Rows here are units, columns the
  // coders A-D. The same data and values are in the test suites of Python's `krippendorff`
  // (ordinal 0.815, ratio 0.797) and DKPro Statistics (nominal 0.743, interval 0.849).
  const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
  const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
  const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
  const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
  const units = A.map((_, u) => [A[u]!, B[u]!, C[u]!, D[u]!]);

  test('reproduces nominal 0.743, ordinal 0.815, interval 0.849 and ratio 0.797', () => {
    expectPublished(krippendorffAlpha(units, 'nominal'), 0.743, 3);
    expectPublished(krippendorffAlpha(units, 'ordinal'), 0.815, 3);
    expectPublished(krippendorffAlpha(units, 'interval'), 0.849, 3);
    expectPublished(krippendorffAlpha(units, 'ratio'), 0.797, 3);
  });

  test('leaves out the last unit, which only one coder coded', () => {
    const withoutLonelyUnit = units.slice(0, 11);
    expect(krippendorffAlpha(withoutLonelyUnit, 'nominal')).toBeCloseTo(krippendorffAlpha(units, 'nominal'), 12);
  });

  test('ranks string values lexicographically for ordinal data', () => {
    const letters = units.map((unit) => unit.map((v) => (v === null ? null : 'abcde'[v - 1]!)));
    expect(krippendorffAlpha(letters, 'ordinal')).toBeCloseTo(krippendorffAlpha(units, 'ordinal'), 12);
    expect(krippendorffAlpha(letters, 'nominal')).toBeCloseTo(krippendorffAlpha(units, 'nominal'), 12);
  });

  test('refuses strings where an interval is needed, and is undefined without pairable units', () => {
    expect(() => krippendorffAlpha([['a', 'b']], 'interval')).toThrow(TypeError);
    expect(krippendorffAlpha([[1, null], [null, 2]], 'nominal')).toBeNaN();
  });
});

describe('Artstein & Poesio (2008), "Inter-coder agreement for computational linguistics"', () => {
  // Table on p. 558 (two coders, STAT/IReq) and the three-category table on p. 568 (STAT/IReq/Chck),
  // as DKPro Statistics' ArtsteinPoesio2008Test transcribes them.
  const twoCategories = [
    [20, 20],
    [10, 50],
  ];
  const threeCategories = [
    [46, 6, 0],
    [0, 32, 0],
    [0, 6, 10],
  ];

  test('two categories: Ao 0.7, S 0.4, pi 0.341, kappa 0.348', () => {
    expectPublished(percentAgreement(twoCategories), 0.7, 3);
    expectPublished(bennettS(twoCategories), 0.4, 3);
    expectPublished(scottPi(twoCategories), 0.341, 3);
    expectPublished(cohenKappa(twoCategories), 0.348, 3);
  });

  test('three categories: Ao 0.88, S 0.82, pi 0.7995, kappa 0.8013', () => {
    expectPublished(percentAgreement(threeCategories), 0.88, 3);
    expectPublished(bennettS(threeCategories), 0.82, 3);
    expectPublished(scottPi(threeCategories), 0.7995, 4);
    expectPublished(cohenKappa(threeCategories), 0.8013, 4);
  });

  test('alpha is pi corrected for the sample size: 1 - (2N-1)/(2N) (1 - pi) for two coders', () => {
    const units: string[][] = [];
    const names = ['STAT', 'IReq', 'Chck'];
    threeCategories.forEach((row, i) => row.forEach((n, j) => {
      for (let k = 0; k < n; k++) units.push([names[i]!, names[j]!]);
    }));
    const n = units.length;
    expect(krippendorffAlpha(units, 'nominal')).toBeCloseTo(1 - ((2 * n - 1) / (2 * n)) * (1 - scottPi(threeCategories)), 12);
  });
});

describe('Cohen (1960) Table 2: 200 subjects, 3 categories', () => {
  test('kappa 0.492', () => {
    // Judge B rows x Judge A columns, as in the quallmer package's test of Cohen's table.
    expectPublished(cohenKappa([[88, 14, 18], [10, 40, 10], [2, 6, 12]]), 0.492, 3);
  });
});

describe('weighted kappa', () => {
  // scikit-learn's cohen_kappa_score test ("Weighting example"): an independent implementation's
  // values for this table, none 0.9315, linear 0.9412, quadratic 0.9541.
  const table = [
    [46, 0, 0],
    [4, 40, 0],
    [0, 0, 10],
  ];

  test('matches scikit-learn for linear and quadratic weights', () => {
    expectPublished(cohenKappa(table), 0.9315, 4);
    expectPublished(weightedCohenKappa(table, 'linear'), 0.9412, 4);
    expectPublished(weightedCohenKappa(table, 'quadratic'), 0.9541, 4);
  });

  test('equals Cohen\'s kappa for two categories, whatever the weights', () => {
    const two = [[20, 20], [10, 50]];
    expect(weightedCohenKappa(two, 'linear')).toBeCloseTo(cohenKappa(two), 12);
    expect(weightedCohenKappa(two, 'quadratic')).toBeCloseTo(cohenKappa(two), 12);
  });
});

describe('Fleiss (1971): 30 patients, 6 psychiatrists, 5 diagnoses', () => {
  // Table 1 of Fleiss (1971), p. 379: each row says how many of the 6 raters gave each diagnosis
  // (depression, personality disorder, schizophrenia, neurosis, other). Column sums 26, 26, 30, 55, 43.
  const counts = [
    [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
    [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
    [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
    [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
  ];

  test('kappa 0.430', () => {
    expectPublished(fleissKappa(counts).kappa, 0.43, 3);
  });

  test('per-category kappas .248, .248, .517, .470, .565 as published', () => {
    // Fleiss computed these with p_j rounded to three places; exact arithmetic gives .245, .245,
    // .520, .471, .566, so the published figures hold to within 0.005 (as R's irr and quallmer note).
    const published = [0.248, 0.248, 0.517, 0.47, 0.565];
    fleissKappa(counts).byCategory.forEach((kappa, j) => expect(Math.abs(kappa - published[j]!)).toBeLessThan(0.005));
  });

  test('refuses subjects rated by different numbers of raters', () => {
    expect(() => fleissKappa([[2, 1], [1, 1]])).toThrow(/same number of raters/);
  });
});

describe('the QualCoder-style "kappa" of issue 13', () => {
  // A 10-character text; each coder codes 2 characters and they share 1. Character by character:
  // both coded 1, only coder 1 coded 1, only coder 2 coded 1, neither coded 7.
  const table = [
    [1, 1],
    [1, 7],
  ];

  test('Cohen\'s kappa is 0.375; a product chance term over coded characters only gives 0.2987', () => {
    expect(cohenKappa(table)).toBeCloseTo(0.375, 12);
    // QualCoder (report_compare_coder_file.py) drops the uncoded characters and multiplies where
    // Cohen adds: Po = both/union, Pe = P(yes) * P(no).
    const both = 1;
    const union = 3;
    const coded1 = 2;
    const coded2 = 2;
    const pYes = (coded1 / union) * (coded2 / union);
    const pNo = ((union - coded1) / union) * ((union - coded2) / union);
    const observed = both / union;
    const qualCoder = (observed - pYes * pNo) / (1 - pYes * pNo);
    expect(qualCoder.toFixed(4)).toBe('0.2987');
    expect(cohenKappa(table)).not.toBeCloseTo(qualCoder, 2);
  });
});

describe('Krippendorff (2004) unitizing example', () => {
  // Content Analysis, 2nd ed., p. 254: two coders, continuum [150, 450), categories c and k, with the
  // published D_o, D_e and alphas as DKPro Statistics' unitizing Krippendorff2004Test gives them.
  const input = {
    begin: 150,
    length: 300,
    segmentsByCoder: [
      [
        { begin: 225, length: 70, category: 'c' },
        { begin: 370, length: 30, category: 'c' },
        { begin: 180, length: 60, category: 'k' },
        { begin: 300, length: 50, category: 'k' },
      ],
      [
        { begin: 220, length: 80, category: 'c' },
        { begin: 355, length: 20, category: 'c' },
        { begin: 400, length: 20, category: 'c' },
        { begin: 180, length: 60, category: 'k' },
        { begin: 300, length: 50, category: 'k' },
      ],
    ],
  };

  test('category c: alpha 0.7286; category k: 1; overall 0.8591', () => {
    const result = unitizedAlpha(input);
    expectPublished(result.byCategory.c!, 0.7286, 4);
    expect(result.byCategory.k).toBe(1);
    // The published 0.8591 = 1 - 0.0144 / (0.0532 + 0.0490) was computed from the rounded D_o and
    // D_e; unrounded they give 0.8587, inside the published figure's rounding of its inputs.
    expect(Math.abs(result.alpha - 0.8591)).toBeLessThan(0.0005);
  });

  test('refuses one coder\'s overlapping segments of a category', () => {
    expect(() => unitizedAlpha({ begin: 0, length: 10, segmentsByCoder: [[{ begin: 0, length: 5, category: 'c' }, { begin: 3, length: 4, category: 'c' }], []] })).toThrow(/overlap/);
  });
});

describe('unitized alpha against DKPro Statistics on Krippendorff (1995), "On the reliability of unitizing continuous data"', () => {
  // The four pairs of coders of p. 57 on a continuum of 24 positions (A: Bertha/Bill, B: John/Jill,
  // C: Gerret/Gill, D: Heather/Hill). DKPro Statistics' Krippendorff1995Test asserts these observed
  // disagreements, and, for C shrunk to half scale, D_e = 0.05494: an independent implementation.
  const pairs: Record<string, Array<Array<[number, number]>>> = {
    A: [[[2, 8], [14, 6]], [[4, 4], [15, 2]]],
    B: [[[0, 18]], [[0, 2], [2, 1], [3, 1], [4, 1], [5, 1], [6, 3], [9, 1]]],
    C: [[[2, 6], [10, 2], [14, 4], [20, 2]], [[0, 2], [4, 4], [10, 4], [16, 2], [20, 2]]],
    D: [[[0, 2], [2, 8], [10, 4], [14, 6], [20, 4]], [[0, 4], [4, 4], [8, 7], [15, 2], [17, 7]]],
  };
  const disagreement = (name: string, scale: number) =>
    unitizedDisagreement(
      unitizedCategoryData(2, [
        { length: Math.trunc(24 * scale), rangesByCoder: pairs[name]!.map((coder) => coder.flatMap(([b, l]) => [Math.trunc(b * scale), Math.trunc(b * scale) + Math.trunc(l * scale)])) },
      ]),
    );

  test('observed disagreements 0.03125, 2.26736, 0.02777, 0.38715, adjacent segments kept apart', () => {
    expect(disagreement('A', 1).observed).toBeCloseTo(0.03125, 5);
    expect(disagreement('B', 1).observed).toBeCloseTo(2.26736, 5);
    expect(disagreement('C', 1).observed).toBeCloseTo(0.02777, 4);
    expect(disagreement('D', 1).observed).toBeCloseTo(0.38715, 5);
  });

  test('expected disagreement 0.05494 for C at half scale', () => {
    expect(disagreement('C', 0.5).expected).toBeCloseTo(0.05494, 5);
  });

  test('a bootstrap weight of 2 on a continuum counts it twice', () => {
    const once = unitizedCategoryData(2, [{ length: 24, rangesByCoder: pairs.A!.map((c) => c.flatMap(([b, l]) => [b, b + l])) }]);
    const twice = unitizedCategoryData(2, [0, 1].map(() => ({ length: 24, rangesByCoder: pairs.A!.map((c) => c.flatMap(([b, l]) => [b, b + l])) })));
    expect(unitizedDisagreement(once, [2])).toEqual(unitizedDisagreement(twice));
  });
});
