// The project's attribute definitions: each free attribute's name and type.
import type { AttributeDefinition, AttributeType, AttributeValue } from '../../shared/model';
import { coerceAttributeValue, inferAttributeType } from '../../shared/attributes/attributeTypes';
import type { ProjectDatabase } from './projectDatabase';

export function listAttributeDefinitions(db: ProjectDatabase): Promise<AttributeDefinition[]> {
  return db.attributeDefinitions.orderBy('name').toArray();
}

/**
 * Declares the attributes these documents bring that the project does not know yet, typed by their
 * values; returns every definition they use. Call inside a transaction on attributeDefinitions.
 */
export async function declareAttributes(
  db: ProjectDatabase,
  batch: ReadonlyArray<Record<string, unknown>>,
): Promise<Map<string, AttributeType>> {
  const valuesByName = new Map<string, unknown[]>();
  for (const attributes of batch) {
    for (const [name, value] of Object.entries(attributes)) {
      const values = valuesByName.get(name) ?? [];
      values.push(value);
      valuesByName.set(name, values);
    }
  }
  const known = new Map((await db.attributeDefinitions.bulkGet([...valuesByName.keys()])).flatMap((d) => (d ? [[d.name, d.type] as const] : [])));
  const added: AttributeDefinition[] = [];
  for (const [name, values] of valuesByName) {
    if (!known.has(name)) {
      const definition = { name, type: inferAttributeType(values) };
      added.push(definition);
      known.set(name, definition.type);
    }
  }
  if (added.length) await db.attributeDefinitions.bulkAdd(added);
  return known;
}

/** Attribute values converted to their declared types (text that does not fit stays text). */
export function coerceAttributes(attributes: Record<string, unknown>, types: ReadonlyMap<string, AttributeType>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, coerceAttributeValue(value, types.get(name) ?? 'text')]));
}
