// What the merge preview and report say about a colleague's project that started from the same file.
import { describe, expect, test } from 'vitest';
import { mergeProblems, mergeSummary } from '../../../../renderer/features/interop/interopSummary';
import { planMerge } from '../../../../shared/interop/mergePlan';
import type { ProjectRows } from '../../../../shared/interop/projectRows';
import { BEN, DOC_ONE, MEMOS, PROJECT_ID, TONE, roundTripProject } from '../../../shared/interop/refiFixtures';

describe('the merge report', () => {
  test('counts the memos whose newer version the file brings, apart from filled-in fields', () => {
    const file: ProjectRows = { ...roundTripProject(), memos: MEMOS.map((m, i) => (i === 1 ? { ...m, text: 'Newer.', updatedAt: '2026-01-12T16:00:00.000Z' } : m)) };
    expect(mergeSummary(planMerge(roundTripProject(), file, { projectId: PROJECT_ID }))).toBe(
      'adds 0 documents, 0 codes, 0 codings, 0 memos, 0 coders, 0 attributes, 0 sets; finds already there 2 documents, 5 codes, 2 coders, 9 codings and 3 memos; keeps the file’s newer version of 1 memo.',
    );
  });

  test('lists renamed coders and sets, and the codes the file no longer has, in the problems', () => {
    const project = roundTripProject();
    const file: ProjectRows = {
      ...project,
      coders: project.coders.map((c) => (c.id === BEN.id ? { ...c, name: 'Benjamin' } : c)),
      documentSets: project.documentSets.map((s) => ({ ...s, name: 'All interviews' })),
      codes: project.codes.filter((c) => c.id !== TONE.id),
      codings: project.codings.filter((c) => c.codeId !== TONE.id),
    };
    expect(mergeProblems(planMerge(project, file, { projectId: PROJECT_ID }))).toEqual([
      'coder renamed: coder “Ben” is called “Benjamin” in the file; the project’s name is kept',
      'set renamed: set “Interviews” is called “All interviews” in the file; the project’s name is kept',
      'not in the file (codes): code “Tone”, deleted on the other side or added here since; the project keeps it and its 1 coding',
    ]);
  });

  test('says once how many rows are left out for the same reason, instead of a line for each', () => {
    // A document whose text differs keeps all its codings out: the researcher reads one line, with the count.
    const project = roundTripProject();
    const file: ProjectRows = { ...project, texts: project.texts.map((t) => (t.docId === DOC_ONE.id ? { ...t, text: `${t.text} More.` } : t)) };
    const onDocOne = project.codings.filter((c) => c.docId === DOC_ONE.id).length;
    expect(mergeProblems(planMerge(project, file, { projectId: PROJECT_ID }))).toEqual([
      'document text differs: “Mayor interview”: the file\'s text under the same id differs from the project\'s; its codings and memos are not merged',
      `not merged (${onDocOne} codings): its document was not merged`,
    ]);
  });
});
