// The main process's modules import each other one way: no module reaches itself through its imports
// (once, extract/ and library/ did, and the import pipeline's three modules did). A cycle makes a
// module's meaning depend on load order and keeps a newcomer from reading the tree from the bottom up.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function modulesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/u.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Module -> the modules of the same tree it imports (static and dynamic imports, type-only ones too). */
function importGraph(folder: string): Map<string, string[]> {
  const modules = new Set(modulesUnder(folder));
  const graph = new Map<string, string[]>();
  for (const module of modules) {
    const { importedFiles } = ts.preProcessFile(readFileSync(module, 'utf8'), true, true);
    const targets = importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => [`${resolve(dirname(module), fileName)}.ts`, `${resolve(dirname(module), fileName)}.tsx`].find((candidate) => modules.has(candidate)))
      .filter((target) => target !== undefined);
    graph.set(module, targets);
  }
  return graph;
}

/** Each cycle found by a depth-first walk, as the modules on it (relative to the project). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (module: string) => {
    state.set(module, 'open');
    path.push(module);
    for (const next of graph.get(module) ?? []) {
      if (state.get(next) === 'open') found.push(path.slice(path.indexOf(next)).map((m) => relative(ROOT, m)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(module, 'done');
  };
  for (const module of graph.keys()) if (!state.has(module)) visit(module);
  return found;
}

test('no module of electron/ imports itself through others', () => {
  expect(cycles(importGraph(join(ROOT, 'electron')))).toEqual([]);
});

test('the check finds a cycle when there is one', () => {
  const a = join(ROOT, 'a.ts');
  const b = join(ROOT, 'b.ts');
  expect(cycles(new Map([[a, [b]], [b, [a]]]))).toEqual([['a.ts', 'b.ts']]);
});
