// Codes in a merge (shared/interop/mergePlan.ts): matched by GUID then path (codeMatching.ts); a
// matched code keeps the project's name, colour and place, the disagreement reported, and takes the
// file's text for a field the project left empty; a new code lands under its parent's match, last
// among its siblings, under a name none of them has. A project code the file no longer has stays, and
// the report says so once.
import type { CodeRecord } from '../model';
import { codeTree } from '../codebook/codeTree';
import { countOf } from '../text/plural';
import { codeNameKey } from '../codebook/codeNames';
import { matchCodes } from './codeMatching';
import { uniqueName } from './importCodebook';
import type { ProjectRows } from './projectRows';
import type { MergePlan } from './mergePlan';

const CODE_TEXT_FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;

export function mergeCodes(existing: readonly CodeRecord[], incoming: readonly CodeRecord[], deletedHere: ReadonlySet<string>, plan: MergePlan): void {
  const matches = matchCodes(existing, incoming);
  const existingById = new Map(existing.map((c) => [c.id, c]));
  const places = new SiblingPlaces(existing);
  const incomingById = new Map(incoming.map((c) => [c.id, c]));
  const incomingIds = new Set(incomingById.keys());
  // Parents before children, so that a new code's parent id is known.
  const depths = depthsOf(incoming);
  const ordered = [...incoming].sort((a, b) => depths.get(a.id)! - depths.get(b.id)!);
  for (const code of ordered) {
    const match = matches.get(code.id);
    if (match) {
      plan.idMap.codes[code.id] = match.existingId;
      plan.counts.matchedCodes++;
      const current = existingById.get(match.existingId)!;
      if (current.name !== code.name) {
        plan.conflicts.push({ kind: 'code renamed', existingId: current.id, incomingId: code.id, detail: `code “${current.name}” is called “${code.name}” in the file; the project's name is kept` });
      }
      if (current.color.toLowerCase() !== code.color.toLowerCase()) {
        plan.conflicts.push({ kind: 'code colour differs', existingId: current.id, incomingId: code.id, detail: `code “${current.name}” is ${code.color} in the file, ${current.color} here; the project’s colour is kept` });
      }
      const moved = placeInFile(code, incomingById, plan);
      if (moved !== undefined && moved.parentId !== current.parentId) {
        const here = current.parentId === null ? 'at the top level' : `under “${existingById.get(current.parentId)?.name ?? 'another code'}”`;
        plan.conflicts.push({ kind: 'code moved', existingId: current.id, incomingId: code.id, detail: `code “${current.name}” is ${moved.where} in the file, ${here} here; the project’s place is kept` });
      }
      const changes: Partial<CodeRecord> = {};
      for (const field of CODE_TEXT_FIELDS) {
        if (!code[field] || code[field] === current[field]) continue;
        if (!current[field]) changes[field] = code[field];
        else plan.conflicts.push({ kind: 'code text differs', existingId: current.id, incomingId: code.id, detail: `code “${current.name}”, ${field}: the file's text differs; the project's is kept` });
      }
      if (Object.keys(changes).length) plan.update.codes.push({ id: current.id, changes });
      continue;
    }
    if (deletedHere.has(code.id)) {
      plan.notMerged.push({ table: 'codes', id: code.id, reason: `code “${code.name}” was deleted in this project since; it is not brought back, nor the file’s codings and memos on it` });
      continue;
    }
    const parentId = code.parentId !== null && incomingIds.has(code.parentId) ? (plan.idMap.codes[code.parentId] ?? null) : null;
    const added = places.place({ ...code, parentId });
    plan.idMap.codes[code.id] = code.id;
    plan.add.codes.push(added);
  }
}

/**
 * The codes under each parent, the project's and those the plan adds, kept by parent so that placing
 * a new code looks at its siblings only: a file of thousands of new codes would otherwise compare each
 * with every code.
 */
class SiblingPlaces {
  private readonly siblings = new Map<string | null, { codes: CodeRecord[]; names: Set<string>; nextOrder: number }>();

  constructor(codes: readonly CodeRecord[]) {
    for (const code of codes) {
      const under = this.under(code.parentId);
      under.codes.push(code);
      under.names.add(codeNameKey(code.name));
      under.nextOrder = Math.max(under.nextOrder, code.order + 1);
    }
  }

  /** The code last among its new siblings, under a name none of them has ("Economy (2)"). */
  place(code: CodeRecord): CodeRecord {
    const under = this.under(code.parentId);
    const name = under.names.has(codeNameKey(code.name)) ? uniqueName(code.name, under.codes) : code.name;
    const placed = { ...code, order: under.nextOrder, name };
    under.codes.push(placed);
    under.names.add(codeNameKey(name));
    under.nextOrder++;
    return placed;
  }

  private under(parentId: string | null) {
    let under = this.siblings.get(parentId);
    if (!under) this.siblings.set(parentId, (under = { codes: [], names: new Set(), nextOrder: 0 }));
    return under;
  }
}

/**
 * The project's codes the file has no counterpart of, when the file is this project's (it shares codes
 * with it by id): deleted on the other side, or added here since. The project keeps them; the report
 * says so once for a code and the codes under it, not for each coding on them.
 */
export function reportCodesNotInFile(existing: ProjectRows, plan: MergePlan): void {
  const existingIds = new Set(existing.codes.map((c) => c.id));
  const inFile = new Set<string>();
  let sharesIds = false;
  for (const [incomingId, id] of Object.entries(plan.idMap.codes)) {
    if (!existingIds.has(id)) continue;
    inFile.add(id);
    if (incomingId === id) sharesIds = true;
  }
  if (!sharesIds) return;
  const tree = codeTree(existing.codes);
  const children = new Map(tree.map((entry) => [entry.code.id, entry.childIds]));
  const codingsOn = new Map<string, number>();
  for (const coding of existing.codings) codingsOn.set(coding.codeId, (codingsOn.get(coding.codeId) ?? 0) + 1);
  for (const entry of tree) {
    if (inFile.has(entry.code.id) || (entry.parentId !== null && !inFile.has(entry.parentId))) continue;
    let codesUnder = 0;
    let codings = 0;
    const stack = [entry.code.id];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      codings += codingsOn.get(id) ?? 0;
      for (const child of children.get(id) ?? []) {
        if (inFile.has(child)) continue;
        codesUnder++;
        stack.push(child);
      }
    }
    const name = `code “${entry.code.name}”`;
    const what = codesUnder ? `${name} and the ${countOf(codesUnder, 'code')} under it` : name;
    const keeps = codesUnder ? `them${codings ? ` and their ${countOf(codings, 'coding')}` : ''}` : `it${codings ? ` and its ${countOf(codings, 'coding')}` : ''}`;
    plan.notInFile.push({ table: 'codes', id: entry.code.id, detail: `${what}, deleted on the other side or added here since; the project keeps ${keeps}` });
  }
}

/**
 * Where the file puts a code, as the project's parent id (its parent's match, or the new code the
 * plan adds for it) and in words; undefined when the file's parent is not among its codes.
 */
function placeInFile(code: CodeRecord, incomingById: ReadonlyMap<string, CodeRecord>, plan: MergePlan): { parentId: string | null; where: string } | undefined {
  if (code.parentId === null) return { parentId: null, where: 'at the top level' };
  const parent = incomingById.get(code.parentId);
  const parentId = plan.idMap.codes[code.parentId];
  return parent && parentId ? { parentId, where: `under “${parent.name}”` } : undefined;
}

/** Each code's depth in its tree (0 at the top; a parent outside the rows counts as none). */
function depthsOf(codes: readonly CodeRecord[]): Map<string, number> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const depths = new Map<string, number>();
  for (const code of codes) {
    let n = 0;
    const seen = new Set<string>();
    for (let parent = code.parentId; parent && byId.has(parent) && !seen.has(parent); parent = byId.get(parent)!.parentId) {
      seen.add(parent);
      n++;
    }
    depths.set(code.id, n);
  }
  return depths;
}
