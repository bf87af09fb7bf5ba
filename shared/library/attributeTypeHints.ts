// A spreadsheet's rows reach the window in several batches, but each column must get one type, decided
// on all its rows (a column of ages whose 900th answer is "n/a" is text, not a number). Main decides
// the types (inferAttributeType over every row) and sends them with each batch of the table; the
// window types a new attribute by the values of the batch that brings it plus "type hints", extra
// values typed with them. A hint value of each decided type makes that batch's typing agree with the
// whole column: the batch's own values are some of the column's, so they fit its type, and one value
// of that type added to them changes nothing but an all-empty batch's default; for text, one value
// that is nothing else forces text.
import { inferAttributeType } from '../attributes/attributeTypes';
import type { AttributeType } from '../model';

const WITNESS: Record<AttributeType, string> = {
  text: 'text',
  number: '0',
  date: '2000-01-01',
  boolean: 'true',
};

/** One row of values that types each attribute as `types` says (see above). */
export function typeHintRow(types: Readonly<Record<string, AttributeType>>): Record<string, string> {
  return Object.fromEntries(Object.entries(types).map(([name, type]) => [name, WITNESS[type]]));
}

/** The type of each column, decided on all of `rows` (each a record of column -> value), one column at a time. */
export function columnTypes(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, unknown>>>): Record<string, AttributeType> {
  // Column by column, so only one column's values are gathered at a time (a survey can have 500,000 rows).
  return Object.fromEntries(columns.map((column) => [column, inferAttributeType(rows.map((row) => row[column]))]));
}

