// Groups of documents (or of one coder's work) that Retrieve shows side by side and Compare uses as
// columns: the values of an attribute (left | center | right), document sets, single documents, or
// coders. Plain data, so a grouping is saved with a query and written into an export's header.
import type { AttributeValue, CoderRecord, DocumentRecord, DocumentSetRecord } from '../model';
import { attributeValueKey, compareAttributeValues, dateSpan, compareSetNames } from '../library/documentFilter';
import { attributeValueLabels } from './valueLabels';

export type Grouping =
  | { kind: 'none' }
  /** One group per value of a document attribute, "(no value)" last for documents without one. */
  | { kind: 'attribute'; name: string }
  /** One group per value of a bibliographic field: the outlet, the author, or the year of the date. */
  | { kind: 'field'; field: 'source' | 'author' | 'year' }
  /** One group per set (empty `setIds`: every set, by name). A document in two sets is in both groups. */
  | { kind: 'sets'; setIds: string[] }
  /** One group per document. */
  | { kind: 'documents' }
  /** One group per coder (empty `coderIds`: every coder): the same documents, each coder's codings. */
  | { kind: 'coders'; coderIds: string[] };

export interface Group {
  /** Stable within a grouping: the value's typed key, the set's, document's or coder's id. */
  key: string;
  label: string;
  /** The group's documents, in the order the documents were given. */
  docIds: string[];
  /** Only this coder's codings count in the group (coder groupings); null: every chosen coder's. */
  coderId: string | null;
  /** The group of documents without a value of the attribute or field. */
  noValue: boolean;
}

export const ALL_DOCUMENTS_LABEL = 'All documents';

/**
 * The groups of `documents` (already filtered, in project order). Groups that no document falls in
 * are left out, except the chosen sets and coders, which are shown empty rather than silently missing.
 */
export function documentGroups(
  documents: readonly DocumentRecord[],
  grouping: Grouping,
  context: { sets: readonly DocumentSetRecord[]; coders: readonly CoderRecord[] },
): Group[] {
  const allIds = documents.map((doc) => doc.id);
  switch (grouping.kind) {
    case 'none':
      return [{ key: 'all', label: ALL_DOCUMENTS_LABEL, docIds: allIds, coderId: null, noValue: false }];
    case 'attribute':
      return byValue(documents, (doc) => doc.attributes[grouping.name] ?? null);
    case 'field':
      return byValue(documents, (doc) => {
        if (grouping.field === 'year') return dateSpan(doc.date)?.first.slice(0, 4) ?? null;
        return doc[grouping.field].trim() || null;
      });
    case 'sets': {
      const present = new Set(allIds);
      const chosen = grouping.setIds.length > 0 ? grouping.setIds.map((id) => context.sets.find((set) => set.id === id)).filter((set) => set !== undefined) : [...context.sets].sort(compareSetNames);
      return chosen.map((set) => {
        const members = new Set(set.docIds);
        return { key: set.id, label: set.name, docIds: allIds.filter((id) => members.has(id) && present.has(id)), coderId: null, noValue: false };
      });
    }
    case 'documents':
      return documents.map((doc) => ({ key: doc.id, label: doc.title, docIds: [doc.id], coderId: null, noValue: false }));
    case 'coders': {
      const coders = grouping.coderIds.length > 0 ? grouping.coderIds.map((id) => context.coders.find((coder) => coder.id === id) ?? { id, name: id, color: '' }) : context.coders;
      return coders.map((coder) => ({ key: coder.id, label: coder.name, docIds: allIds, coderId: coder.id, noValue: false }));
    }
  }
}

function byValue(documents: readonly DocumentRecord[], valueOf: (doc: DocumentRecord) => AttributeValue): Group[] {
  const groups = new Map<string, { value: AttributeValue; group: Group }>();
  for (const doc of documents) {
    const value = valueOf(doc);
    const key = attributeValueKey(value);
    let entry = groups.get(key);
    if (!entry) {
      const noValue = key === 'none';
      entry = { value: noValue ? null : value, group: { key, label: '', docIds: [], coderId: null, noValue } };
      groups.set(key, entry);
    }
    entry.group.docIds.push(doc.id);
  }
  // Labelled once all values are known: the number 2017 and the text "2017" name their types.
  const labels = attributeValueLabels([...groups.values()].map((entry) => entry.value));
  for (const entry of groups.values()) entry.group.label = labels.get(entry.group.key)!;
  return [...groups.values()].sort((a, b) => compareAttributeValues(a.value, b.value)).map((entry) => entry.group);
}
