// A manifest applied to the project: at import (each incoming document takes its entry before the
// batch is written) or afterwards to the documents already there ("Apply a manifest…", one undoable
// operation). Parsing and matching are pure (shared/library); this is where they meet the database.
import type { ImportedDocument } from '../../../shared/ipc';
import type { DocumentRecord } from '../../../shared/model';
import type { Manifest } from '../../../shared/library/manifest';
import { describeImported, matchManifest, type ManifestMatching } from '../../../shared/library/manifestMatching';
import type { ProjectDatabase } from '../../db/projectDatabase';
import type { Change } from '../../db/changes';
import { coerceAttributes, declareAttributeRows, definitionsToDeclare } from '../../db/attributes';
import { editDocumentsChange, listDocuments } from '../../db/documents';

export function describeImportBatch(manifest: Manifest, imported: readonly ImportedDocument[]): { documents: ImportedDocument[]; matching: ManifestMatching<ImportedDocument> } {
  const matching = matchManifest(manifest, imported);
  const entries = new Map(matching.matches.map((m) => [m.document, m.entry]));
  return { documents: imported.map((doc) => (entries.has(doc) ? describeImported(doc, entries.get(doc)!) : doc)), matching };
}

export interface ManifestApplication {
  change: Change;
  matching: ManifestMatching<DocumentRecord>;
}

/** The one change that applies a manifest to the project's documents, with what matched and what did not. */
export async function manifestApplication(db: ProjectDatabase, manifest: Manifest, manifestName: string): Promise<ManifestApplication> {
  const { documents, definitions } = await db.transaction('r', db.documents, db.attributeDefinitions, async () => ({
    documents: await listDocuments(db),
    definitions: await db.attributeDefinitions.toArray(),
  }));
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
