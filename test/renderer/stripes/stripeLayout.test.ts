import { describe, expect, test } from 'vitest';
import { layoutLabels, layoutStripes } from '../../../renderer/features/stripes/stripeLayout';

const laneOf = (layout: ReturnType<typeof layoutStripes>) => Object.fromEntries(layout.stripes.map((s) => [s.id, s.lane]));

describe('coding stripe layout', () => {
  test('stripes that do not overlap share the first lane', () => {
    const layout = layoutStripes([
      { id: 'a', top: 0, bottom: 40 },
      { id: 'b', top: 60, bottom: 100 },
      { id: 'c', top: 120, bottom: 130 },
    ]);
    expect(layout.lanes).toBe(1);
    expect(laneOf(layout)).toEqual({ a: 0, b: 0, c: 0 });
  });

  test('overlapping stripes go side by side, as many lanes as the deepest overlap', () => {
    // a covers b and c; b and c overlap each other too; d starts after b ends.
    const layout = layoutStripes([
      { id: 'a', top: 0, bottom: 200 },
      { id: 'b', top: 20, bottom: 80 },
      { id: 'c', top: 50, bottom: 150 },
      { id: 'd', top: 100, bottom: 180 },
    ]);
    expect(layout.lanes).toBe(3);
    expect(laneOf(layout)).toEqual({ a: 0, b: 1, c: 2, d: 1 });
  });

  test('a passage coded twice on the same lines gets two stripes, the longer one outside', () => {
    const layout = layoutStripes([
      { id: 'short', top: 10, bottom: 30 },
      { id: 'long', top: 10, bottom: 90 },
    ]);
    expect(laneOf(layout)).toEqual({ long: 0, short: 1 });
  });

  test('a stripe starting on the line where another ends takes another lane', () => {
    const layout = layoutStripes([
      { id: 'a', top: 0, bottom: 20 },
      { id: 'b', top: 20, bottom: 40 },
      { id: 'c', top: 45, bottom: 60 },
    ]);
    expect(laneOf(layout)).toEqual({ a: 0, b: 1, c: 0 });
  });

  test('no lanes for no stripes', () => {
    expect(layoutStripes([])).toEqual({ stripes: [], lanes: 0 });
  });

  test('the layout does not depend on the order stripes come in', () => {
    const spans = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, top: (i * 37) % 400, bottom: ((i * 37) % 400) + 20 + ((i * 13) % 90) }));
    const forward = laneOf(layoutStripes(spans));
    const backward = laneOf(layoutStripes([...spans].reverse()));
    expect(backward).toEqual(forward);
    // No two stripes in one lane overlap.
    const layout = layoutStripes(spans);
    for (const a of layout.stripes) {
      for (const b of layout.stripes) {
        if (a.id !== b.id && a.lane === b.lane) expect(a.bottom + 2 <= b.top || b.bottom + 2 <= a.top).toBe(true);
      }
    }
  });
});

describe('stripe labels', () => {
  const names: Record<string, string> = { a: 'pledge', b: 'metric', c: 'claim', d: 'pledge' };
  const nameOf = (id: string) => names[id]!;

  test('each stripe is labelled with its code at the line where it starts', () => {
    const { stripes } = layoutStripes([
      { id: 'a', top: 0, bottom: 40 },
      { id: 'c', top: 100, bottom: 130 },
    ]);
    expect(layoutLabels(stripes, nameOf)).toEqual([
      { top: 0, names: ['pledge'] },
      { top: 100, names: ['claim'] },
    ]);
  });

  test('stripes starting on the same line share one label, in lane order, without repeating a code', () => {
    const { stripes } = layoutStripes([
      { id: 'a', top: 10, bottom: 80 },
      { id: 'b', top: 12, bottom: 30 },
      { id: 'd', top: 14, bottom: 20 },
    ]);
    expect(layoutLabels(stripes, nameOf)).toEqual([{ top: 10, names: ['pledge', 'metric'] }]);
  });

  test('a label never overlaps the one above it', () => {
    const { stripes } = layoutStripes([
      { id: 'a', top: 0, bottom: 100 },
      { id: 'b', top: 17, bottom: 30 },
      { id: 'c', top: 20, bottom: 40 },
    ]);
    const labels = layoutLabels(stripes, nameOf, 16);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.top - labels[i - 1]!.top).toBeGreaterThanOrEqual(16);
  });
});
