// The folders of renderer/features build on one another in one direction: a feature may import a
// folder below it (projects, coders, codes...), never one that imports it back, so that each can be
// read, tested and changed from the folders beneath it. The graph is read from the source files.
import { describe, expect, test } from 'vitest';
import { cyclesOf, describeCycle, folderGraph, type FolderGraph } from './folderGraph';

const FEATURES = new URL('../../renderer/features', import.meta.url).pathname;

const graphOf = (edges: Record<string, string[]>): FolderGraph =>
  new Map(Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => [to, [`${from}/x.ts imports ../${to}/y`]]))]));

describe('the folders of renderer/features', () => {
  test('import one another without a cycle', () => {
    const graph = folderGraph(FEATURES);
    // The graph is really read: the coding screen builds on the codebook and the projects.
    expect([...(graph.get('coding')?.keys() ?? [])]).toEqual(expect.arrayContaining(['codebook', 'projects']));
    const cycles = cyclesOf(graph).map((cycle) => describeCycle(cycle, graph));
    expect(cycles, `import cycles between feature folders:\n${cycles.join('\n')}`).toEqual([]);
  });

  test('a cycle is found and named with the imports that make it', () => {
    const graph = graphOf({ coding: ['history', 'projects'], history: ['coding'], projects: [], memos: ['projects'] });
    const cycles = cyclesOf(graph);
    expect(cycles).toEqual([['coding', 'history', 'coding']]);
    expect(describeCycle(cycles[0]!, graph)).toBe(
      ['coding → history → coding', '  coding → history: coding/x.ts imports ../history/y', '  history → coding: history/x.ts imports ../coding/y'].join('\n'),
    );
  });

  test('a longer cycle is reported once, through every folder in it, and an acyclic graph has none', () => {
    expect(cyclesOf(graphOf({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [] }))).toEqual([['a', 'b', 'c', 'a']]);
    expect(cyclesOf(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });
});
