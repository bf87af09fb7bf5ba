// Attributes in a merge: definitions by name, and the values of an attribute the two sides type
// differently. The project's type is kept (a merge never overwrites silently), so a value from the
// file comes in only as that type holds it. The project's own coercion (shared/attributes) decides:
// the same rule that types a manifest's or spreadsheet's text, so "2017" into a number attribute is
// the number 2017, exactly as typing it in a manifest would store it, and nothing is lost. A value the
// type cannot hold ("the nineties" as a number) is left out and named in the report: writing it would
// put text under a number definition, where sorting, filtering and export expect numbers.
import type { AttributeDefinition, AttributeType, AttributeValue, DocumentRecord } from '../model';
import { coerceAttributeValue } from '../attributes/attributeTypes';
import { isIsoDate } from '../dates/isoDate';
import type { MergePlan } from './mergePlan';

/** Adds the file's new definitions to the plan, reports those typed differently, and returns those: name to the project's type. */
export function mergeAttributeDefinitions(existing: readonly AttributeDefinition[], incoming: readonly AttributeDefinition[], plan: MergePlan): Map<string, AttributeType> {
  const conflicting = new Map<string, AttributeType>();
  for (const definition of incoming) {
    const current = existing.find((d) => d.name === definition.name) ?? plan.add.attributeDefinitions.find((d) => d.name === definition.name);
    if (!current) plan.add.attributeDefinitions.push(definition);
    else if (current.type !== definition.type) {
      conflicting.set(current.name, current.type);
      plan.conflicts.push({ kind: 'attribute type differs', existingId: current.name, incomingId: definition.name, detail: `attribute “${definition.name}”: ${current.type} here, ${definition.type} in the file` });
    }
  }
  return conflicting;
}

/**
 * The document's attribute values as the project can take them: those of a conflicting attribute
 * converted to the project's type, or left out (and listed as not merged) when they do not fit it.
 */
export function fitAttributes(doc: DocumentRecord, conflicting: ReadonlyMap<string, AttributeType>, plan: MergePlan): DocumentRecord['attributes'] {
  if (conflicting.size === 0) return doc.attributes;
  const fitted: DocumentRecord['attributes'] = {};
  for (const [name, value] of Object.entries(doc.attributes)) {
    const type = conflicting.get(name);
    if (type === undefined || isEmpty(value)) {
      fitted[name] = value;
      continue;
    }
    const converted = asType(value, type);
    if (converted !== undefined) fitted[name] = converted;
    else plan.notMerged.push({ table: 'documents', id: doc.id, reason: `“${doc.title}”, attribute “${name}”: “${String(value)}” is not a ${type} (the project’s type for it), so the value is not merged` });
  }
  return fitted;
}

function isEmpty(value: AttributeValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The value as `type` stores it, or undefined when the coercion could only keep it as text. */
function asType(value: AttributeValue, type: AttributeType): AttributeValue | undefined {
  const converted = coerceAttributeValue(value, type);
  switch (type) {
    case 'number':
      return typeof converted === 'number' ? converted : undefined;
    case 'boolean':
      return typeof converted === 'boolean' ? converted : undefined;
    case 'date':
      return typeof converted === 'string' && isIsoDate(converted) ? converted : undefined;
    case 'text':
      return converted;
  }
}
