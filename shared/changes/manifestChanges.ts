// A manifest applied to the documents already in a project ("Apply a manifest…"), as one undoable
// change: each document an entry names takes the entry's title, fields and attributes, and the
// attributes the project does not know yet are declared, typed by the manifest's values. A column
// names the project's attribute whatever its case; a value that does not fit its attribute's type is
// not set, and the matching lists it (attributeReader says why). (At import,
// each incoming document is described by its entry before it is written: describeImportBatch.)
import type { AttributeDefinition, DocumentRecord } from '../model';
import type { Manifest } from '../library/manifest';
import { matchManifest, type ManifestMatching } from '../library/manifestMatching';
import { attributeReader, type UnfitValue } from '../attributes/attributeReader';
import { declareAttributeRows, definitionsToDeclare } from './attributeChanges';
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
  const read = attributeReader(types);
  const unfitValues: UnfitValue[] = [];
  const entries = new Map(matching.matches.map((m) => [m.document.id, m.entry]));
  const edit = editDocumentsChange(`Manifest “${manifestName}” applied`, documents.filter((d) => entries.has(d.id)), (doc) => {
    const entry = entries.get(doc.id)!;
    const { values, unfit } = read(entry.attributes);
    unfitValues.push(...unfit.map((u) => ({ fileName: doc.fileName, ...u })));
    // parseManifest drops empty cells, so null is never asked for here: a blank cell leaves the value.
    const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
    return {
      ...doc,
      ...(entry.title ? { title: entry.title } : {}),
      ...entry.metadata,
      attributes: { ...doc.attributes, ...given },
    };
  });
  return { change: { label: edit.label, changes: [...declareAttributeRows(declared), ...edit.changes] }, matching: { ...matching, unfitValues } };
}
