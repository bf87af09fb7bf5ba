// Matching incoming codes to a project's codes: by GUID (the same code, wherever it moved), then by
// path (the same names from the top: what a tool that mints fresh GUIDs on every export, like
// Taguette, or a round trip through a tool that matches by name leaves to go by). A code whose parent
// matched is looked for under that parent, so a whole incoming tree lands on the existing one.
import type { CodeRecord } from '../model';
import { codeTree } from '../codebook/codeTree';
import { codeNameKey } from '../codebook/codeNames';

export interface CodeMatch {
  incomingId: string;
  existingId: string;
  by: 'guid' | 'path';
}

/** Matches for every incoming code that has one; incoming codes in tree order, parents first. */
export function matchCodes(existing: readonly CodeRecord[], incoming: readonly CodeRecord[]): Map<string, CodeMatch> {
  const byId = new Map(existing.map((code) => [code.id, code]));
  // The project's codes by parent and name, in their order: each incoming code looks up its namesakes.
  const byPath = new Map<string, CodeRecord[]>();
  for (const code of existing) {
    const key = pathKey(code.parentId, code.name);
    const list = byPath.get(key);
    if (list) list.push(code);
    else byPath.set(key, [code]);
  }
  const matches = new Map<string, CodeMatch>();
  const taken = new Set<string>();
  for (const { code } of codeTree(incoming)) {
    if (byId.has(code.id) && !taken.has(code.id)) {
      matches.set(code.id, { incomingId: code.id, existingId: code.id, by: 'guid' });
      taken.add(code.id);
    }
  }
  for (const { code } of codeTree(incoming)) {
    if (matches.has(code.id)) continue;
    // The parent's counterpart (null at the top); a parent that found none means a new subtree.
    const parent = code.parentId === null ? null : matches.get(code.parentId)?.existingId;
    if (parent === undefined) continue;
    const namesake = byPath.get(pathKey(parent, code.name))?.find((c) => !taken.has(c.id));
    if (namesake) {
      matches.set(code.id, { incomingId: code.id, existingId: namesake.id, by: 'path' });
      taken.add(namesake.id);
    }
  }
  return matches;
}

function pathKey(parentId: string | null, name: string): string {
  return `${parentId ?? ''}\u0000${codeNameKey(name)}`;
}
