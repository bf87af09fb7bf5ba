// The import graph between the folders of renderer/features, read from the source files themselves,
// and the cycles in such a graph. Every import counts (`import type`, re-exports, dynamic imports and
// side-effect imports too): a folder that needs another's types depends on it as much as on its code.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Folder -> folders it imports from, each with the imports that make the edge ("coding/CodingWorkspace.tsx imports ../codebook/CodebookPanel"). */
export type FolderGraph = Map<string, Map<string, string[]>>;

/** The folder-level graph of the folders directly under `root` (each folder's files, at any depth). */
export function folderGraph(root: string): FolderGraph {
  const graph: FolderGraph = new Map();
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const edges = new Map<string, string[]>();
    graph.set(folder, edges);
    for (const file of sourceFiles(join(root, folder))) {
      const source = readFileSync(file, 'utf8');
      for (const { fileName: specifier } of ts.preProcessFile(source, true, true).importedFiles) {
        if (!specifier.startsWith('.')) continue;
        const target = folderOf(root, resolve(dirname(file), specifier));
        if (target === null || target === folder) continue;
        const why = edges.get(target) ?? [];
        why.push(`${relative(root, file).split(sep).join('/')} imports ${specifier}`);
        edges.set(target, why);
      }
    }
  }
  return graph;
}

/**
 * The cycles of a graph: for each group of folders that reach one another (a strongly connected
 * component, Tarjan's algorithm), one cycle through them, as the path of folders that closes it
 * (["coding", "memos", "coding"]). Empty when the graph has none.
 */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const successors = (node: string) => [...(graph.get(node)?.keys() ?? [])].sort();
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of successors(node)) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || successors(node).includes(node)) components.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return components.map((component) => cycleWithin(component, successors));
}

/** A shortest cycle through the component's first folder, staying inside the component (breadth first). */
function cycleWithin(component: readonly string[], successors: (node: string) => string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of successors(node)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** "coding → memos → coding", with the imports that make each step. */
export function describeCycle(cycle: readonly string[], graph: FolderGraph): string {
  const steps = cycle.slice(1).map((to, i) => `  ${cycle[i]} → ${to}: ${(graph.get(cycle[i]!)?.get(to) ?? []).join('; ')}`);
  return [cycle.join(' → '), ...steps].join('\n');
}

function folderOf(root: string, path: string): string | null {
  const inside = relative(root, path);
  if (inside.startsWith('..') || inside === '') return null;
  const [folder, ...rest] = inside.split(sep);
  return rest.length > 0 ? folder! : null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}
