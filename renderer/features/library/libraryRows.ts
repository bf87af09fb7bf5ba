// The library table's rows: which documents show (filter by attribute value, by set, by search) and in
// what order. Pure functions over plain data, so the table re-renders only what these return.
import type { AttributeDefinition, AttributeValue, DocumentRecord, DocumentSetRecord } from '../../../shared/model';

export interface LibraryRow {
  doc: DocumentRecord;
  codings: number;
}

/** The bibliographic fields a researcher may show as columns; attributes are `attr:<name>`. */
export const FIELD_COLUMNS = ['author', 'date', 'source', 'url'] as const;
export type FieldColumn = (typeof FIELD_COLUMNS)[number];
export type ColumnId = 'title' | 'format' | 'words' | 'codings' | FieldColumn | `attr:${string}`;

export const FIELD_LABELS: Record<FieldColumn, string> = { author: 'Author', date: 'Date', source: 'Source', url: 'URL' };

export interface SortOrder {
  column: ColumnId;
  direction: 'ascending' | 'descending';
}

export interface LibraryFilter {
  /**
   * Attribute name and the values as shown (`valueLabel`): a document with any of them is shown;
   * EMPTY_VALUE picks documents without one. No value chosen: the attribute does not narrow the list.
   */
  attribute: { name: string; values: readonly string[] } | null;
  setId: string | null;
  /** Documents the search found, or null when there is no search. */
  found: ReadonlySet<string> | null;
}

export const EMPTY_VALUE = '\u0000empty';

export function attributeColumn(name: string): ColumnId {
  return `attr:${name}`;
}

/** Shown by default: the first attributes, enough to see what a project is about without scrolling. */
export const DEFAULT_ATTRIBUTE_COLUMNS = 8;

/**
 * The columns shown: the researcher's choice (or the first attributes), less those of an attribute the
 * project no longer declares (its adding undone): such a column had no box in the column chooser to
 * take it away, and a value typed into it was stored where no other screen shows it.
 */
export function shownColumns(chosen: readonly ColumnId[] | null, definitions: readonly AttributeDefinition[]): ColumnId[] {
  if (!chosen) return definitions.slice(0, DEFAULT_ATTRIBUTE_COLUMNS).map((d) => attributeColumn(d.name));
  const declared = new Set(definitions.map((d) => attributeColumn(d.name)));
  return chosen.filter((column) => !column.startsWith('attr:') || declared.has(column));
}

export function cellValue(row: LibraryRow, column: ColumnId): AttributeValue | undefined {
  if (column.startsWith('attr:')) return row.doc.attributes[column.slice(5)];
  if (column === 'codings') return row.codings;
  return row.doc[column as Exclude<ColumnId, 'codings' | `attr:${string}`>];
}

/** How a value reads in a cell and in the filter's list of values. */
export function valueLabel(value: AttributeValue | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString(undefined, { useGrouping: false, maximumFractionDigits: 10 });
  return value;
}

export function filterRows(rows: readonly LibraryRow[], filter: LibraryFilter, sets: readonly DocumentSetRecord[]): LibraryRow[] {
  const members = filter.setId ? new Set(sets.find((s) => s.id === filter.setId)?.docIds ?? []) : null;
  const attribute = filter.attribute;
  return rows.filter((row) => {
    if (members && !members.has(row.doc.id)) return false;
    if (filter.found && !filter.found.has(row.doc.id)) return false;
    if (attribute) {
      const label = valueLabel(row.doc.attributes[attribute.name]);
      if (attribute.values.length > 0 && !attribute.values.some((value) => (value === EMPTY_VALUE ? label === '' : label === value))) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sorted by a column; documents without a value go last in either direction, ties keep project order. */
export function sortRows(rows: readonly LibraryRow[], order: SortOrder | null): LibraryRow[] {
  if (!order) return [...rows];
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = cellValue(a, order.column);
    const y = cellValue(b, order.column);
    const xEmpty = x === undefined || x === null || x === '';
    const yEmpty = y === undefined || y === null || y === '';
    if (xEmpty || yEmpty) return xEmpty === yEmpty ? a.doc.order - b.doc.order : xEmpty ? 1 : -1;
    const compared = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(valueLabel(x), valueLabel(y));
    return compared * sign || a.doc.order - b.doc.order;
  });
}

/** A value an attribute takes, and how many documents have it (the filter shows both). */
export interface ValueCount {
  value: string;
  count: number;
}

/**
 * The distinct values an attribute has across the documents, in natural order; documents without one
 * last, as EMPTY_VALUE. A value still `chosen` in the filter that no document has any more (edited
 * away, undone) is listed with no documents, so that the list shows why nothing matches and the value
 * can be taken out of the filter.
 */
export function attributeValues(rows: readonly LibraryRow[], name: string, chosen: readonly string[] = []): ValueCount[] {
  const counts = new Map<string, number>();
  let empty = 0;
  for (const row of rows) {
    const label = valueLabel(row.doc.attributes[name]);
    if (label === '') empty += 1;
    else counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  for (const value of chosen) if (value !== EMPTY_VALUE && !counts.has(value)) counts.set(value, 0);
  const values = [...counts.keys()].sort(collator.compare).map((value) => ({ value, count: counts.get(value)! }));
  return empty > 0 || chosen.includes(EMPTY_VALUE) ? [...values, { value: EMPTY_VALUE, count: empty }] : values;
}
