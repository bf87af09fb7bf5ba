// A manifest's column of numbers (or dates) with one typo in it ("n/a", "3O", "June 2017") is typed
// as text when it becomes a new attribute (inferAttributeType: a column takes the type all its values
// fit), and then sorts and filters as words. Nothing is wrong to say about any one cell, so the
// researcher would never learn why: this names the few values that keep such a column from its type.
import { inferAttributeType } from '../attributes/attributeTypes';
import type { AttributeType } from '../model';
import { typeHintRow } from './attributeTypeHints';

export interface ColumnValue {
  /** Where the value is, as warnings name it ("Row 4", "Entry 2"). */
  where: string;
  value: string | number | boolean;
}

/** Only a column this close to a type is taken for one with typos: at most this many values off... */
const MOST_OFF = 3;
/** ...and at most this share of its values. */
const LARGEST_SHARE_OFF = 1 / 3;

const NOUNS: Partial<Record<AttributeType, string>> = { number: 'numbers', date: 'dates' };

/** One warning for each column that is text only because of a few values, naming them. */
export function nearlyTypedColumnWarnings(columns: ReadonlyMap<string, readonly ColumnValue[]>): string[] {
  const warnings: string[] = [];
  for (const [name, values] of columns) {
    if (inferAttributeType(values.map((v) => v.value)) !== 'text') continue;
    for (const type of ['number', 'date'] as const) {
      const witness = typeHintRow({ value: type }).value!;
      const off = valuesOff(values, type, witness);
      if (!off || off.length > values.length * LARGEST_SHARE_OFF) continue;
      // Digits that are not a number as written (02139, a 20-digit ID) make a column text by design.
      if (type === 'number' && off.some(({ value }) => /^[-+]?\d+$/u.test(String(value).trim()))) continue;
      const named = off.map(({ where, value }) => `“${String(value)}” (${where.toLowerCase()})`);
      const those = off.length === 1 ? 'that value, or empty its cell' : 'those values, or empty their cells';
      warnings.push(`“${name}” holds ${NOUNS[type]} but for ${listed(named)}: as a new attribute it would be text. Correct ${those}, to have ${NOUNS[type]}.`);
      break;
    }
  }
  return warnings;
}

/** The values that do not fit `type`; null as soon as there are more than MOST_OFF (a text column: stop early). */
function valuesOff(values: readonly ColumnValue[], type: AttributeType, witness: string): ColumnValue[] | null {
  const off: ColumnValue[] = [];
  for (const value of values) {
    if (inferAttributeType([witness, value.value]) === type) continue;
    off.push(value);
    if (off.length > MOST_OFF) return null;
  }
  return off;
}

function listed(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
