// "Apply a manifest…": the change that applies a manifest to the documents in the project, built
// (shared/changes/manifestChanges.ts) from the documents and attribute definitions as stored now.
import type { Manifest } from '../../shared/library/manifest';
import { applyManifestChange, type ManifestApplication } from '../../shared/changes/manifestChanges';
import type { ProjectDatabase } from './projectDatabase';
import { listDocuments } from './documents';

/** The one change that applies a manifest to the project's documents, with what matched and what did not. */
export async function manifestApplication(db: ProjectDatabase, manifest: Manifest, manifestName: string): Promise<ManifestApplication> {
  const { documents, definitions } = await db.transaction('r', db.documents, db.attributeDefinitions, async () => ({
    documents: await listDocuments(db),
    definitions: await db.attributeDefinitions.toArray(),
  }));
  return applyManifestChange(documents, definitions, manifest, manifestName);
}
