// The sentences the preview and the report say: counts of rows, what was skipped and why, what a
// merge adds, finds already there and finds in conflict. One place, so the preview and the report
// say the same things in the same words.
import type { ProjectRows } from '../../../shared/interop/projectRows';
import type { MergePlan } from '../../../shared/interop/mergePlan';
import type { SkippedItem } from '../../../shared/interop/importPlan';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** “3 documents, 12 codes, 40 codings, 5 memos, 2 coders, 4 attributes, 1 set”. */
export function rowCounts(rows: ProjectRows): string {
  return [
    plural(rows.documents.length, 'document'),
    plural(rows.codes.length, 'code'),
    plural(rows.codings.length, 'coding'),
    plural(rows.memos.length, 'memo'),
    plural(rows.coders.length, 'coder'),
    plural(rows.attributeDefinitions.length, 'attribute'),
    plural(rows.documentSets.length, 'set'),
  ].join(', ');
}

export function skippedLine(item: SkippedItem): string {
  return `${item.kind} “${item.name}”: ${item.reason}`;
}

/** What a merge adds and what it finds already there. */
export function mergeSummary(plan: MergePlan): string {
  const { matchedDocuments, matchedCodes, matchedCoders, codingsAlreadyThere, memosAlreadyThere } = plan.counts;
  const filled = plan.update.documents.length + plan.update.codes.length + plan.update.documentSets.length;
  const newerMemos = plan.update.memos.length;
  const adds = `adds ${rowCounts(plan.add)}`;
  const there = `finds already there ${plural(matchedDocuments, 'document')}, ${plural(matchedCodes, 'code')}, ${plural(matchedCoders, 'coder')}, ${plural(codingsAlreadyThere, 'coding')} and ${plural(memosAlreadyThere, 'memo')}`;
  return `${adds}; ${there}${filled ? `; fills in empty fields of ${plural(filled, 'row')}` : ''}${newerMemos ? `; keeps the file’s newer version of ${plural(newerMemos, 'memo')}` : ''}.`;
}

export function mergeProblems(plan: MergePlan): string[] {
  return [
    ...plan.conflicts.map((c) => `${c.kind}: ${c.detail}`),
    ...plan.notMerged.map((n) => `not merged (${n.table}): ${n.reason}`),
    ...plan.notInFile.map((n) => `not in the file (${n.table}): ${n.detail}`),
  ];
}
