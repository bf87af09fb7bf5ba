// Changes that declare the project's free attributes (name and type, REFI-QDA's variable types).
// Values are typed by their declarations in shared/attributes/attributeReader.ts.
import type { AttributeDefinition, AttributeType } from '../model';
import { inferAttributeType } from '../attributes/attributeTypes';
import { attributeNameKey } from '../attributes/attributeReader';
import type { Change, RowChange } from './change';

/**
 * The attributes of `batch` that `known` lacks (names compared by attributeNameKey), each typed by
 * all the values the batch gives it and named as the batch first spells it.
 */
export function definitionsToDeclare(known: ReadonlyMap<string, AttributeType>, batch: ReadonlyArray<Record<string, unknown>>): AttributeDefinition[] {
  const knownKeys = new Set([...known.keys()].map(attributeNameKey));
  const valuesByKey = new Map<string, { name: string; values: unknown[] }>();
  for (const attributes of batch) {
    for (const [name, value] of Object.entries(attributes)) {
      const key = attributeNameKey(name);
      if (knownKeys.has(key)) continue;
      const entry = valuesByKey.get(key) ?? { name, values: [] };
      entry.values.push(value);
      valuesByKey.set(key, entry);
    }
  }
  return [...valuesByKey.values()].map(({ name, values }) => ({ name, type: inferAttributeType(values) }));
}

/** The row changes that declare new attributes, for a change that also sets their values. */
export function declareAttributeRows(definitions: readonly AttributeDefinition[]): RowChange[] {
  return definitions.map((definition) => ({ table: 'attributeDefinitions', key: definition.name, before: null, after: definition }));
}

/** The change that declares one new attribute with the type the researcher chose. */
export function newAttributeChange(definition: AttributeDefinition): Change {
  return { label: `Attribute “${definition.name}” added`, changes: declareAttributeRows([definition]) };
}
