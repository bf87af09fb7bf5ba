// The rows the codebook tree shows: every code in tree order, less those inside a collapsed code;
// while searching, the codes whose path or definition holds the search, ignoring case and accents as
// every search does (with their ancestors, to show where they are), whatever is collapsed.
import type { CodeRecord } from '../../../shared/model';
import { codeTree, type CodeTreeEntry } from '../../../shared/codebook/codeTree';
import { treePaths } from '../../../shared/codebook/codePath';
import { normalizeCodeName } from '../../../shared/codebook/codeNames';
import { foldPhrase } from '../../../shared/search/phraseFold';

export interface TreeRow extends CodeTreeEntry {
  path: string;
  /** The path of the code's parent ("framing > economy"), null at the top level. */
  parentPath: string | null;
  /** Position among the siblings shown, 1-based, and their number (aria-posinset, aria-setsize). */
  position: number;
  siblings: number;
  /** Whether the row matched the search (ancestors shown for context did not). */
  match: boolean;
  /** 1 to 9 for the first nine codes in tree order (keys 1 to 9), whatever is shown. */
  key: number | null;
}

export function treeRows(codes: readonly CodeRecord[], collapsed: ReadonlySet<string>, search: string): TreeRow[] {
  const entries = codeTree(codes);
  const wanted = foldPhrase(normalizeCodeName(search)).trim();
  // Where the tree shows each code, which a corrupt project's cycle could make other than its parentId says.
  const paths = treePaths(entries);
  const keys = new Map(entries.slice(0, 9).map((e, i) => [e.code.id, i + 1]));
  const parentOf = new Map(entries.map((e) => [e.code.id, e.parentId]));

  let shown: Set<string>;
  const matches = new Set<string>();
  if (wanted) {
    shown = new Set();
    for (const entry of entries) {
      const code = entry.code;
      const hit = foldPhrase(paths.get(code.id)!).includes(wanted) || foldPhrase(code.definition).includes(wanted);
      if (!hit) continue;
      matches.add(code.id);
      for (let id: string | null = code.id; id && !shown.has(id); id = parentOf.get(id) ?? null) shown.add(id);
    }
  } else {
    shown = new Set();
    for (const entry of entries) {
      const parent = entry.parentId;
      if (parent === null || (shown.has(parent) && !collapsed.has(parent))) shown.add(entry.code.id);
    }
  }

  const visible = entries.filter((e) => shown.has(e.code.id));
  const siblingsOf = new Map<string | null, string[]>();
  for (const entry of visible) {
    const list = siblingsOf.get(entry.parentId) ?? [];
    list.push(entry.code.id);
    siblingsOf.set(entry.parentId, list);
  }
  return visible.map((entry) => {
    const siblings = siblingsOf.get(entry.parentId)!;
    return {
      ...entry,
      path: paths.get(entry.code.id)!,
      parentPath: entry.parentId ? (paths.get(entry.parentId) ?? null) : null,
      position: siblings.indexOf(entry.code.id) + 1,
      siblings: siblings.length,
      match: !wanted || matches.has(entry.code.id),
      key: keys.get(entry.code.id) ?? null,
    };
  });
}

/**
 * The row that takes the focus when the code `id` is deleted with its subcodes: the next row outside
 * its branch, else the row before it; null when no row would be left.
 */
export function rowAfterDeleting(rows: readonly TreeRow[], id: string): string | null {
  const at = rows.findIndex((row) => row.code.id === id);
  if (at < 0) return rows[0]?.code.id ?? null;
  const depth = rows[at]!.depth;
  let next = at + 1;
  while (next < rows.length && rows[next]!.depth > depth) next++;
  return rows[next]?.code.id ?? rows[at - 1]?.code.id ?? null;
}
