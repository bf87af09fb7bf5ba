// A code's place in the code tree as one string, root first: "framing > economy > jobs". The
// separator is " > " rather than "/", which code names often contain ("claim/fact").
import type { CodeRecord } from '../model';
import type { CodeTreeEntry } from './codeTree';

export const CODE_PATH_SEPARATOR = ' > ';

export function codePath(code: CodeRecord, codesById: ReadonlyMap<string, CodeRecord>): string {
  const names = [code.name];
  const visited = new Set([code.id]);
  let parentId = code.parentId;
  while (parentId && !visited.has(parentId)) {
    const parent = codesById.get(parentId);
    if (!parent) break;
    names.unshift(parent.name);
    visited.add(parentId);
    parentId = parent.parentId;
  }
  return names.join(CODE_PATH_SEPARATOR);
}

/**
 * Every code's path where the tree shows it (entries as codeTree lists them, parents first). Unlike
 * codePath, a code that a corrupt project puts in a parent cycle or under a missing parent gets the
 * path of its place on screen, which is where an export must say it is for an import to put it back.
 */
export function treePaths(entries: readonly CodeTreeEntry[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const { code, parentId } of entries) {
    const parentPath = parentId === null ? undefined : paths.get(parentId);
    paths.set(code.id, parentPath === undefined ? code.name : `${parentPath}${CODE_PATH_SEPARATOR}${code.name}`);
  }
  return paths;
}
