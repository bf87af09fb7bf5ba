// The project's attribute definitions: each free attribute's name and type.
import type { AttributeDefinition, AttributeType, AttributeValue } from '../../shared/model';
import { coerceAttributeValue, inferAttributeType } from '../../shared/attributes/attributeTypes';
import type { ProjectDatabase } from './projectDatabase';
import type { Change } from './changes';
import type { RowChange } from './operationRecord';

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
  const names = [...new Set(batch.flatMap((attributes) => Object.keys(attributes)))];
  const known = new Map((await db.attributeDefinitions.bulkGet(names)).flatMap((d) => (d ? [[d.name, d.type] as const] : [])));
  const added = definitionsToDeclare(known, batch);
  if (added.length) await db.attributeDefinitions.bulkAdd(added);
  for (const definition of added) known.set(definition.name, definition.type);
  return known;
}

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

/** The row changes that declare new attributes, for a commitChange that also sets their values. */
export function declareAttributeRows(definitions: readonly AttributeDefinition[]): RowChange[] {
  return definitions.map((definition) => ({ table: 'attributeDefinitions', key: definition.name, before: null, after: definition }));
}

/** The change that declares one new attribute with the type the researcher chose. */
export function newAttributeChange(definition: AttributeDefinition): Change {
  return { label: `Attribute “${definition.name}” added`, changes: declareAttributeRows([definition]) };
}

/** Checks a new attribute's name; returns the problem, or null when the name is usable. */
export function attributeNameProblem(name: string, existing: readonly AttributeDefinition[]): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Give the attribute a name.';
  if (trimmed.length > 100) return 'Keep the name under 100 characters.';
  if (RESERVED_NAMES.has(trimmed.toLowerCase())) return `“${trimmed}” is one of every document’s own fields; choose another name.`;
  if (existing.some((d) => d.name.toLowerCase() === trimmed.toLowerCase())) return `The project already has an attribute “${trimmed}”.`;
  return null;
}

/** Names a manifest reads as the document's own fields, so an attribute of that name could never be set from one. */
const RESERVED_NAMES = new Set(['file', 'filename', 'file_name', 'title', 'author', 'date', 'source', 'url']);

/** Attribute values converted to their declared types (text that does not fit stays text). */
export function coerceAttributes(attributes: Record<string, unknown>, types: ReadonlyMap<string, AttributeType>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, coerceAttributeValue(value, types.get(name) ?? 'text')]));
}
