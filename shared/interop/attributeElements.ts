// Attributes in an exported project.qde, written twice so that every tool finds them: as Variables
// with one Case per document holding its VariableValues (the standard's way, read by NVivo), and each
// value as a Set of the documents that have it, "leaning = right" (what tools without variables show).
// The sets carry a description that marks them, so a Framewise import reads them back as the attribute
// and not as a document set.
import type { AttributeDefinition, AttributeValue, DocumentRecord } from '../model';
import { inferAttributeType } from '../attributes/attributeTypes';
import { derivedGuid } from './refiGuid';
import { refiVariableType, valueLabel, variableValueElement, type RefiVariableType } from './attributeVariables';
import type { XmlElement } from './xmlWriter';

export const ATTRIBUTE_SET_NOTE = 'Written by Framewise from a document attribute.';

interface Variable {
  name: string;
  guid: string;
  type: RefiVariableType;
}

export interface AttributeElements {
  variables: XmlElement | null;
  cases: XmlElement | null;
  sets: XmlElement[];
}

/**
 * `sourceGuidsOf` gives the sources written for a document (one, or one per coder): the case and
 * the value sets name them all.
 */
export function attributeElements(
  documents: readonly DocumentRecord[],
  definitions: readonly AttributeDefinition[],
  sourceGuidsOf: (doc: DocumentRecord) => string[],
): AttributeElements {
  const names = [...definitions.map((d) => d.name)];
  for (const doc of documents) for (const key of Object.keys(doc.attributes)) if (!names.includes(key)) names.push(key);
  const variables: Variable[] = names
    .map((name) => {
      const values = documents.map((doc) => doc.attributes[name] ?? null);
      const type = definitions.find((d) => d.name === name)?.type ?? inferAttributeType(values);
      return { name, guid: derivedGuid('framewise:variable', name), type: refiVariableType(type, values) };
    })
    .filter((variable) => documents.some((doc) => present(doc.attributes[variable.name])) || definitions.some((d) => d.name === variable.name));
  if (variables.length === 0) return { variables: null, cases: null, sets: [] };

  const cases: XmlElement[] = [];
  for (const doc of documents) {
    const values = variables
      .map((variable): XmlElement | null => {
        const value = variableValueElement(doc.attributes[variable.name] ?? null, variable.type);
        return value ? { name: 'VariableValue', children: [{ name: 'VariableRef', attributes: [['targetGUID', variable.guid]] }, value] } : null;
      })
      .filter((value): value is XmlElement => value !== null);
    if (values.length === 0) continue;
    cases.push({
      name: 'Case',
      attributes: [['guid', derivedGuid('framewise:case', doc.id)], ['name', doc.title]],
      children: [...values, ...sourceGuidsOf(doc).map((guid) => ({ name: 'SourceRef', attributes: [['targetGUID', guid]] as const }))],
    });
  }

  const sets: XmlElement[] = [];
  for (const variable of variables) {
    const members = new Map<string, string[]>();
    for (const doc of documents) {
      const value: AttributeValue = doc.attributes[variable.name] ?? null;
      if (!present(value)) continue;
      const label = valueLabel(value);
      members.set(label, [...(members.get(label) ?? []), ...sourceGuidsOf(doc)]);
    }
    for (const [label, guids] of members) {
      sets.push({
        name: 'Set',
        attributes: [['guid', derivedGuid('framewise:attribute-set', variable.name, label)], ['name', `${variable.name} = ${label}`]],
        children: [{ name: 'Description', text: ATTRIBUTE_SET_NOTE }, ...guids.map((guid) => ({ name: 'MemberSource', attributes: [['targetGUID', guid]] as const }))],
      });
    }
  }

  return {
    variables: {
      name: 'Variables',
      children: variables.map((variable) => ({
        name: 'Variable',
        attributes: [['guid', variable.guid], ['name', variable.name], ['typeOfVariable', variable.type]],
      })),
    },
    cases: cases.length ? { name: 'Cases', children: cases } : null,
    sets,
  };
}

function present(value: AttributeValue | undefined): value is string | number | boolean {
  return value !== null && value !== undefined && value !== '';
}
