// Merging one code into another, as one change: the source's codings move to the target, a moved
// coding that would repeat a target coding (the same passage: shared/codings/samePassage.ts) collapses
// into it, the source's subcodes move under the target (a subcode named like one of the target's
// merges into it, the same way), and the source is deleted. Memos are never lost: a memo on a row
// that goes away moves to the row that absorbs it, and a coder's two memos on one row become one.
import type { CodeRecord, CodingRecord, MemoRecord } from '../model';
import { plainTextToMemoBody } from '../text/memoBody';
import type { Change, Minting } from '../changes/change';
import { RowDraft } from '../changes/rowDraft';
import { childrenOf, descendantIds } from './codeTree';
import { CodebookError, siblingNamed } from './codeNames';
import { passageKey } from '../codings/samePassage';
import type { SavedQueryRecord } from '../retrieve/savedQueryRecord';

export interface MergeResult {
  change: Change;
  /** Codings that now carry the target code. */
  moved: number;
  /** Codings removed because the target already coded the same passage for the same coder. */
  collapsed: number;
}

/** `codings` and `memos` must include those of the source, the target and their subcodes. */
export function mergeCodesChange(
  codes: readonly CodeRecord[],
  codings: readonly CodingRecord[],
  memos: readonly MemoRecord[],
  sourceId: string,
  targetId: string,
  minting: Pick<Minting, 'now'>,
  savedQueries: readonly SavedQueryRecord[] = [],
): MergeResult {
  const source = codes.find((c) => c.id === sourceId);
  const target = codes.find((c) => c.id === targetId);
  if (!source || !target) throw new CodebookError('One of the two codes no longer exists.');
  if (sourceId === targetId) throw new CodebookError('Choose another code to merge into.');
  if (descendantIds(codes, sourceId).includes(targetId)) {
    throw new CodebookError(`“${source.name}” cannot merge into its own subcode “${target.name}”: move the subcode out first.`);
  }
  const draft = new RowDraft({ codes, codings, memos, savedQueries });
  const counts = { moved: 0, collapsed: 0 };
  mergeInto(draft, sourceId, targetId, counts, minting.now);
  return { change: draft.toChange(`Code “${source.name}” merged into “${target.name}”`), ...counts };
}

function mergeInto(draft: RowDraft, sourceId: string, targetId: string, counts: { moved: number; collapsed: number }, now: string): void {
  const all = draft.all('codings');
  const survivors = new Map(all.filter((c) => c.codeId === targetId).map((c) => [passageKey(c), c.id]));
  for (const coding of all) {
    if (coding.codeId !== sourceId) continue;
    const survivor = survivors.get(passageKey(coding));
    if (survivor) {
      moveMemos(draft, 'coding', coding.id, survivor, now);
      draft.delete('codings', coding.id);
      counts.collapsed++;
    } else {
      draft.update('codings', coding.id, { codeId: targetId });
      survivors.set(passageKey(coding), coding.id);
      counts.moved++;
    }
  }
  moveMemos(draft, 'code', sourceId, targetId, now);
  repointSavedQueries(draft, sourceId, targetId, now);

  let nextOrder = Math.max(-1, ...childrenOf(draft.all('codes'), targetId).map((c) => c.order)) + 1;
  for (const child of childrenOf(draft.all('codes'), sourceId)) {
    // Not the source itself: merging x into its parent T, T's child named like x's child is x.
    const namesake = siblingNamed(
      draft.all('codes').filter((c) => c.id !== sourceId),
      targetId,
      child.name,
      child.id,
    );
    if (namesake) mergeInto(draft, child.id, namesake.id, counts, now);
    else draft.update('codes', child.id, { parentId: targetId, order: nextOrder++ });
  }
  draft.delete('codes', sourceId);
}

/**
 * Saved queries that name the source name the target instead, in the same change (Undo takes it back
 * with the rest): a merge says the two codes are one, and a question asked of the source is asked of
 * what it became. Otherwise every such query would show the source as a deleted code.
 */
function repointSavedQueries(draft: RowDraft, sourceId: string, targetId: string, now: string): void {
  const swap = (ids: readonly string[] | undefined): string[] | undefined => (ids?.includes(sourceId) ? [...new Set(ids.map((id) => (id === sourceId ? targetId : id)))] : undefined);
  for (const saved of draft.all('savedQueries')) {
    const { query } = saved;
    const codeIds = swap(query.codeIds);
    const excludeCodeIds = swap(query.excludeCodeIds);
    const nearCodeIds = swap(query.near?.codeIds);
    if (!codeIds && !excludeCodeIds && !nearCodeIds) continue;
    draft.update('savedQueries', saved.id, {
      query: {
        ...query,
        ...(codeIds ? { codeIds } : {}),
        ...(excludeCodeIds ? { excludeCodeIds } : {}),
        ...(nearCodeIds && query.near ? { near: { ...query.near, codeIds: nearCodeIds } } : {}),
      },
      updatedAt: now,
    });
  }
}

/**
 * Moves the memos on one row to another. Each coder has at most one memo per target (two coders
 * write about a passage independently), so a coder's memo meeting their own memo there joins it.
 */
function moveMemos(draft: RowDraft, targetType: 'code' | 'coding', fromId: string, toId: string, now: string): void {
  const memos = draft.all('memos').filter((m) => m.targetType === targetType && (m.targetId === fromId || m.targetId === toId));
  for (const memo of memos.filter((m) => m.targetId === fromId)) {
    const kept = draft.all('memos').find((m) => m.targetType === targetType && m.targetId === toId && m.coderId === memo.coderId);
    if (kept) {
      draft.update('memos', kept.id, {
        body: joinMemoBodies(kept.body, memo.body, kept.text, memo.text),
        text: [kept.text, memo.text].filter(Boolean).join('\n\n'),
        updatedAt: now,
      });
      draft.delete('memos', memo.id);
    } else {
      draft.update('memos', memo.id, { targetId: toId });
    }
  }
}

/** Two memos' rich text as one: the second's paragraphs after the first's (Lexical's JSON shape). */
export function joinMemoBodies(first: string, second: string, firstText: string, secondText: string): string {
  try {
    const a = JSON.parse(first) as { root: { children: unknown[] } };
    const b = JSON.parse(second) as { root: { children: unknown[] } };
    if (!Array.isArray(a.root.children) || !Array.isArray(b.root.children)) throw new Error('not an editor state');
    return JSON.stringify({ ...a, root: { ...a.root, children: [...a.root.children, ...b.root.children] } });
  } catch {
    // A body that is not an editor state (an old or imported memo): keep both texts, as plain text.
    return plainTextToMemoBody([firstText, secondText].filter(Boolean).join('\n\n'));
  }
}
