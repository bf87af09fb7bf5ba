// The one document filter of Retrieve, Compare, Agreement and the Code place's document list. It is
// plain data (saved with a query, sent to a worker, written into an export's header) and one
// predicate reads it, so "documents from right-leaning outlets in 2017" means the same everywhere.
//
// Semantics: every part that is set must hold (AND across parts). Within an attribute the chosen
// values are alternatives (leaning is left OR center); across attributes they all must hold (leaning
// is right AND genre is news). Sets: the document is in any of the chosen sets. An empty part is no
// constraint.
import type { AttributeValue, DocumentRecord, DocumentSetRecord } from '../model';
import { foldPhrase } from '../search/phraseFold';
import { daysInMonth, formatIsoDate, parseIsoDate } from '../dates/isoDate';

export interface AttributeCondition {
  name: string;
  /** The accepted values; `null` stands for "(no value)": the document has none for this attribute. */
  values: AttributeValue[];
}

export interface DocumentFilter {
  attributes: AttributeCondition[];
  /** Ids of document sets; a document in any of them passes. */
  setIds: string[];
  /**
   * The document's text contains this, compared as the library's search box compares (foldPhrase):
   * case, accents, typographic quotes and hyphens, and line breaks ignored.
   */
  textContains: string;
  /** The title contains this, compared as `textContains` is. */
  titleContains: string;
  /** Chosen documents by id (picked by title in the UI); empty: all. */
  docIds: string[];
  /** ISO 8601 dates as precise as known (`2017`, `2017-05`, `2017-05-16`); '' leaves that end open. */
  dateFrom: string;
  dateTo: string;
  /**
   * How a document's date, itself as precise as known, meets the range. 'within': only documents
   * whose whole date lies inside (a document dated `2017` is not within March–June 2017: it may be
   * from December). 'overlaps': documents that may lie inside. Documents without a date fail any
   * date range.
   */
  dateMatch: 'within' | 'overlaps';
}

export const EMPTY_DOCUMENT_FILTER: DocumentFilter = {
  attributes: [],
  setIds: [],
  textContains: '',
  titleContains: '',
  docIds: [],
  dateFrom: '',
  dateTo: '',
  dateMatch: 'within',
};

/** Where the filter finds what is not on the document row: sets and (for text search) texts. */
export interface FilterContext {
  sets: readonly DocumentSetRecord[];
  /** The document's canonical text, or its folded form if `textIsFolded`; needed only for `textContains`. */
  text?: (docId: string) => string | undefined;
  /** True when `text` gives texts already folded with foldPhrase (a worker may keep them folded). */
  textIsFolded?: boolean;
}

/** The documents that pass, in the order given. */
export function filterDocuments(documents: readonly DocumentRecord[], filter: DocumentFilter, context: FilterContext): DocumentRecord[] {
  const matches = documentPredicate(filter, context);
  return documents.filter(matches);
}

/**
 * The filter as a predicate, with its parts prepared once (set membership, folded needles, date
 * bounds), for callers that test many documents.
 */
export function documentPredicate(filter: DocumentFilter, context: FilterContext): (doc: DocumentRecord) => boolean {
  const conditions = filter.attributes
    .filter((condition) => condition.values.length > 0)
    .map((condition) => ({ name: condition.name, keys: new Set(condition.values.map(attributeValueKey)) }));
  let inSets: Set<string> | null = null;
  if (filter.setIds.length > 0) {
    const chosen = new Set(filter.setIds);
    inSets = new Set(context.sets.filter((set) => chosen.has(set.id)).flatMap((set) => set.docIds));
  }
  const chosenDocs = filter.docIds.length > 0 ? new Set(filter.docIds) : null;
  const textNeedle = foldPhrase(filter.textContains).trim();
  const titleNeedle = foldPhrase(filter.titleContains).trim();
  if (textNeedle && !context.text) throw new Error('The document filter searches texts, but no texts were given to it.');
  const from = filter.dateFrom.trim() ? dateSpan(filter.dateFrom.trim()) : null;
  const to = filter.dateTo.trim() ? dateSpan(filter.dateTo.trim()) : null;
  if (filter.dateFrom.trim() && !from) throw new Error(`“${filter.dateFrom}” is not a date: write it as 2017, 2017-05 or 2017-05-16.`);
  if (filter.dateTo.trim() && !to) throw new Error(`“${filter.dateTo}” is not a date: write it as 2017, 2017-05 or 2017-05-16.`);
  // A range end as precise as known covers its whole span: "to 2017" includes 31 December 2017.
  const low = from?.first ?? null;
  const high = to?.last ?? null;

  return (doc) => {
    if (chosenDocs && !chosenDocs.has(doc.id)) return false;
    if (inSets && !inSets.has(doc.id)) return false;
    for (const condition of conditions) if (!condition.keys.has(attributeValueKey(doc.attributes[condition.name]))) return false;
    if (low !== null || high !== null) {
      const span = dateSpan(doc.date);
      if (!span) return false;
      if (filter.dateMatch === 'within') {
        if ((low !== null && span.first < low) || (high !== null && span.last > high)) return false;
      } else if ((low !== null && span.last < low) || (high !== null && span.first > high)) return false;
    }
    if (titleNeedle && !foldPhrase(doc.title).includes(titleNeedle)) return false;
    if (textNeedle) {
      const text = context.text!(doc.id) ?? '';
      if (!(context.textIsFolded ? text : foldPhrase(text)).includes(textNeedle)) return false;
    }
    return true;
  };
}

/**
 * One string per distinct attribute value, typed ("s:2017" for the text 2017, "n:2017" for the
 * number): values of one attribute are compared by these keys. Missing, null and '' are all
 * "(no value)". Text is keyed in composed form (NFC): "é" as one letter and as "e" + a combining
 * accent look the same everywhere, so they are one value (one choice, one group), as names are
 * (shared/attributes/nameForms.ts).
 */
export function attributeValueKey(value: AttributeValue | undefined): string {
  if (value === undefined || value === null || value === '') return 'none';
  if (typeof value === 'string') return `s:${value.normalize('NFC')}`;
  return `${typeof value === 'number' ? 'n' : 'b'}:${String(value)}`;
}

export interface AttributeValueOption {
  /** null for "(no value)". */
  value: AttributeValue;
  label: string;
  documents: number;
}

export interface AttributeOptions {
  name: string;
  values: AttributeValueOption[];
}

export const NO_VALUE_LABEL = '(no value)';

/**
 * The distinct values of every attribute, with how many documents have each, for the filter's
 * choices: attributes by name, values in their natural order (numbers by size, text and dates
 * alphabetically), "(no value)" last when some document lacks one.
 */
export function attributeValueOptions(documents: readonly DocumentRecord[]): AttributeOptions[] {
  const names = [...new Set(documents.flatMap((doc) => Object.keys(doc.attributes)))].sort((a, b) => a.localeCompare(b));
  return names.map((name) => {
    const counts = new Map<string, AttributeValueOption>();
    for (const doc of documents) {
      const raw = doc.attributes[name];
      const key = attributeValueKey(raw);
      const option = counts.get(key);
      if (option) option.documents++;
      else counts.set(key, key === 'none' ? { value: null, label: NO_VALUE_LABEL, documents: 1 } : { value: raw!, label: String(raw), documents: 1 });
    }
    const values = [...counts.values()].sort(compareAttributeOptions);
    return { name, values };
  });
}

/** Natural order of attribute values, "(no value)" last. */
export function compareAttributeValues(a: AttributeValue, b: AttributeValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // Values that read the same but are typed apart (true and "true") are two values: a fixed order by
  // type between them, so the filter's choices and the columns list them alike whatever the documents' order.
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : typeof b === 'number' ? 1 : String(a).localeCompare(String(b)) || (typeof a < typeof b ? -1 : 1);
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

const SET_NAME_ORDER = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The order document sets are listed in wherever they are offered or compared (the filter's choices,
 * the library, columns by set): by name as a researcher reads a list, in the app's language, case
 * ignored, numbers by size ("Set 2" before "Set 10", "alpha" before "Zeta"). Names that compare equal
 * keep one fixed order (by name as written, then id).
 */
export function compareSetNames(a: Pick<DocumentSetRecord, 'id' | 'name'>, b: Pick<DocumentSetRecord, 'id' | 'name'>): number {
  return SET_NAME_ORDER.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function compareAttributeOptions(a: AttributeValueOption, b: AttributeValueOption): number {
  return compareAttributeValues(a.value, b.value);
}

/**
 * The first and last day (`YYYY-MM-DD`, which compare as strings) a date as precise as known can
 * stand for: `2017` is 2017-01-01 to 2017-12-31, `2016-02` is 2016-02-01 to 2016-02-29; a date-time
 * is the day it states (as stored before dates lost their times). Null when it is not an ISO date.
 */
export function dateSpan(date: string): { first: string; last: string } | null {
  const parsed = parseIsoDate(date);
  if (!parsed) return null;
  const { year, month, day } = parsed;
  if (month === null) return { first: formatIsoDate({ year, month: 1, day: 1 }), last: formatIsoDate({ year, month: 12, day: 31 }) };
  if (day === null) return { first: formatIsoDate({ year, month, day: 1 }), last: formatIsoDate({ year, month, day: daysInMonth(year, month) }) };
  const full = formatIsoDate(parsed);
  return { first: full, last: full };
}
