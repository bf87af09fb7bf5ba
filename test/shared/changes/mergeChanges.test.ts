// A merge plan written as one change: every new row (documents too) in one undoable step whose
// inverse takes the whole merge back, the texts beside it; and a codebook import as one change.
import { describe, expect, it } from 'vitest';
import { applyMergePlan, planMerge } from '../../../shared/interop/mergePlan';
import { emptyProjectRows, type ProjectRows } from '../../../shared/interop/projectRows';
import { codebookChange, mergeChanges } from '../../../shared/changes/mergeChanges';
import { inverseOf, type Change, type ProjectTable } from '../../../shared/changes/change';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { ANA, BEN, PROJECT_ID, roundTripProject } from '../interop/refiFixtures';

/** The rows a change leaves, applied to `rows` as the database would (texts beside them). */
function applied(rows: ProjectRows, ...changes: Array<Change | null>): ProjectRows {
  const out = structuredClone(rows) as unknown as Record<ProjectTable, Array<Record<string, unknown>>>;
  for (const change of changes) {
    if (!change) continue;
    for (const row of change.changes) {
      const key = row.table === 'attributeDefinitions' ? 'name' : 'id';
      const table = out[row.table].filter((r) => r[key] !== row.key);
      out[row.table] = row.after ? [...table, row.after as unknown as Record<string, unknown>] : table;
    }
    for (const text of change.texts ?? []) {
      out.texts = out.texts.filter((t) => t.docId !== text.docId);
      if (text.text !== null) out.texts.push({ docId: text.docId, text: text.text });
    }
  }
  return out as unknown as ProjectRows;
}

const sorted = (rows: ProjectRows) =>
  Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, [...(list as Array<{ id?: string; name?: string; docId?: string }>)].map((r) => JSON.stringify(r)).sort()]));

describe('the changes of a merge', () => {
  const all = roundTripProject();
  const ana: ProjectRows = { ...all, codings: all.codings.filter((c) => c.coderId === ANA.id), memos: all.memos.filter((m) => m.coderId === ANA.id) };
  const ben: ProjectRows = { ...all, codings: all.codings.filter((c) => c.coderId === BEN.id), memos: all.memos.filter((m) => m.coderId === BEN.id) };

  it('leave the rows the planner says the merge leaves', () => {
    const plan = planMerge(ana, ben, { projectId: PROJECT_ID });
    const change = mergeChanges(ana, plan, 'Merged ben.qdpx');
    expect(change!.texts).toBeUndefined();
    expect(sorted(applied(ana, change))).toEqual(sorted(applyMergePlan(ana, plan)));
    expect(mergeChanges(applyMergePlan(ana, plan), planMerge(applyMergePlan(ana, plan), ben, { projectId: PROJECT_ID }), 'again')).toBeNull();
  });

  it('write a whole project into an empty one as one step, whose inverse takes back every row it added', () => {
    const plan = planMerge(emptyProjectRows(), all, { projectId: PROJECT_ID });
    const change = mergeChanges(emptyProjectRows(), plan, 'Imported riverton.qdpx')!;
    expect(change.texts).toEqual(all.texts);
    const after = applied(emptyProjectRows(), change);
    expect(sorted(after)).toEqual(sorted(applyMergePlan(emptyProjectRows(), plan)));
    // Undo deletes the texts of the documents it takes back (renderer/db/undoHistory.ts).
    const undone = applied(after, { ...inverseOf(change), texts: all.texts.map(({ docId }) => ({ docId, text: null })) });
    expect(sorted(undone)).toEqual(sorted(emptyProjectRows()));
    // A document comes before the codings that point to it, so the inverse deletes them first.
    const firstCoding = change.changes.findIndex((c) => c.table === 'codings');
    expect(change.changes.findIndex((c) => c.table === 'documents')).toBeLessThan(firstCoding);
  });

  it('write the file’s newer edit of a memo over the project’s row, which the inverse puts back exactly', () => {
    const memo = ana.memos[0]!;
    const edited = { ...memo, text: 'Rewritten by Ana on her other machine.', body: plainTextToMemoBody('Rewritten by Ana on her other machine.'), updatedAt: '2026-01-12T16:00:00.000Z' };
    const file: ProjectRows = { ...ana, memos: ana.memos.map((m) => (m.id === memo.id ? edited : m)) };
    const plan = planMerge(ana, file, { projectId: PROJECT_ID });
    const change = mergeChanges(ana, plan, 'Merged ana.framewise')!;
    expect(change.changes).toEqual([{ table: 'memos', key: memo.id, before: memo, after: edited }]);
    expect(sorted(applied(ana, change))).toEqual(sorted(applyMergePlan(ana, plan)));
    expect(sorted(applied(applied(ana, change), inverseOf(change)))).toEqual(sorted(ana));
  });

  it('fill empty fields of matched rows, each row once with every update applied', () => {
    const code = all.codes[0]!;
    const change = codebookChange(all.codes, [], [{ id: code.id, changes: { inclusion: 'a' } }, { id: code.id, changes: { exclusion: 'b' } }], 'Codebook imported')!;
    expect(change.changes).toEqual([{ table: 'codes', key: code.id, before: code, after: { ...code, inclusion: 'a', exclusion: 'b' } }]);
    expect(codebookChange(all.codes, [], [], 'nothing')).toBeNull();
  });
});
