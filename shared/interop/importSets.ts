// Sets of a REFI-QDA file as document sets (MAXQDA writes document groups this way). Sets Framewise
// wrote from attribute values ("leaning = right") are recognized and not repeated as sets: the
// attribute already says it. Sets of codes are reported, as Framewise has no code groups.
import type { AttributeDefinition, AttributeValue, DocumentSetRecord } from '../model';
import { ATTRIBUTE_SET_NOTE } from './attributeElements';
import type { ImportState, SkippedItem } from './importPlan';

export function importSets(
  state: ImportState,
  documentIds: ReadonlySet<string>,
  valuesOf: ReadonlyMap<string, Record<string, AttributeValue>>,
  variables: ReadonlyMap<string, AttributeDefinition>,
  now: string,
  skipped: SkippedItem[],
): DocumentSetRecord[] {
  const sets: DocumentSetRecord[] = [];
  const names = new Set<string>();
  const attributeNames = new Set([...variables.values()].map((v) => v.name));
  // A tool that wrote one GUID on two sets: two rows of one id would be one set written twice.
  const firstWithId = new Map<string, string>();
  for (const set of state.project.sets) {
    if (set.description.trim() === ATTRIBUTE_SET_NOTE) continue;
    const first = firstWithId.get(set.id);
    if (first !== undefined) {
      skipped.push({ kind: 'set', name: set.name, reason: `its GUID is that of the set “${first}” before it in the file: only the first is kept` });
      continue;
    }
    firstWithId.set(set.id, set.name);
    if (isAttributeValueSet(set, attributeNames, valuesOf)) {
      skipped.push({ kind: 'set', name: set.name, reason: 'its documents are exactly those with this attribute value: kept as the attribute, not repeated as a set' });
      continue;
    }
    const docIds = set.sourceIds.filter((id) => documentIds.has(id));
    if (set.codeIds.length > 0) skipped.push({ kind: 'set', name: set.name, reason: `its ${set.codeIds.length} code member(s) are not kept: Framewise has no code groups` });
    if (docIds.length === 0 && set.sourceIds.length === 0) continue;
    sets.push({ id: set.id, name: uniqueSetName(set.name.trim() || 'Unnamed set', names), docIds, createdAt: now });
  }
  return sets;
}

/** A set named "attribute = value" whose members are exactly the sources with that value. */
function isAttributeValueSet(set: { name: string; sourceIds: string[] }, attributes: ReadonlySet<string>, valuesOf: ReadonlyMap<string, Record<string, AttributeValue>>): boolean {
  const at = set.name.indexOf(' = ');
  if (at < 0) return false;
  const name = set.name.slice(0, at);
  const label = set.name.slice(at + 3);
  if (!attributes.has(name)) return false;
  const holders = [...valuesOf].filter(([, values]) => values[name] !== undefined && String(values[name]) === label).map(([id]) => id);
  return holders.length === set.sourceIds.length && holders.every((id) => set.sourceIds.includes(id));
}

function uniqueSetName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) candidate = `${name} (${n})`;
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}
