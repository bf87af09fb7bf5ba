// Memos in a merge (shared/interop/mergePlan.ts). A memo of the file is the project's memo when it has
// its id (the two sides started from one project file), or else when it is the same coder's on the
// same thing (a coder keeps one memo per thing). Where the two were written differently, the version
// edited last is kept, whole: its rich body with its text and time, on the project's row (its id,
// target, coder and creation stay). The other version is named in the report: a project's older
// version stays in the backup taken before the merge, and Undo brings it back. A memo of the file with
// no date of its own (another tool's note: its time is the import's) is newer than nothing: the
// project's is kept. A memo the project does not have comes in only when its target did.
import type { MemoRecord } from '../model';
import { plainTextToMemoBody } from '../text/memoBody';
import { localIsoDate } from '../dates/localTime';
import type { ProjectRows } from './projectRows';
import type { MergePlan } from './mergePlan';

type MemoUpdate = MergePlan['update']['memos'][number];

/**
 * `undated`: ids of the file's memos that have no date of their own, as the import plan recorded them
 * (ImportPlan.undatedMemoIds).
 */
export function mergeMemos(project: ProjectRows, incoming: readonly MemoRecord[], deletedHere: ReadonlySet<string>, undated: ReadonlySet<string>, plan: MergePlan, projectId: string): void {
  const byId = new Map(project.memos.map((m) => [m.id, m]));
  const onTarget = new Map(project.memos.map((m) => [targetKey(m), m]));
  // The version each memo has so far: two memos of the file can be one memo here, and the second is
  // weighed against what the first left.
  const latest = new Map<string, MemoRecord>();
  // Memos this merge adds from undated ones of the file: a second memo of the file that is the same
  // memo here is not weighed against the import's time either.
  const addedUndated = new Set<string>();
  const updates = new Map<string, MemoUpdate>();
  const addedAt = new Map<string, number>();
  const names = memoNames(project);
  for (const memo of incoming) {
    // A memo the project has by id is that memo wherever its target went in the merge (a coding the
    // two sides changed differently is not merged, and is still the one the memo is on).
    let current = byId.get(memo.id);
    let mapped: MemoRecord | undefined;
    if (!current) {
      const targetId =
        memo.targetType === 'project' ? projectId
        : memo.targetType === 'document' ? plan.idMap.documents[memo.targetId]
        : memo.targetType === 'code' ? plan.idMap.codes[memo.targetId]
        : plan.idMap.codings[memo.targetId];
      if (!targetId) {
        plan.notMerged.push({ table: 'memos', id: memo.id, reason: `its ${memo.targetType} was not merged` });
        continue;
      }
      mapped = { ...memo, targetId, coderId: plan.idMap.coders[memo.coderId] ?? memo.coderId };
      current = onTarget.get(targetKey(mapped));
    }
    if (!current) {
      if (deletedHere.has(memo.id)) {
        plan.notMerged.push({ table: 'memos', id: memo.id, reason: `a memo on a ${memo.targetType} was deleted in this project since` });
        continue;
      }
      const added = mapped!;
      onTarget.set(targetKey(added), added);
      addedAt.set(added.id, plan.add.memos.length);
      if (undated.has(memo.id)) addedUndated.add(added.id);
      plan.add.memos.push(added);
      continue;
    }
    const here = latest.get(current.id) ?? current;
    const difference = differenceOf(here, memo);
    if (difference === 'none') {
      plan.counts.memosAlreadyThere++;
      continue;
    }
    const newer = undated.has(memo.id) ? 'file undated' : addedUndated.has(current.id) ? 'project undated' : newerOf(here, memo);
    // A memo is never emptied by a merge: an empty note from another tool is no newer thought.
    const takeFile = newer === 'file' && memo.text.trim() !== '';
    plan.conflicts.push({ kind: 'memo differs', existingId: current.id, incomingId: memo.id, detail: describe(here, memo, difference, newer, takeFile, names) });
    if (!takeFile) continue;
    const changes = { body: memo.body, text: memo.text, updatedAt: memo.updatedAt };
    latest.set(current.id, { ...here, ...changes });
    const index = addedAt.get(current.id);
    if (index !== undefined) {
      plan.add.memos[index] = { ...plan.add.memos[index]!, ...changes };
      continue;
    }
    const pending = updates.get(current.id);
    if (pending) pending.changes = changes;
    else {
      const update = { id: current.id, changes };
      updates.set(current.id, update);
      plan.update.memos.push(update);
    }
  }
}

function targetKey(memo: Pick<MemoRecord, 'targetType' | 'targetId' | 'coderId'>): string {
  return `${memo.targetType}\u0000${memo.targetId}\u0000${memo.coderId}`;
}

/**
 * How two versions of a memo differ. The same words with the body a REFI-QDA file gives any text (a
 * paragraph a line, no formatting) are the same memo: a round trip through REFI-QDA keeps a memo's
 * words, not its formatting, and must not strip the project's.
 */
function differenceOf(here: MemoRecord, file: MemoRecord): 'none' | 'words' | 'formatting' {
  if (here.text !== file.text) return 'words';
  if (here.body === file.body || file.body === plainTextToMemoBody(file.text)) return 'none';
  return 'formatting';
}

/** Which side edited the memo last; a side with no date of its own is newer than nothing. */
type Newer = ReturnType<typeof newerOf> | 'file undated' | 'project undated';

/** Which side edited the memo last, by the instants the times name (a file may write another zone). */
function newerOf(here: MemoRecord, file: MemoRecord): 'file' | 'project' | 'neither' {
  const [hereAt, fileAt] = [Date.parse(here.updatedAt), Date.parse(file.updatedAt)];
  if (!Number.isFinite(hereAt) || !Number.isFinite(fileAt) || hereAt === fileAt) return 'neither';
  return fileAt > hereAt ? 'file' : 'project';
}

/**
 * Which memo differs and how, so that the researcher can find it and neither version is lost unseen:
 * whose it is, on what, when each side last edited it, and which one the project keeps.
 */
function describe(here: MemoRecord, file: MemoRecord, difference: 'words' | 'formatting', newer: Newer, takeFile: boolean, names: MemoNames): string {
  const coder = names.coder(here.coderId);
  const memo = `${coder ? `${coder}’s memo` : 'A memo'} on ${names.target(here)} ${difference === 'words' ? 'differs' : 'is formatted differently'}`;
  // An undated side's time is the import's: not shown as an edit.
  if (newer === 'file undated') return `${memo}: last edited ${day(here.updatedAt)} here; the file’s has no date, so the project’s is kept`;
  // Two memos of the file that are one here, the first of them undated.
  if (newer === 'project undated') return `${memo}: one version in the file has no date, the other was last edited ${day(file.updatedAt)}; neither is newer, so the first is kept`;
  const kept =
    takeFile ? 'the file’s is kept, as it is newer (the project’s older one is in Backups, “before importing a project”, and Undo brings it back)'
    : newer === 'project' ? 'the project’s is kept, as it is newer'
    : newer === 'file' ? 'the project’s is kept, as the file’s newer one is empty'
    : 'the project’s is kept (neither is newer)';
  return `${memo}: last edited ${day(file.updatedAt)} in the file, ${day(here.updatedAt)} here; ${kept}`;
}

/** The day of a time in the researcher's zone, as the report shows it. */
function day(iso: string): string {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? localIsoDate(new Date(time)) : iso;
}

interface MemoNames {
  coder(id: string): string | undefined;
  target(memo: MemoRecord): string;
}

/** Names of coders and of what memos are on, looked up by id (a merge can report thousands of memos). */
function memoNames(project: ProjectRows): MemoNames {
  const coders = new Map(project.coders.map((c) => [c.id, c.name]));
  const titles = new Map(project.documents.map((d) => [d.id, d.title]));
  const codeNames = new Map(project.codes.map((c) => [c.id, c.name]));
  const codings = new Map(project.codings.map((c) => [c.id, c]));
  const title = (docId: string) => `“${titles.get(docId) ?? 'a document'}”`;
  const codeName = (codeId: string) => `“${codeNames.get(codeId) ?? 'a code'}”`;
  return {
    coder: (id) => coders.get(id),
    target(memo) {
      switch (memo.targetType) {
        case 'project':
          return 'the project';
        case 'document':
          return title(memo.targetId);
        case 'code':
          return `code ${codeName(memo.targetId)}`;
        case 'coding': {
          const coding = codings.get(memo.targetId);
          return coding ? `a coding of ${codeName(coding.codeId)} in ${title(coding.docId)}` : 'a coding';
        }
      }
    },
  };
}
