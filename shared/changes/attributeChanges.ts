// Changes that declare the project's free attributes (name and type, REFI-QDA's variable types), and
// attribute values typed by their declarations.
import type { AttributeDefinition, AttributeType, AttributeValue } from '../model';
import { coerceAttributeValue, inferAttributeType } from '../attributes/attributeTypes';
import type { Change, RowChange } from './change';

/** The attributes of `batch` that `known` lacks, each typed by all the values the batch gives it. */
export function definitionsToDeclare(known: ReadonlyMap<string, AttributeType>, batch: ReadonlyArray<Record<string, unknown>>): AttributeDefinition[] {
  const valuesByName = new Map<string, unknown[]>();
  for (const attributes of batch) {
    for (const [name, value] of Object.entries(attributes)) {
      if (known.has(name)) continue;
      const values = valuesByName.get(name) ?? [];
      values.push(value);
      valuesByName.set(name, values);
    }
  }
  return [...valuesByName].map(([name, values]) => ({ name, type: inferAttributeType(values) }));
}

/** The row changes that declare new attributes, for a change that also sets their values. */
export function declareAttributeRows(definitions: readonly AttributeDefinition[]): RowChange[] {
  return definitions.map((definition) => ({ table: 'attributeDefinitions', key: definition.name, before: null, after: definition }));
}

/** The change that declares one new attribute with the type the researcher chose. */
export function newAttributeChange(definition: AttributeDefinition): Change {
  return { label: `Attribute “${definition.name}” added`, changes: declareAttributeRows([definition]) };
}

/** Attribute values converted to their declared types (text that does not fit stays text). */
export function coerceAttributes(attributes: Record<string, unknown>, types: ReadonlyMap<string, AttributeType>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, coerceAttributeValue(value, types.get(name) ?? 'text')]));
}
