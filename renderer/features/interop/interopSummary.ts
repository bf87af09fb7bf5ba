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
  return [...plan.conflicts.map((c) => `${c.kind}: ${c.detail}`), ...notMergedLines(plan.notMerged), ...plan.notInFile.map((n) => `not in the file (${n.table}): ${n.detail}`)];
}

const ROW_NAMES: Record<keyof ProjectRows, string> = {
  documents: 'document',
  texts: 'text',
  codes: 'code',
  codings: 'coding',
  memos: 'memo',
  coders: 'coder',
  documentSets: 'set',
  attributeDefinitions: 'attribute',
};

/**
 * One line per reason, with how many rows it keeps out, in the order they first come: a document
 * left out keeps each of its codings out for the same reason, and hundreds of identical lines would
 * hide the one that names the document.
 */
function notMergedLines(notMerged: MergePlan['notMerged']): string[] {
  const counts = new Map<string, { table: keyof ProjectRows; reason: string; count: number }>();
  for (const { table, reason } of notMerged) {
    const key = `${table}\u0000${reason}`;
    const line = counts.get(key);
    if (line) line.count++;
    else counts.set(key, { table, reason, count: 1 });
  }
  return [...counts.values()].map(({ table, reason, count }) => `not merged (${plural(count, ROW_NAMES[table])}): ${reason}`);
}
