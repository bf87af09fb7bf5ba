// Writing what came in: as a new project of its own, or merged into the open one. Both go through
// the merge planner (shared/interop/mergePlan.ts), against no rows for a new project: documents by
// id then by their text's SHA-256, codes by GUID then path, coders by id then name; an identical
// coding is kept once and a disagreement is reported, never written over. The originals go into the
// library first (main checks each one's SHA-256 against its name), then the rows in one transaction.
import type { ProjectRows } from '../../../shared/interop/projectRows';
import { emptyProjectRows } from '../../../shared/interop/projectRows';
import { planMerge, type CoderIdentity, type DeletedRows, type MergePlan } from '../../../shared/interop/mergePlan';
import { mergeChanges } from '../../../shared/changes/mergeChanges';
import { ProjectDatabase } from '../../db/projectDatabase';
import { commitMerge, readProjectRows } from '../../db/projectRows';
import { ChangeConflictError } from '../../db/changes';
import { addProject, type ProjectEntry, type RegistryDatabase } from '../../db/registry';
import { newId } from '../../db/ids';
import type { IncomingProject } from './incomingProject';

/** Stores an original in the library; true when it was new there. */
export type ReceiveOriginal = (storedName: string, bytes: Uint8Array) => Promise<boolean>;

/** What merging `incoming` into the open project would do; nothing is written. */
export async function previewMerge(db: ProjectDatabase, projectId: string, incoming: IncomingProject): Promise<{ existing: ProjectRows; plan: MergePlan }> {
  const [existing, deletedHere] = await db.transaction('r', db.tables, () => Promise.all([readProjectRows(db), rowsDeletedHere(db)]));
  return { existing, plan: planMerge(existing, incoming.rows, { projectId, coders: coderIdentityOf(incoming), deletedHere, undatedMemos: incoming.undatedMemos }) };
}

/**
 * Framewise writes its coders' own ids into its project files and REFI-QDA exports: a coder there is
 * known by id alone. Another tool's users have ids of that tool, and are known by name too.
 */
function coderIdentityOf(incoming: IncomingProject): CoderIdentity {
  return incoming.kind === 'framewise' || /^Framewise\b/u.test(incoming.origin) ? 'by id' : 'by id, then name';
}

const DELETABLE = new Set<string>(['documents', 'codes', 'codings', 'memos', 'documentSets'] satisfies Array<keyof DeletedRows>);

/**
 * The rows the log says this project deleted. Not those an undo removed: undoing an import or a merge
 * takes back rows it added, and merging the same file again must bring them in again.
 */
async function rowsDeletedHere(db: ProjectDatabase): Promise<DeletedRows> {
  const deleted: Record<keyof DeletedRows, Set<string>> = { documents: new Set(), codes: new Set(), codings: new Set(), memos: new Set(), documentSets: new Set() };
  await db.operations.each((operation) => {
    if (operation.kind === 'undo') return;
    for (const change of operation.changes) {
      if (change.after === null && DELETABLE.has(change.table)) deleted[change.table as keyof DeletedRows].add(change.key);
    }
  });
  return deleted;
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
  try {
    await commitMerge(db, mergeChanges(preview.existing, preview.plan, label), coderId);
  } catch (error) {
    if (error instanceof ChangeConflictError) throw new Error(`the project changed after the preview was made (${error.message}); merge the file again to see what it adds now`, { cause: error });
    throw error;
  }
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
  const plan = planMerge(emptyProjectRows(), incoming.rows, { projectId: id, undatedMemos: incoming.undatedMemos });
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
