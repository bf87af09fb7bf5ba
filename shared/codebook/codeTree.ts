// The code tree, read from flat rows: each code names its parent, and siblings are ordered by
// `order` (then name, so that two codes with the same order still come out the same way every
// time). Depth-first tree order is THE order of codes everywhere: the codebook, keys 1 to 9, the
// context menu, exports. A row whose parent is missing, or that sits in a cycle (only a corrupt or
// hand-edited project could have one), is shown at the top level rather than lost.
import type { CodeRecord } from '../model';

export interface CodeTreeEntry {
  code: CodeRecord;
  /** 0 for top-level codes. */
  depth: number;
  /** The parent the tree shows it under: null for top-level codes and for orphans. */
  parentId: string | null;
  /** Children in order. */
  childIds: string[];
}

export function compareSiblings(a: CodeRecord, b: CodeRecord): number {
  return a.order - b.order || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Every code once, parents before their children, siblings in order. */
export function codeTree(codes: readonly CodeRecord[]): CodeTreeEntry[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const children = new Map<string | null, CodeRecord[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && byId.has(code.parentId) && code.parentId !== code.id ? code.parentId : null;
    const list = children.get(parent);
    if (list) list.push(code);
    else children.set(parent, [code]);
  }
  for (const list of children.values()) list.sort(compareSiblings);

  const entries: CodeTreeEntry[] = [];
  const visited = new Set<string>();
  // Depth first with a stack of its own rather than by recursion: a codebook nested a few thousand
  // levels deep (a generated file imported with each row under the one before) would otherwise
  // overflow the call stack, and every screen reads the codes through here.
  const visit = (root: CodeRecord) => {
    const stack: Array<{ code: CodeRecord; depth: number; parentId: string | null }> = [{ code: root, depth: 0, parentId: null }];
    while (stack.length > 0) {
      const { code, depth, parentId } = stack.pop()!;
      if (visited.has(code.id)) continue;
      visited.add(code.id);
      const kids = (children.get(code.id) ?? []).filter((kid) => !visited.has(kid.id));
      entries.push({ code, depth, parentId, childIds: kids.map((kid) => kid.id) });
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ code: kids[i]!, depth: depth + 1, parentId: code.id });
    }
  };
  for (const root of children.get(null) ?? []) visit(root);
  // Codes in a parent cycle are reachable from no root: show them at the top level.
  for (const code of [...codes].sort(compareSiblings)) if (!visited.has(code.id)) visit(code);
  return entries;
}

/** The codes in tree order. */
export function inTreeOrder(codes: readonly CodeRecord[]): CodeRecord[] {
  return codeTree(codes).map((entry) => entry.code);
}

/** The ids of a code's descendants (not the code itself), in tree order. */
export function descendantIds(codes: readonly CodeRecord[], id: string): string[] {
  const entries = codeTree(codes);
  const at = entries.findIndex((entry) => entry.code.id === id);
  if (at < 0) return [];
  const ids: string[] = [];
  for (let i = at + 1; i < entries.length && entries[i]!.depth > entries[at]!.depth; i++) ids.push(entries[i]!.code.id);
  return ids;
}

/** A parent's children in order (top-level codes for null), as the tree shows them. */
export function childrenOf(codes: readonly CodeRecord[], parentId: string | null): CodeRecord[] {
  const entries = codeTree(codes);
  const byId = new Map(entries.map((entry) => [entry.code.id, entry]));
  if (parentId === null) return entries.filter((entry) => entry.parentId === null).map((entry) => entry.code);
  return (byId.get(parentId)?.childIds ?? []).map((id) => byId.get(id)!.code);
}

/** The parent the tree shows a code under (null at the top level, and for orphans). */
export function treeParentOf(codes: readonly CodeRecord[], id: string): string | null {
  return codeTree(codes).find((entry) => entry.code.id === id)?.parentId ?? null;
}
