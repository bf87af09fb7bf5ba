// What merging a code into another does to the code's subcodes, for the merge dialog to say before the
// researcher confirms: each moves under the target, or, named like one of the target's subcodes, merges
// into that one (and its own subcodes the same way, a level down). Read off the merge itself
// (shared/codebook/codeMerge.ts) run over the codebook alone, so that the dialog cannot say other than
// what happens: each code of the branch is given one stand-in coding, and the code that coding ends
// on is the code it merged into.
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { mergeCodesChange } from '../../../shared/codebook/codeMerge';
import { descendantIds } from '../../../shared/codebook/codeTree';

export interface SubcodeFate {
  code: CodeRecord;
  /** `moves`: `to` is its new parent; `merges`: `to` is the code it merges into (its codings carry `to`). */
  kind: 'moves' | 'merges';
  to: CodeRecord;
}

/**
 * The subcodes of `sourceId` that move or merge, in tree order; subcodes that stay under a code that
 * moves are not listed (they go with it). Throws the merge's CodebookError when it cannot be made.
 */
export function subcodeFates(codes: readonly CodeRecord[], sourceId: string, targetId: string): SubcodeFate[] {
  const branch = descendantIds(codes, sourceId);
  // One coding per code, each on a passage of its own (its own "document"), so that none collapses.
  const standIns: CodingRecord[] = [sourceId, ...branch].map((id) => ({ id, docId: id, codeId: id, start: 0, end: 1, quote: '', prefix: '', suffix: '', coderId: '', createdAt: '' }));
  const { change } = mergeCodesChange(codes, standIns, [], sourceId, targetId, { now: '' });
  const byId = new Map(codes.map((c) => [c.id, c]));
  const codeAfter = new Map<string, CodeRecord | null>();
  const codingOn = new Map<string, string>();
  for (const row of change.changes) {
    if (row.table === 'codes') codeAfter.set(row.key, row.after);
    else if (row.table === 'codings' && row.after) codingOn.set(row.key, row.after.codeId);
  }
  const fates: SubcodeFate[] = [];
  for (const id of branch) {
    const code = byId.get(id)!;
    const after = codeAfter.get(id);
    if (after === undefined) continue;
    if (after === null) fates.push({ code, kind: 'merges', to: byId.get(codingOn.get(id)!)! });
    else if (after.parentId !== code.parentId && after.parentId) fates.push({ code, kind: 'moves', to: byId.get(after.parentId)! });
  }
  return fates;
}
