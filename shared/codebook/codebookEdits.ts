// Building the changes a researcher makes to the codebook: create, edit, move, delete. Each builder
// takes the rows as they are and returns ONE change with exact before/after rows (see shared/changes/rowDraft.ts),
// or throws a CodebookError whose message says why the change cannot be made.
import type { CodeRecord, CodingRecord, MemoRecord } from '../model';
import type { Change, GivenIdentity, Minting } from '../changes/change';
import { RowDraft } from '../changes/rowDraft';
import { childrenOf, codeTree, descendantIds, treeParentOf } from './codeTree';
import { assertFreeName, checkCodeName, CodebookError } from './codeNames';
import { nextCodeColor, normalizeColor } from './codeColors';

export type CodeFields = Pick<CodeRecord, 'name' | 'color' | 'definition' | 'inclusion' | 'exclusion' | 'example'>;

/** A code to create; `id` and `createdAt` when they are given (a project file, a REFI-QDA GUID), else minted. */
export interface NewCode extends Partial<CodeFields>, GivenIdentity {
  name: string;
  parentId: string | null;
  /** Where among its siblings; at the end when absent. */
  index?: number;
}

/** A new code, placed among its siblings (whose order is renumbered when it goes in between). */
export function createCodeChange(codes: readonly CodeRecord[], spec: NewCode, minting: Minting): { change: Change; code: CodeRecord } {
  const draft = new RowDraft({ codes, codings: [], memos: [] });
  const code = addCode(draft, spec, minting);
  return { change: draft.toChange(`Code “${code.name}” created`), code };
}

/** Adds a code to a draft (shared by create, palette create-and-apply, in-vivo and import). */
export function addCode(draft: RowDraft, spec: NewCode, minting: Minting): CodeRecord {
  const codes = draft.all('codes');
  const name = checkCodeName(spec.name);
  if (spec.parentId !== null && !draft.get('codes', spec.parentId)) throw new CodebookError('The parent code no longer exists.');
  assertFreeName(codes, spec.parentId, name);
  const color = spec.color === undefined ? nextCodeColor(codes.map((c) => c.color)) : normalizeColor(spec.color);
  if (!color) throw new CodebookError(`“${spec.color}” is not a colour: use #rrggbb.`);
  const code: CodeRecord = {
    id: spec.id ?? minting.newId(),
    name,
    color,
    parentId: spec.parentId,
    order: 0,
    definition: spec.definition ?? '',
    inclusion: spec.inclusion ?? '',
    exclusion: spec.exclusion ?? '',
    example: spec.example ?? '',
    createdAt: spec.createdAt ?? minting.now,
  };
  draft.put('codes', code);
  placeAmongSiblings(draft, code.id, spec.parentId, spec.index);
  return draft.get('codes', code.id)!;
}

/** Edits a code's fields; an empty change when nothing differs. */
export function updateCodeChange(codes: readonly CodeRecord[], id: string, patch: Partial<CodeFields>): Change {
  const code = codes.find((c) => c.id === id);
  if (!code) throw new CodebookError('This code no longer exists.');
  const next: Partial<CodeFields> = { ...patch };
  if (patch.name !== undefined) {
    next.name = checkCodeName(patch.name);
    assertFreeName(codes, code.parentId, next.name, id);
  }
  if (patch.color !== undefined) {
    const color = normalizeColor(patch.color);
    if (!color) throw new CodebookError(`“${patch.color}” is not a colour: use #rrggbb.`);
    next.color = color;
  }
  const draft = new RowDraft({ codes, codings: [], memos: [] });
  draft.update('codes', id, next);
  return draft.toChange(updateLabel(code, next));
}

function updateLabel(code: CodeRecord, patch: Partial<CodeFields>): string {
  if (patch.name !== undefined && patch.name !== code.name) return `Code “${code.name}” renamed to “${patch.name}”`;
  if (patch.color !== undefined && Object.keys(patch).length === 1) return `Colour of code “${code.name}” changed`;
  return `Code “${code.name}” edited`;
}

/** Moves a code (with its subcodes) under `parentId` at `index` among the new siblings. */
export function moveCodeChange(codes: readonly CodeRecord[], id: string, parentId: string | null, index: number): Change {
  const code = codes.find((c) => c.id === id);
  if (!code) throw new CodebookError('This code no longer exists.');
  if (parentId === id || (parentId !== null && descendantIds(codes, id).includes(parentId))) {
    throw new CodebookError(`“${code.name}” cannot go inside itself or one of its own subcodes.`);
  }
  if (parentId !== null && !codes.some((c) => c.id === parentId)) throw new CodebookError('The new parent code no longer exists.');
  if (parentId !== treeParentOf(codes, id)) assertFreeName(codes, parentId, code.name, id);
  const draft = new RowDraft({ codes, codings: [], memos: [] });
  draft.update('codes', id, { parentId });
  placeAmongSiblings(draft, id, parentId, index);
  const parentName = parentId ? codes.find((c) => c.id === parentId)!.name : null;
  return draft.toChange(parentName ? `Code “${code.name}” moved into “${parentName}”` : `Code “${code.name}” moved`);
}

/** Renumbers a parent's children 0..n with `id` at `index` (clamped), leaving the others in order. */
function placeAmongSiblings(draft: RowDraft, id: string, parentId: string | null, index: number | undefined): void {
  const siblings = childrenOf(draft.all('codes'), parentId).filter((c) => c.id !== id);
  const at = Math.max(0, Math.min(index ?? siblings.length, siblings.length));
  const ordered = [...siblings.slice(0, at), draft.get('codes', id)!, ...siblings.slice(at)];
  ordered.forEach((sibling, order) => {
    if (sibling.order !== order || sibling.parentId !== parentId) draft.update('codes', sibling.id, { order, parentId });
  });
}

export type KeyboardMove = 'up' | 'down' | 'in' | 'out';

export interface Placement {
  parentId: string | null;
  index: number;
}

/**
 * Where a keyboard move takes a code: up/down swap it with its neighbour among its siblings, "in"
 * nests it as the last subcode of the sibling above it, "out" makes it the sibling right after its
 * parent. Null when there is nowhere to go (the first code cannot go up, a top-level code cannot go out).
 */
export function keyboardPlacement(codes: readonly CodeRecord[], id: string, move: KeyboardMove): Placement | null {
  const parentId = treeParentOf(codes, id);
  const siblings = childrenOf(codes, parentId);
  const at = siblings.findIndex((c) => c.id === id);
  if (at < 0) return null;
  switch (move) {
    case 'up':
      return at > 0 ? { parentId, index: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { parentId, index: at + 1 } : null;
    case 'in': {
      const above = siblings[at - 1];
      return above ? { parentId: above.id, index: childrenOf(codes, above.id).length } : null;
    }
    case 'out': {
      if (parentId === null) return null;
      const grandparent = treeParentOf(codes, parentId);
      const parentAt = childrenOf(codes, grandparent).findIndex((c) => c.id === parentId);
      return { parentId: grandparent, index: parentAt + 1 };
    }
  }
}

export type DropPosition = 'before' | 'after' | 'into';

/** Where dropping a dragged code on another one puts it. */
export function dropPlacement(codes: readonly CodeRecord[], draggedId: string, targetId: string, position: DropPosition): Placement {
  if (position === 'into') return { parentId: targetId, index: childrenOf(codes, targetId).filter((c) => c.id !== draggedId).length };
  const parentId = treeParentOf(codes, targetId);
  const siblings = childrenOf(codes, parentId).filter((c) => c.id !== draggedId);
  const at = siblings.findIndex((c) => c.id === targetId);
  return { parentId, index: position === 'before' ? at : at + 1 };
}

/** The code and its subcodes: what deleting it removes. */
export function deletionScope(codes: readonly CodeRecord[], id: string): string[] {
  return codes.some((c) => c.id === id) ? [id, ...descendantIds(codes, id)] : [];
}

/**
 * Deletes a code, its subcodes, their codings and the memos on any of them, as one change: undoing
 * it brings every row back as it was. `codings` and `memos` must include at least those rows.
 */
export function deleteCodeChange(
  codes: readonly CodeRecord[],
  codings: readonly CodingRecord[],
  memos: readonly MemoRecord[],
  id: string,
): Change {
  const scope = new Set(deletionScope(codes, id));
  const code = codes.find((c) => c.id === id);
  if (!code) throw new CodebookError('This code no longer exists.');
  const draft = new RowDraft({ codes, codings, memos });
  const goneCodings = new Set<string>();
  for (const coding of codings) {
    if (!scope.has(coding.codeId)) continue;
    goneCodings.add(coding.id);
    draft.delete('codings', coding.id);
  }
  for (const memo of memos) {
    const onCode = memo.targetType === 'code' && scope.has(memo.targetId);
    const onCoding = memo.targetType === 'coding' && goneCodings.has(memo.targetId);
    if (onCode || onCoding) draft.delete('memos', memo.id);
  }
  // Children after their parent in tree order: delete leaves first, so that a replay never sees an orphan.
  const ordered = codeTree(codes).filter((entry) => scope.has(entry.code.id)).reverse();
  for (const entry of ordered) draft.delete('codes', entry.code.id);
  const subcodes = scope.size - 1;
  const label = subcodes === 0 ? `Code “${code.name}” deleted` : `Code “${code.name}” and ${subcodes} subcode${subcodes === 1 ? '' : 's'} deleted`;
  return draft.toChange(label);
}
