// A code's place in the code tree as one string, root first: "framing > economy > jobs". The
// separator is " > " rather than "/", which code names often contain ("claim/fact").
import type { CodeRecord } from '../model';

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
