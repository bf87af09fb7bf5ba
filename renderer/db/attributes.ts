// The project's attribute definitions: each free attribute's name and type. Declaring one is a change
// like any other (shared/changes/attributeChanges.ts).
import type { AttributeDefinition } from '../../shared/model';
import type { ProjectDatabase } from './projectDatabase';
import { attributeNameKey } from '../../shared/attributes/attributeReader';
import { isBlankName, storedName } from '../../shared/attributes/nameForms';

export function listAttributeDefinitions(db: ProjectDatabase): Promise<AttributeDefinition[]> {
  return db.attributeDefinitions.orderBy('name').toArray();
}

/** Checks a new attribute's name; returns the problem, or null when the name is usable. */
export function attributeNameProblem(name: string, existing: readonly AttributeDefinition[]): string | null {
  const trimmed = storedName(name);
  if (isBlankName(trimmed)) return 'Give the attribute a name.';
  if (trimmed.length > 100) return 'Keep the name under 100 characters.';
  const key = attributeNameKey(trimmed);
  if (RESERVED_NAMES.has(key)) return `“${trimmed}” is one of every document’s own fields; choose another name.`;
  if (existing.some((d) => attributeNameKey(d.name) === key)) return `The project already has an attribute “${trimmed}”.`;
  return null;
}

/** Names a manifest reads as the document's own fields, so an attribute of that name could never be set from one. */
const RESERVED_NAMES = new Set(['file', 'filename', 'file_name', 'title', 'author', 'date', 'source', 'url']);
