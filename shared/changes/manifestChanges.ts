// A manifest applied to the documents already in a project ("Apply a manifest…"), as one undoable
// change: each document an entry names takes the entry's title, fields and attributes, and the
// attributes the project does not know yet are declared, typed by the manifest's values. (At import,
// each incoming document is described by its entry before it is written: describeImportBatch.)
import type { AttributeDefinition, DocumentRecord } from '../model';
import type { Manifest } from '../library/manifest';
import { matchManifest, type ManifestMatching } from '../library/manifestMatching';
import { coerceAttributes, declareAttributeRows, definitionsToDeclare } from './attributeChanges';
import { editDocumentsChange } from './documentChanges';
import type { Change } from './change';

export interface ManifestApplication {
  change: Change;
  matching: ManifestMatching<DocumentRecord>;
}

/** `documents` and `definitions`: all the project's. */
export function applyManifestChange(
  documents: readonly DocumentRecord[],
  definitions: readonly AttributeDefinition[],
  manifest: Manifest,
  manifestName: string,
): ManifestApplication {
  const matching = matchManifest(manifest, documents);
  const known = new Map(definitions.map((d) => [d.name, d.type]));
  const declared = definitionsToDeclare(known, matching.matches.map((m) => m.entry.attributes));
  const types = new Map([...known, ...declared.map((d) => [d.name, d.type] as const)]);
  const entries = new Map(matching.matches.map((m) => [m.document.id, m.entry]));
  const edit = editDocumentsChange(`Manifest “${manifestName}” applied`, documents.filter((d) => entries.has(d.id)), (doc) => {
    const entry = entries.get(doc.id)!;
    return {
      ...doc,
      ...(entry.title ? { title: entry.title } : {}),
      ...entry.metadata,
      attributes: { ...doc.attributes, ...coerceAttributes(entry.attributes, types) },
    };
  });
  return { change: { label: edit.label, changes: [...declareAttributeRows(declared), ...edit.changes] }, matching };
}
