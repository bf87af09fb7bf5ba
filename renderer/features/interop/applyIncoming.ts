// Writing what came in: as a new project of its own, or merged into the open one. Both go through
// the merge planner (shared/interop/mergePlan.ts), against no rows for a new project: documents by
// id then by their text's SHA-256, codes by GUID then path, coders by id then name; an identical
// coding is kept once and a disagreement is reported, never written over. The originals go into the
// library first (main checks each one's SHA-256 against its name), then the rows in one transaction.
import type { ProjectRows } from '../../../shared/interop/projectRows';
import { emptyProjectRows } from '../../../shared/interop/projectRows';
import { planMerge, type MergePlan } from '../../../shared/interop/mergePlan';
import { mergeChanges } from '../../../shared/changes/mergeChanges';
import { ProjectDatabase } from '../../db/projectDatabase';
import { commitMerge, readProjectRows } from '../../db/projectRows';
import { addProject, type ProjectEntry, type RegistryDatabase } from '../../db/registry';
import { newId } from '../../db/ids';
import type { IncomingProject } from './incomingProject';

/** Stores an original in the library; true when it was new there. */
export type ReceiveOriginal = (storedName: string, bytes: Uint8Array) => Promise<boolean>;

/** What merging `incoming` into the open project would do; nothing is written. */
export async function previewMerge(db: ProjectDatabase, projectId: string, incoming: IncomingProject): Promise<{ existing: ProjectRows; plan: MergePlan }> {
  const existing = await readProjectRows(db);
  return { existing, plan: planMerge(existing, incoming.rows, { projectId }) };
}

export async function mergeIntoProject(
  db: ProjectDatabase,
  incoming: IncomingProject,
  preview: { existing: ProjectRows; plan: MergePlan },
  coderId: string,
  receiveOriginal: ReceiveOriginal,
  /** What Undo calls it: "Merged ana.qdpx", "Imported team.qdpx". */
  label = `Merged ${incoming.fileName}`,
): Promise<void> {
  await storeOriginals(incoming, preview.plan, receiveOriginal);
  await commitMerge(db, mergeChanges(preview.existing, preview.plan, label), coderId);
}

/** A new project holding what the file holds; its id is new, the rows keep theirs. */
export async function importAsNewProject(
  registry: RegistryDatabase,
  incoming: IncomingProject,
  coderId: string,
  receiveOriginal: ReceiveOriginal,
): Promise<{ project: ProjectEntry; plan: MergePlan }> {
  const id = newId();
  // The planner puts the file's project memos on the project it is given: the new one.
  const plan = planMerge(emptyProjectRows(), incoming.rows, { projectId: id });
  await storeOriginals(incoming, plan, receiveOriginal);
  const db = new ProjectDatabase(id);
  try {
    await commitMerge(db, mergeChanges(emptyProjectRows(), plan, `Imported ${incoming.fileName}`), coderId);
  } catch (error) {
    await db.delete();
    throw error;
  } finally {
    db.close();
  }
  return { project: await addProject(registry, incoming.name.trim() || incoming.fileName, id), plan };
}

async function storeOriginals(incoming: IncomingProject, plan: MergePlan, receiveOriginal: ReceiveOriginal): Promise<void> {
  for (const doc of plan.add.documents) {
    const bytes = incoming.originals.get(doc.storedName);
    if (bytes) await receiveOriginal(doc.storedName, bytes);
  }
}
