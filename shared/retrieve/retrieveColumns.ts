// Retrieve's side-by-side view: the same query's passages in one column per group (left | center |
// right, or one per set or coder). A document in two sets shows its passages in both columns;
// documents without a value of the attribute go to the "(no value)" column.
import type { AnalysisIndex } from '../analysis/analysisIndex';
import { documentGroups, type Group, type Grouping } from '../analysis/grouping';
import type { RetrieveQuery } from './retrieveQuery';
import { retrievePassages, type RetrievedPassage } from './retrievePassages';
import { coderProblems } from './queryReferences';

export interface RetrieveColumn {
  group: Group;
  passages: RetrievedPassage[];
}

export interface RetrieveColumns {
  columns: RetrieveColumn[];
  /**
   * The query's own passages and documents, whatever the columns: a passage shows in each column it
   * belongs to (a document in two sets, a passage two coders marked), so the columns' sum is no count.
   */
  total: { passages: number; documents: number };
  problems: string[];
}

/**
 * The query's passages by group. The groups are made from the documents the query's filter lets
 * through; each column is the query evaluated on its group's documents (and, for coder columns, on
 * that coder's codings alone, so a passage two coders marked appears in both coders' columns with
 * each coder's own extent).
 */
export function retrieveColumns(index: AnalysisIndex, query: RetrieveQuery, grouping: Grouping): RetrieveColumns {
  const filtered = retrievePassages(index, { ...query, codeIds: [] });
  const docIds = new Set(filtered.docIds);
  const documents = index.documents.filter((doc) => docIds.has(doc.id));
  const groups = documentGroups(documents, grouping, { sets: index.rows.sets, coders: index.rows.coders });
  // Coders are checked here, on the query as the researcher holds it (Compare narrows a saved query's
  // coders to its own and may leave a placeholder that names no coder on purpose).
  // What the document filter cannot do is said even when no document makes a column.
  const problems = new Set<string>([...coderProblems(index, query.coderIds), ...filtered.problems]);
  const columns = groups.map((group) => {
    const result = retrievePassages(index, query, { docIds: group.docIds, coderId: group.coderId });
    for (const problem of result.problems) problems.add(problem);
    return { group, passages: result.passages };
  });
  // Columns of attribute values, fields or documents share out the documents (each has one value), so
  // together they are the query's own result; sets may overlap or leave documents out, and coder
  // columns split passages two coders marked: for those the query is asked once more, whole.
  const partition = grouping.kind !== 'sets' && grouping.kind !== 'coders';
  const whole = partition ? columns.flatMap((column) => column.passages) : retrievePassages(index, query, { docIds: [...docIds] }).passages;
  const total = { passages: whole.length, documents: new Set(whole.map((p) => p.docId)).size };
  return { columns, total, problems: [...problems] };
}
