// Documents and their canonical texts: reading them, adding an import's batch, editing fields and
// attributes, deleting. Every write is a change built in shared/changes/documentChanges.ts and
// committed through commitChange; adding documents is not logged (see changes.ts), deleting them is,
// as an operation undo cannot take back.
import type { AttributeDefinition, DocumentRecord } from '../../shared/model';
import type { UnfitValue } from '../../shared/attributes/attributeReader';
import { countWords } from '../../shared/text/words';
import { declareAttributeRows } from '../../shared/changes/attributeChanges';
import { deleteDocumentsChange, editDocumentsChange, importDocumentsChange, type NewDocument } from '../../shared/changes/documentChanges';
import type { ProjectDatabase } from './projectDatabase';
import { commitChange } from './changes';
import { codingsOfDocuments } from './codingRanges';
import { liveMinting } from './ids';

/** Documents in the project's order, the order exports follow. */
export function listDocuments(db: ProjectDatabase): Promise<DocumentRecord[]> {
  return db.documents.orderBy('order').toArray();
}

export async function documentText(db: ProjectDatabase, docId: string): Promise<string | undefined> {
  return (await db.texts.get(docId))?.text;
}

export async function knownSha256(db: ProjectDatabase): Promise<string[]> {
  return (await db.documents.orderBy('sha256').uniqueKeys()) as string[];
}

export interface AddOptions {
  /**
   * More values of the batch's attributes, typing them with the batch's own: an import written in
   * several batches passes its manifest's, so that a manifest's column gets one type, not one per batch.
   */
  typeHints?: ReadonlyArray<Record<string, unknown>>;
  /** Told of the values left out because their attribute's type cannot hold them, for the import's report. */
  onUnfit?: (values: UnfitValue[]) => void;
}

/**
 * Adds a batch of imported documents in one transaction, after the ones already there: either the
 * whole batch is in the project or none of it. A document whose content is already in the project is
 * skipped (main checked, but another window or import may have added it since). Not logged: an
 * import is not an edit that undo takes back, and the audit trail has never listed it.
 */
export async function addImportedDocuments(db: ProjectDatabase, imported: readonly NewDocument[], options: AddOptions = {}): Promise<DocumentRecord[]> {
  // Main counts the words of what it imports, off this thread; documents made here (the sample
  // project) are counted before the transaction (which may await nothing but Dexie), in slices that
  // let the window paint between them: 1,000 documents of 800 words take a few hundred milliseconds.
  const wordCounts = await countWordsInSlices(imported.map((d) => (d.words === undefined ? d.text : d.words)));
  const counted = imported.map((doc, i) => (doc.words === undefined ? { ...doc, words: wordCounts[i]! } : doc));
  try {
    return await addInTransaction(db, counted, options, false);
  } catch (error) {
    // Content is unique in the project (`&sha256`): the batch fails whole when some of it is already
    // there. Only then are those looked up and left out; looking them up every time cost a round
    // trip to the database per document.
    if (!isUniqueContentError(error)) throw error;
    return addInTransaction(db, counted, options, true);
  }
}

function isUniqueContentError(error: unknown): boolean {
  const { name, failures } = error as { name?: string; failures?: Array<{ name?: string }> };
  return name === 'ConstraintError' || (name === 'BulkError' && (failures ?? []).some((f) => f?.name === 'ConstraintError'));
}

function addInTransaction(db: ProjectDatabase, imported: readonly NewDocument[], options: AddOptions, lookUpExisting: boolean): Promise<DocumentRecord[]> {
  return db.transaction('rw', db.documents, db.texts, db.attributeDefinitions, async () => {
    const definitions = await db.attributeDefinitions.toArray();
    const last = await db.documents.orderBy('order').last();
    const knownSha256 = new Set(lookUpExisting ? ((await db.documents.where('sha256').anyOf(imported.map((d) => d.sha256)).keys()) as string[]) : []);
    const context = {
      firstOrder: (last?.order ?? -1) + 1,
      definitions: new Map(definitions.map((d) => [d.name, d.type])),
      ...(options.typeHints ? { typeHints: options.typeHints } : {}),
      knownSha256,
    };
    const { change, documents, unfitValues } = importDocumentsChange(imported, context, liveMinting());
    await commitChange(db, change, { log: false });
    if (unfitValues.length) options.onUnfit?.(unfitValues);
    return documents;
  });
}

/**
 * Edits documents as they are stored now, in one transaction, and commits the change: a screen's copy
 * of a row may be older than the row (another field saved a moment ago, another window, a manifest),
 * and writing that copy back would silently revert those edits and log a wrong `before`. `edit` sets
 * only the fields being edited, on the stored row. `declare` is a new attribute's definition, declared
 * in the same operation unless the project has it by now. Returns false when nothing changed.
 */
export async function editDocuments(
  db: ProjectDatabase,
  label: string,
  docIds: readonly string[],
  edit: (doc: DocumentRecord) => DocumentRecord,
  coderId: string,
  declare?: AttributeDefinition,
): Promise<boolean> {
  return db.transaction('rw', [db.documents, db.attributeDefinitions, db.operations], async () => {
    // A document deleted meanwhile is left out.
    const stored = (await db.documents.bulkGet([...docIds])).filter((doc): doc is DocumentRecord => doc !== undefined);
    const change = editDocumentsChange(label, stored, edit);
    if (declare && !(await db.attributeDefinitions.get(declare.name))) change.changes.unshift(...declareAttributeRows([declare]));
    if (change.changes.length === 0) return false;
    await commitChange(db, change, { coderId });
    return true;
  });
}

export interface DeletionImpact {
  documents: number;
  codings: number;
  memos: number;
}

/** What deleting these documents takes with it, for the confirmation that must say so first. */
export async function deletionImpact(db: ProjectDatabase, docIds: readonly string[]): Promise<DeletionImpact> {
  return db.transaction('r', db.codings, db.memos, async () => {
    const codingIds = (await codingsOfDocuments(db, docIds).primaryKeys()) as string[];
    const memos = await countMemosOn(db, docIds, codingIds);
    return { documents: docIds.length, codings: codingIds.length, memos };
  });
}

/**
 * Deletes documents with their texts, codings, the memos on them and on their codings, and takes
 * them out of every set, in one transaction, logged as one operation (so the History of a code shows
 * its codings going with the document, and a later undo of a change to them says what removed them).
 * Not undoable (kind 'irreversible'): the log would have to keep every deleted text, so the texts are
 * deleted beside the logged rows. The caller confirms first, saying what goes (deletionImpact); the
 * counts returned are of what was deleted, read in the same transaction. The stored originals stay in
 * the library folder: another project may use them.
 */
export async function deleteDocuments(db: ProjectDatabase, docIds: readonly string[], coderId: string): Promise<DeletionImpact> {
  return db.transaction('rw', [db.documents, db.texts, db.codings, db.codingCounts, db.memos, db.documentSets, db.operations], async () => {
    const documents = (await db.documents.bulkGet([...docIds])).filter((doc): doc is DocumentRecord => doc !== undefined);
    const ids = documents.map((doc) => doc.id);
    const codings = await codingsOfDocuments(db, ids).toArray();
    const memos = await db.memos
      .where('[targetType+targetId]')
      .anyOf([...ids.map((id) => ['document', id]), ...codings.map((c) => ['coding', c.id])])
      .toArray();
    const sets = await db.documentSets.where('docIds').anyOf(ids).distinct().toArray();
    if (documents.length) await commitChange(db, deleteDocumentsChange(documents, codings, memos, sets), { coderId, kind: 'irreversible' });
    return { documents: documents.length, codings: codings.length, memos: memos.length };
  });
}

async function countMemosOn(db: ProjectDatabase, docIds: readonly string[], codingIds: readonly string[]): Promise<number> {
  const onDocs = await db.memos.where('[targetType+targetId]').anyOf(docIds.map((id) => ['document', id])).count();
  const onCodings = await db.memos.where('[targetType+targetId]').anyOf(codingIds.map((id) => ['coding', id])).count();
  return onDocs + onCodings;
}

/** Each text's words; a number is a count already made. */
async function countWordsInSlices(texts: ReadonlyArray<string | number>): Promise<number[]> {
  const counts: number[] = [];
  let sliceStart = performance.now();
  for (const text of texts) {
    if (typeof text === 'number') {
      counts.push(text);
      continue;
    }
    counts.push(countWords(text));
    if (performance.now() - sliceStart > 30) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return counts;
}
