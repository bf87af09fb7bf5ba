// The attributes of a REFI-QDA import: its variables by name (made unique), each source's values from
// the source itself, then from the cases it belongs to (a value the source has is not overwritten).
import type { AttributeDefinition, AttributeValue } from '../model';
import { attributeTypeOf, readVariableValue } from './attributeVariables';
import { uniqueName } from './importCodebook';
import type { SkippedItem } from './importPlan';
import type { RefiProject } from './refiProject';

export interface ImportedVariables {
  attributeDefinitions: AttributeDefinition[];
  variableById: Map<string, AttributeDefinition>;
  /** Each source's values, by attribute name. */
  valuesOf: Map<string, Record<string, AttributeValue>>;
}

export function importVariables(project: RefiProject, skipped: SkippedItem[]): ImportedVariables {
  const attributeDefinitions: AttributeDefinition[] = [];
  const variableById = new Map<string, AttributeDefinition>();
  for (const variable of project.variables) {
    const name = uniqueName(variable.name.trim() || 'Unnamed attribute', attributeDefinitions, (a, b) => a === b);
    const definition: AttributeDefinition = { name, type: attributeTypeOf(variable.type) };
    attributeDefinitions.push(definition);
    variableById.set(variable.id, definition);
  }
  const valuesOf = new Map<string, Record<string, AttributeValue>>();
  const setValue = (sourceId: string, variableId: string, element: string, text: string, where: string) => {
    const definition = variableById.get(variableId);
    if (!definition) {
      skipped.push({ kind: 'variable', name: variableId, reason: `a value ${where} names a variable the file does not define` });
      return;
    }
    const values = valuesOf.get(sourceId) ?? {};
    valuesOf.set(sourceId, values);
    if (definition.name in values) return;
    const value = readVariableValue(element, text, definition.type);
    if (value !== null) values[definition.name] = value;
  };
  for (const source of project.sources) for (const value of source.values) setValue(source.id, value.variableId, value.element, value.text, `on “${source.name}”`);
  for (const refiCase of project.cases) {
    if (refiCase.values.length && refiCase.sourceIds.length === 0) {
      skipped.push({ kind: 'case', name: refiCase.name, reason: 'its variable values belong to no source (the case names none)' });
    }
    for (const sourceId of refiCase.sourceIds) {
      for (const value of refiCase.values) setValue(sourceId, value.variableId, value.element, value.text, `of case “${refiCase.name}”`);
    }
  }
  return { attributeDefinitions, variableById, valuesOf };
}
