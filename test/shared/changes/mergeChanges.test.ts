// A merge plan written as changes: the new documents with their texts outside the log, the rest as
// one undoable step whose inverse takes the merge back, and a codebook import as one change.
import { describe, expect, it } from 'vitest';
import { applyMergePlan, planMerge } from '../../../shared/interop/mergePlan';
import { emptyProjectRows, type ProjectRows } from '../../../shared/interop/projectRows';
import { codebookChange, mergeChanges } from '../../../shared/changes/mergeChanges';
import { inverseOf, type Change, type ProjectTable } from '../../../shared/changes/change';
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
    const { documents, work } = mergeChanges(ana, plan, 'Merged ben.qdpx');
    expect(documents).toBeNull();
    expect(sorted(applied(ana, documents, work))).toEqual(sorted(applyMergePlan(ana, plan)));
  });

  it('write a whole project into an empty one: documents and texts unlogged, everything else one step that undo takes back', () => {
    const plan = planMerge(emptyProjectRows(), all, { projectId: PROJECT_ID });
    const { documents, work } = mergeChanges(emptyProjectRows(), plan, 'Imported riverton.qdpx');
    expect(documents!.changes.every((c) => c.table === 'documents')).toBe(true);
    expect(documents!.texts).toEqual(all.texts);
    expect(work!.changes.some((c) => c.table === 'documents')).toBe(false);
    const after = applied(emptyProjectRows(), documents, work);
    expect(sorted(after)).toEqual(sorted(applyMergePlan(emptyProjectRows(), plan)));
    const undone = applied(after, inverseOf(work!));
    expect(undone.codings).toEqual([]);
    expect(undone.codes).toEqual([]);
    expect(undone.documents).toHaveLength(all.documents.length);
  });

  it('fill empty fields of matched rows, each row once with every update applied', () => {
    const code = all.codes[0]!;
    const change = codebookChange(all.codes, [], [{ id: code.id, changes: { inclusion: 'a' } }, { id: code.id, changes: { exclusion: 'b' } }], 'Codebook imported')!;
    expect(change.changes).toEqual([{ table: 'codes', key: code.id, before: code, after: { ...code, inclusion: 'a', exclusion: 'b' } }]);
    expect(codebookChange(all.codes, [], [], 'nothing')).toBeNull();
  });
});
