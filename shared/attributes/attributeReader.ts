// Attribute values from a manifest or a table, read under the attributes the project declares: the
// names matched as the project tells names apart, the values by their attribute's type.
import type { AttributeType, AttributeValue } from '../model';
import { readAttributeValue } from './attributeTypes';
import { nameKey } from './nameForms';

/**
 * The key attribute names are told apart by (nameKey: case folded, accents in one form), as
 * attributeNameProblem compares them, so that a manifest's "Leaning" is the project's "leaning" and
 * never a second attribute beside it.
 */
export function attributeNameKey(name: string): string {
  return nameKey(name);
}

/** A value a manifest or a table gave that its attribute's type cannot hold, and so was not stored. */
export interface UnfitValue {
  /** The document's file name. */
  fileName: string;
  /** The attribute, as the project spells it. */
  attribute: string;
  value: string | number | boolean;
  type: AttributeType;
}

/** A manifest's or a table's attribute values as their attributes' types hold them. */
export interface TypedAttributes {
  /** Under the names the project spells them; null where a value was empty. */
  values: Record<string, AttributeValue>;
  /** The values the types cannot hold, which are not in `values`. */
  unfit: Array<Omit<UnfitValue, 'fileName'>>;
}

/**
 * Reads attribute values by `types` (every attribute declared: the project's and the batch's new
 * ones), matching names by attributeNameKey. A value its attribute's type cannot hold ("n/a" for a
 * number, "1" for yes/no) is left out and returned as unfit, as a merge leaves such a value out
 * (shared/interop/mergeAttributes.ts): stored as text it would sit under a number or date definition
 * where sorting, filters and exports expect that type, and the table would show it wrongly (text
 * under yes/no as an unticked box, that is "no"). Reported, it can be fixed in the source and applied again.
 */
export function attributeReader(types: ReadonlyMap<string, AttributeType>): (attributes: Readonly<Record<string, unknown>>) => TypedAttributes {
  const byKey = new Map([...types].map(([name, type]) => [attributeNameKey(name), { name, type }]));
  return (attributes) => {
    const typed: TypedAttributes = { values: {}, unfit: [] };
    for (const [given, value] of Object.entries(attributes)) {
      const { name, type } = byKey.get(attributeNameKey(given)) ?? { name: given, type: 'text' as const };
      const reading = readAttributeValue(value, type);
      if (reading.ok) typed.values[name] = reading.value;
      else typed.unfit.push({ attribute: name, value: value as string | number | boolean, type });
    }
    return typed;
  };
}
