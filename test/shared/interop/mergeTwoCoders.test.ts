// Two coders start from the same project file (the same ids), code apart for a week, and one merges
// the other's project: what a careful researcher expects of the plan.
import { describe, expect, it } from 'vitest';
import { applyMergePlan, planMerge } from '../../../shared/interop/mergePlan';
import { emptyProjectRows, type ProjectRows } from '../../../shared/interop/projectRows';
import type { CodingRecord } from '../../../shared/model';
import { ANA, BEN, ECONOMY, FRAMING, JOBS, PROJECT_ID, SECURITY, TONE, roundTripProject, uuid } from './refiFixtures';

function profileOf(coderId: string, rows = roundTripProject()): ProjectRows {
  return { ...rows, codings: rows.codings.filter((c) => c.coderId === coderId), memos: rows.memos.filter((m) => m.coderId === coderId) };
}

describe('merging a colleague’s project that started from the same file', () => {
  it('keeps a coder of the file who shares a name but not an id with the project’s coder apart, with every coding of theirs', () => {
    // Both kept the name a new profile starts with: two people, one name.
    const ana = { ...profileOf(ANA.id), coders: [{ ...ANA, name: 'Coder 1' }] };
    const ben = profileOf(BEN.id);
    const anaJobs = ana.codings.find((c) => c.codeId === JOBS.id)!;
    const benSame: CodingRecord = { ...anaJobs, id: uuid('ben:same-as-ana'), coderId: BEN.id };
    const file: ProjectRows = { ...ben, coders: [{ ...BEN, name: 'Coder 1' }], codings: [...ben.codings, benSame] };
    const plan = planMerge(ana, file, { projectId: PROJECT_ID, coders: 'by id' });
    expect(plan.add.coders).toEqual([{ ...BEN, name: 'Coder 1 (2)' }]);
    expect(plan.add.codings.map((c) => c.coderId)).toEqual(file.codings.map(() => BEN.id));
    expect(plan.counts.codingsAlreadyThere).toBe(0);
    expect(plan.conflicts).toEqual([
      { kind: 'coder name taken', existingId: ANA.id, incomingId: BEN.id, detail: 'coder “Coder 1” of the file is not the project’s “Coder 1” (another person); added as “Coder 1 (2)” with their codings and memos' },
    ]);
    // Merging again finds the coder by id: nothing new.
    const again = planMerge(applyMergePlan(ana, plan), file, { projectId: PROJECT_ID, coders: 'by id' });
    expect(again.add.coders).toEqual([]);
    expect(again.add.codings).toEqual([]);
  });

  it('still finds a coder by name in a file from another tool, which gives its users ids of its own', () => {
    const ana = profileOf(ANA.id);
    const elsewhere = { ...ANA, id: uuid('maxqda:ana') };
    const file: ProjectRows = { ...ana, coders: [elsewhere], codings: ana.codings.map((c) => ({ ...c, coderId: elsewhere.id })) };
    const plan = planMerge(ana, file, { projectId: PROJECT_ID, coders: 'by id, then name' });
    expect(plan.add.coders).toEqual([]);
    expect(plan.add.codings).toEqual([]);
    expect(plan.counts.codingsAlreadyThere).toBe(ana.codings.length);
  });

  it('shows a code whose colour differs, or that moved, and keeps the project’s', () => {
    const ana = profileOf(ANA.id);
    const ben = profileOf(BEN.id);
    const file: ProjectRows = {
      ...ben,
      codes: ben.codes.map((c) => (c.id === TONE.id ? { ...c, color: '#000000' } : c.id === JOBS.id ? { ...c, parentId: FRAMING.id } : c)),
    };
    const plan = planMerge(ana, file, { projectId: PROJECT_ID });
    expect(plan.conflicts).toEqual([
      { kind: 'code colour differs', existingId: TONE.id, incomingId: TONE.id, detail: 'code “Tone” is #000000 in the file, #db2777 here; the project’s colour is kept' },
      { kind: 'code moved', existingId: JOBS.id, incomingId: JOBS.id, detail: 'code “Jobs” is under “Framing” in the file, under “Economy” here; the project’s place is kept' },
    ]);
    const merged = applyMergePlan(ana, plan);
    expect(merged.codes.find((c) => c.id === JOBS.id)!.parentId).toBe(ECONOMY.id);
    expect(merged.codes.find((c) => c.id === TONE.id)!.color).toBe('#db2777');
  });

  it('names the memo written differently on the two sides, whose it is, and keeps the newer: the file’s here', () => {
    const ana = profileOf(BEN.id);
    const ben = profileOf(BEN.id);
    const edited: ProjectRows = { ...ben, memos: ben.memos.map((m) => ({ ...m, text: `${m.text} More after a week.`, updatedAt: '2026-01-12T16:00:00.000Z' })) };
    const plan = planMerge(ana, edited, { projectId: PROJECT_ID });
    expect(plan.conflicts.map((c) => c.detail)).toEqual([
      'Ben’s memo on “Mayor interview” differs: last edited 2026-01-12 in the file, 2026-01-05 here; the file’s is kept, as it is newer (the project’s older one is in Backups, “before importing a project”, and Undo brings it back)',
      'Ben’s memo on a coding of “Economy” in “Mayor interview” differs: last edited 2026-01-12 in the file, 2026-01-05 here; the file’s is kept, as it is newer (the project’s older one is in Backups, “before importing a project”, and Undo brings it back)',
    ]);
  });

  it('fills a document’s empty attributes from every file document that is it, in one update the preview counts once', () => {
    const project = profileOf(ANA.id);
    const [one] = project.documents;
    const bare = { ...project, documents: project.documents.map((d) => (d.id === one!.id ? { ...d, attributes: {} } : d)) };
    const copy = { ...one!, id: uuid('ben:copy-of-one'), sha256: 'another original', attributes: { year: 2017 } };
    const file: ProjectRows = {
      ...emptyProjectRows(),
      documents: [{ ...one!, attributes: { leaning: 'right' } }, copy],
      texts: [project.texts[0]!, { docId: copy.id, text: project.texts[0]!.text }],
    };
    const plan = planMerge(bare, file, { projectId: PROJECT_ID });
    expect(plan.update.documents).toEqual([{ id: one!.id, changes: { attributes: { leaning: 'right', year: 2017 } } }]);
    expect(applyMergePlan(bare, plan).documents.find((d) => d.id === one!.id)!.attributes).toEqual({ leaning: 'right', year: 2017 });
  });

  it('reports a coder renamed on one side under the same id, and keeps the project’s name', () => {
    const file: ProjectRows = { ...profileOf(BEN.id), coders: [ANA, { ...BEN, name: 'Benjamin' }] };
    for (const coders of ['by id', 'by id, then name'] as const) {
      const plan = planMerge(profileOf(ANA.id), file, { projectId: PROJECT_ID, coders });
      expect(plan.add.coders).toEqual([]);
      expect(plan.conflicts).toEqual([{ kind: 'coder renamed', existingId: BEN.id, incomingId: BEN.id, detail: 'coder “Ben” is called “Benjamin” in the file; the project’s name is kept' }]);
    }
  });

  it('reports a set renamed on one side under the same id, keeps the project’s name and still takes the file’s members', () => {
    const ana = profileOf(ANA.id);
    const [set] = ana.documentSets;
    const file: ProjectRows = { ...profileOf(BEN.id), documentSets: [{ ...set!, name: 'Interviews (all)', docIds: ana.documents.map((d) => d.id) }] };
    const plan = planMerge(ana, file, { projectId: PROJECT_ID });
    expect(plan.conflicts).toEqual([{ kind: 'set renamed', existingId: set!.id, incomingId: set!.id, detail: 'set “Interviews” is called “Interviews (all)” in the file; the project’s name is kept' }]);
    const merged = applyMergePlan(ana, plan).documentSets;
    expect(merged).toEqual([{ ...set!, docIds: ana.documents.map((d) => d.id) }]);
  });

  it('says once, for the code and not for each of its codings, that the project keeps a code the file no longer has', () => {
    const project = roundTripProject();
    // Ben deleted Tone (and so its codings), and Framing with every code under it.
    const gone = new Set([TONE.id, FRAMING.id, ECONOMY.id, JOBS.id, SECURITY.id]);
    const file: ProjectRows = { ...project, codes: project.codes.filter((c) => !gone.has(c.id)), codings: [], memos: project.memos.filter((m) => m.targetType === 'project') };
    // A code still there keeps the file of this project's lineage.
    const kept = { ...TONE, id: uuid('code:kept'), name: 'Kept', parentId: null };
    const plan = planMerge({ ...project, codes: [...project.codes, kept] }, { ...file, codes: [kept] }, { projectId: PROJECT_ID });
    expect(plan.notInFile).toEqual([
      { table: 'codes', id: FRAMING.id, detail: 'code “Framing” and the 3 codes under it, deleted on the other side or added here since; the project keeps them and their 8 codings' },
      { table: 'codes', id: TONE.id, detail: 'code “Tone”, deleted on the other side or added here since; the project keeps it and its 1 coding' },
    ]);
    expect(plan.notMerged).toEqual([]);
    expect(applyMergePlan(project, plan).codes).toHaveLength(project.codes.length);
  });

  it('says nothing of the project’s codes when the file shares none of them: another project, not this one apart', () => {
    const project = roundTripProject();
    const other = { ...TONE, id: uuid('code:elsewhere'), name: 'Elsewhere', parentId: null };
    expect(planMerge(project, { ...emptyProjectRows(), codes: [other] }, { projectId: PROJECT_ID }).notInFile).toEqual([]);
    expect(planMerge(project, { ...project, codes: [], codings: [], memos: [] }, { projectId: PROJECT_ID }).notInFile).toEqual([]);
  });

  it('adds to a set the members of both file sets that are it, the one renamed and the one with its name', () => {
    const ana = profileOf(ANA.id);
    const [set] = ana.documentSets;
    const [one, two] = ana.documents;
    // Ben renamed the set and made a new one under its old name.
    const file: ProjectRows = {
      ...profileOf(BEN.id),
      documentSets: [
        { ...set!, name: 'Old interviews', docIds: [one!.id] },
        { id: uuid('ben:set'), name: 'Interviews', docIds: [two!.id], createdAt: set!.createdAt },
      ],
    };
    const here = { ...ana, documentSets: [{ ...set!, docIds: [] }] };
    const plan = planMerge(here, file, { projectId: PROJECT_ID });
    expect(applyMergePlan(here, plan).documentSets).toEqual([{ ...set!, docIds: [one!.id, two!.id] }]);
    expect(plan.update.documentSets).toHaveLength(1);
  });
});
