import { describe, expect, test } from 'vitest';
import { chiSquareTest, chiSquareUpperTail } from '../../../shared/stats/chiSquare';

describe('chi-square test of independence', () => {
  // Agresti, An Introduction to Categorical Data Analysis, 2nd ed. (2007), Table 2.5 (p. 38–39):
  // party identification by gender, General Social Survey 2002. The book gives X² = 30.1 (df = 2,
  // P < 0.001) and, in section 2.4.5, adjusted residuals 4.50, 0.70, −5.32 for females (the negatives
  // for males). R's ?chisq.test uses the same table ("From Agresti(2007) p.39"): X-squared = 30.07,
  // p-value = 2.954e-07.
  const party = [
    [762, 327, 468],
    [484, 239, 477],
  ];

  test('gives Agresti\'s X², degrees of freedom and p-value for party identification by gender', () => {
    const result = chiSquareTest(party)!;
    expect(result.statistic).toBeCloseTo(30.07, 2);
    expect(result.df).toBe(2);
    expect(result.p).toBeCloseTo(2.954e-7, 9);
    expect(result.total).toBe(2757);
  });

  test('gives Agresti\'s adjusted standardized residuals', () => {
    const { residuals } = chiSquareTest(party)!;
    const rounded = residuals.map((row) => row.map((r) => Math.round(r * 100) / 100));
    expect(rounded).toEqual([
      [4.5, 0.7, -5.32],
      [-4.5, -0.7, 5.32],
    ]);
  });

  test('gives Cramér\'s V as sqrt(X² / (N (min(r, c) − 1)))', () => {
    const { cramersV, statistic } = chiSquareTest(party)!;
    expect(cramersV).toBeCloseTo(Math.sqrt(statistic / 2757), 12);
    expect(cramersV).toBeCloseTo(0.1044, 4);
  });

  test('a hand-computed 2 × 2 table: expected counts, X² and residuals', () => {
    // Rows 10+20, 20+10; every expected count is 15; X² = 4 × 25/15 = 6.667; residual
    // (10 − 15)/sqrt(15 × 0.5 × 0.5) = −2.582.
    const result = chiSquareTest([
      [10, 20],
      [20, 10],
    ])!;
    expect(result.expected).toEqual([
      [15, 15],
      [15, 15],
    ]);
    expect(result.statistic).toBeCloseTo(20 / 3, 12);
    expect(result.residuals[0]![0]).toBeCloseTo(-5 / Math.sqrt(15 / 4), 12);
    expect(result.df).toBe(1);
    expect(result.cramersV).toBeCloseTo(Math.sqrt(20 / 3 / 60), 12);
  });

  test('leaves out empty rows and columns, and says which cells expect fewer than 5', () => {
    const result = chiSquareTest([
      [3, 0, 1],
      [0, 0, 0],
      [1, 0, 6],
    ])!;
    expect(result.emptyRows).toEqual([1]);
    expect(result.emptyColumns).toEqual([1]);
    expect(result.df).toBe(1);
    expect(Number.isNaN(result.residuals[1]![0]!)).toBe(true);
    expect(result.smallExpected.map((c) => [c.row, c.column])).toEqual([
      [0, 0],
      [0, 2],
      [2, 0],
      [2, 2],
    ]);
  });

  test('has no test without two rows and two columns of counts', () => {
    expect(chiSquareTest([[5, 6]])).toBeNull();
    expect(chiSquareTest([[5, 0], [6, 0]])).toBeNull();
  });
});

describe('chi-square upper tail', () => {
  test('matches closed forms and stays exact far in the tail', () => {
    // df = 2: P(X ≥ x) = exp(−x/2). df = 1: P(X ≥ 3.841459) = 0.05.
    expect(chiSquareUpperTail(30.1, 2)).toBeCloseTo(Math.exp(-15.05), 15);
    expect(chiSquareUpperTail(3.841458820694124, 1)).toBeCloseTo(0.05, 12);
    expect(chiSquareUpperTail(200, 2) / Math.exp(-100)).toBeCloseTo(1, 10);
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});
