// What a query names that the project no longer has, in words a researcher reads beside the result:
// a saved query outlives the sets, coders, attribute names and values it was saved with (a set
// deleted, an attribute renamed in the library, a coder hidden), and without a word its result would
// only be empty. Codes are checked where they are expanded (retrievePassages.ts).
import type { AnalysisIndex } from '../analysis/analysisIndex';
import { attributeValueKey, dateSpan, type DocumentFilter } from '../library/documentFilter';

export interface FilterCheck {
  problems: string[];
  /** False when the filter cannot be applied at all (a date that is not one): no document passes. */
  usable: boolean;
}

export function checkDocumentFilter(index: AnalysisIndex, filter: DocumentFilter): FilterCheck {
  const problems: string[] = [];
  for (const [end, value] of [['from', filter.dateFrom], ['to', filter.dateTo]] as const) {
    if (value.trim() && !dateSpan(value.trim())) problems.push(`“Dated ${end}”: “${value.trim()}” is not a date: write it as 2017, 2017-05 or 2017-05-16.`);
  }
  if (problems.length > 0) return { problems, usable: false };

  if (filter.setIds.length > 0) {
    const known = new Set(index.rows.sets.map((s) => s.id));
    const missing = filter.setIds.filter((id) => !known.has(id)).length;
    if (missing > 0) {
      const sets = missing === 1 ? 'set no longer exists' : `${missing} chosen sets no longer exist`;
      problems.push(`${missing === 1 ? 'A chosen ' : ''}${sets} (deleted?)${missing === filter.setIds.length ? ': no document passes the filter.' : ` and ${missing === 1 ? 'was' : 'were'} left out.`}`);
    }
  }
  const held = heldValues(index);
  for (const condition of filter.attributes) {
    if (condition.values.length === 0) continue;
    const keys = held.get(condition.name);
    // Every document lacks an attribute no document has: only "(no value)" would still match.
    if (!keys || (keys.size === 1 && keys.has('none'))) {
      problems.push(`No document has the attribute “${condition.name}” (renamed or deleted?): it matches ${condition.values.some((v) => attributeValueKey(v) === 'none') ? 'every document as “(no value)”' : 'no document'}.`);
      continue;
    }
    // "(no value)" is always a fair choice, whether or not a document lacks the attribute today.
    const gone = condition.values.filter((value) => attributeValueKey(value) !== 'none' && !keys.has(attributeValueKey(value)));
    if (gone.length > 0) problems.push(`No document has ${condition.name} ${gone.map((v) => `“${String(v)}”`).join(' or ')} any more (changed?).`);
  }
  return { problems, usable: true };
}

/** Coders the query names that are not among the rows' coders (hidden in the coder view, or not in this project). */
export function coderProblems(index: AnalysisIndex, coderIds: readonly string[]): string[] {
  if (coderIds.length === 0) return [];
  const known = new Set(index.rows.coders.map((c) => c.id));
  const missing = coderIds.filter((id) => !known.has(id)).length;
  if (missing === 0) return [];
  const whose = missing === coderIds.length ? 'no passage is listed' : `their codings are left out`;
  return [`${missing} chosen coder${missing === 1 ? ' is' : 's are'} not among the project’s coders shown (hidden, or not in this project): ${whose}.`];
}

// The attribute value keys documents hold, by attribute, once per index: Compare asks for every row.
const heldByIndex = new WeakMap<AnalysisIndex, Map<string, Set<string>>>();

function heldValues(index: AnalysisIndex): Map<string, Set<string>> {
  let held = heldByIndex.get(index);
  if (held) return held;
  held = new Map();
  const names = new Set(index.documents.flatMap((doc) => Object.keys(doc.attributes)));
  for (const name of names) held.set(name, new Set(index.documents.map((doc) => attributeValueKey(doc.attributes[name]))));
  heldByIndex.set(index, held);
  return held;
}
