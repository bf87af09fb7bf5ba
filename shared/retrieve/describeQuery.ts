// A Retrieve query in words, for the head of a report and the title of a saved query's row:
// "criticism OR claim, not metric, within 1 paragraph of pledge; leaning is right or center; coders: Ana".
import type { AttributeValue, CodeRecord, CoderRecord, DocumentSetRecord } from '../model';
import { attributeValueLabels } from '../analysis/valueLabels';
import { codePath } from '../codebook/codePath';
import { attributeValueKey } from '../library/documentFilter';
import type { RetrieveQuery } from './retrieveQuery';

export interface QueryNames {
  codes: readonly CodeRecord[];
  coders: readonly CoderRecord[];
  sets: readonly DocumentSetRecord[];
  /**
   * Each attribute's values in the project: a chosen value that reads as another does (2017 and
   * "2017") is named with its type, as the filter and the columns name it (analysis/valueLabels.ts).
   */
  attributeValues?: ReadonlyMap<string, readonly AttributeValue[]>;
}

/** One line per part of the query that is set: codes, exclusions, near, documents, coders. */
export function describeQuery(query: RetrieveQuery, names: QueryNames): string[] {
  const codesById = new Map(names.codes.map((code) => [code.id, code]));
  const code = (id: string) => {
    const found = codesById.get(id);
    return found ? codePath(found, codesById) : '(deleted code)';
  };
  const sub = query.withSubcodes ? ' (with subcodes)' : '';
  const lines: string[] = [];
  lines.push(query.codeIds.length === 0 ? 'Codes: none chosen' : `Codes: ${query.codeIds.map(code).join(query.match === 'all' ? ' AND ' : ' OR ')}${sub}`);
  if (query.excludeCodeIds.length > 0) lines.push(`Leaving out passages that overlap: ${query.excludeCodeIds.map(code).join(', ')}`);
  if (query.near) {
    const n = query.near.paragraphs;
    lines.push(`Within ${n === 0 ? 'the same paragraph as' : `${n} paragraph${n === 1 ? '' : 's'} of`} ${query.near.codeIds.map(code).join(' or ')}`);
  }
  const f = query.documents;
  for (const condition of f.attributes) {
    if (condition.values.length === 0) continue;
    const labels = attributeValueLabels([...(names.attributeValues?.get(condition.name) ?? []), ...condition.values]);
    lines.push(`${condition.name} is ${condition.values.map((v) => labels.get(attributeValueKey(v))!).join(' or ')}`);
  }
  if (f.setIds.length > 0) lines.push(`In the set${f.setIds.length === 1 ? '' : 's'} ${f.setIds.map((id) => `“${names.sets.find((s) => s.id === id)?.name ?? '(deleted set)'}”`).join(' or ')}`);
  if (f.textContains.trim()) lines.push(`Text contains “${f.textContains.trim()}”`);
  if (f.titleContains.trim()) lines.push(`Title contains “${f.titleContains.trim()}”`);
  if (f.docIds.length > 0) lines.push(`${f.docIds.length} chosen document${f.docIds.length === 1 ? '' : 's'}`);
  if (f.dateFrom.trim() || f.dateTo.trim()) lines.push(`Dated ${f.dateMatch === 'within' ? 'within' : 'overlapping'} ${f.dateFrom.trim() || '…'} to ${f.dateTo.trim() || '…'}`);
  lines.push(query.coderIds.length === 0 ? 'Coders: all' : `Coders: ${query.coderIds.map((id) => names.coders.find((c) => c.id === id)?.name ?? '(coder not shown)').join(', ')}`);
  return lines;
}
