// Documents and their canonical texts.
import type { ImportedDocument } from '../../shared/ipc';
import { EMPTY_METADATA, type AttributeDefinition, type AttributeValue, type DocumentRecord } from '../../shared/model';
import type { ProjectDatabase } from './projectDatabase';
import { newId, nowIso } from './ids';
import { countWords } from '../../shared/text/words';
import { coerceAttributes, declareAttributeRows, declareAttributes } from './attributes';
import { commitChange, type Change } from './changes';
import type { RowChange } from './operationRecord';
import { sameRow } from '../../shared/rowEquality';

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
}

/**
 * Adds a batch of imported documents in one transaction, after the ones already there: either the
 * whole batch is in the project or none of it. A document whose content is already in the project is
 * skipped (main checked, but another window or import may have added it since).
 */
export async function addImportedDocuments(db: ProjectDatabase, imported: readonly ImportedDocument[], options: AddOptions = {}): Promise<DocumentRecord[]> {
  // Main counts the words of what it imports, off this thread; documents made here (the sample
  // project) are counted before the transaction (which may await nothing but Dexie), in slices that
  // let the window paint between them: 1,000 documents of 800 words take a few hundred milliseconds.
  const wordCounts = await countWordsInSlices(imported.map((d) => (d.words === undefined ? d.text : d.words)));
  try {
    return await addInTransaction(db, imported, wordCounts, options, false);
  } catch (error) {
    // Content is unique in the project (`&sha256`): the batch fails whole when some of it is already
    // there. Only then are those looked up and left out; looking them up every time cost a round
    // trip to the database per document.
    if (!isUniqueContentError(error)) throw error;
    return addInTransaction(db, imported, wordCounts, options, true);
  }
}

function isUniqueContentError(error: unknown): boolean {
  const { name, failures } = error as { name?: string; failures?: Array<{ name?: string }> };
  return name === 'ConstraintError' || (name === 'BulkError' && (failures ?? []).some((f) => f?.name === 'ConstraintError'));
}

function addInTransaction(db: ProjectDatabase, imported: readonly ImportedDocument[], wordCounts: readonly number[], options: AddOptions, lookUpExisting: boolean): Promise<DocumentRecord[]> {
  return db.transaction('rw', db.documents, db.texts, db.attributeDefinitions, async () => {
    const attributes = imported.map((d) => d.attributes ?? {});
    const names = new Set(attributes.flatMap((a) => Object.keys(a)));
    const hints = (options.typeHints ?? []).map((hint) => Object.fromEntries(Object.entries(hint).filter(([name]) => names.has(name))));
    const definitions = await declareAttributes(db, [...attributes, ...hints]);
    const last = await db.documents.orderBy('order').last();
    let order = (last?.order ?? -1) + 1;
    const existingSha = new Set(lookUpExisting ? ((await db.documents.where('sha256').anyOf(imported.map((d) => d.sha256)).keys()) as string[]) : []);
    const importedAt = nowIso();
    const records: DocumentRecord[] = [];
    const texts: { docId: string; text: string }[] = [];
    for (const [index, doc] of imported.entries()) {
      if (existingSha.has(doc.sha256)) continue;
      existingSha.add(doc.sha256);
      const id = newId();
      records.push({
        id,
        title: doc.title,
        format: doc.format,
        fileName: doc.fileName,
        storedName: doc.storedName,
        sha256: doc.sha256,
        order: order++,
        importedAt,
        length: doc.text.length,
        words: wordCounts[index]!,
        extraction: doc.extraction,
        ...EMPTY_METADATA,
        ...doc.metadata,
        attributes: coerceAttributes(doc.attributes ?? {}, definitions),
      });
      texts.push({ docId: id, text: doc.text });
    }
    await db.documents.bulkAdd(records);
    await db.texts.bulkAdd(texts);
    return records;
  });
}

/** The fields a researcher edits on a document: the bibliographic ones and the free attributes. */
export type DocumentFields = Pick<DocumentRecord, 'title' | 'author' | 'date' | 'source' | 'url' | 'attributes'>;

/**
 * The change that edits documents, one row per document that really changes, so that undo and the
 * audit trail see exactly what was edited (a bulk edit is one operation).
 */
export function editDocumentsChange(label: string, documents: readonly DocumentRecord[], edit: (doc: DocumentRecord) => DocumentRecord): Change {
  const changes: RowChange[] = [];
  for (const before of documents) {
    const after = edit(before);
    if (!sameRow(before, after)) changes.push({ table: 'documents', key: before.id, before, after });
  }
  return { label, changes };
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

/** A document with some attributes set (null or '' removes one). */
export function withAttributes(doc: DocumentRecord, values: Record<string, AttributeValue>): DocumentRecord {
  const attributes = { ...doc.attributes };
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === '') delete attributes[name];
    else attributes[name] = value;
  }
  return { ...doc, attributes };
}

export interface DeletionImpact {
  documents: number;
  codings: number;
  memos: number;
}

/** What deleting these documents takes with it, for the confirmation that must say so first. */
export async function deletionImpact(db: ProjectDatabase, docIds: readonly string[]): Promise<DeletionImpact> {
  return db.transaction('r', db.codings, db.memos, async () => {
    const codingIds = (await db.codings.where('docId').anyOf(docIds).primaryKeys()) as string[];
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
  return db.transaction('rw', [db.documents, db.texts, db.codings, db.memos, db.documentSets, db.operations], async () => {
    const documents = (await db.documents.bulkGet([...docIds])).filter((doc): doc is DocumentRecord => doc !== undefined);
    const ids = documents.map((doc) => doc.id);
    const codings = await db.codings.where('docId').anyOf(ids).toArray();
    const memos = await db.memos
      .where('[targetType+targetId]')
      .anyOf([...ids.map((id) => ['document', id]), ...codings.map((c) => ['coding', c.id])])
      .toArray();
    const sets = await db.documentSets.where('docIds').anyOf(ids).distinct().toArray();
    const gone = new Set(ids);
    // What points to a row goes before it, as in every deletion in the log.
    const changes: RowChange[] = [
      ...memos.map((memo): RowChange => ({ table: 'memos', key: memo.id, before: memo, after: null })),
      ...codings.map((coding): RowChange => ({ table: 'codings', key: coding.id, before: coding, after: null })),
      ...sets.map((set): RowChange => ({ table: 'documentSets', key: set.id, before: set, after: { ...set, docIds: set.docIds.filter((id) => !gone.has(id)) } })),
      ...documents.map((doc): RowChange => ({ table: 'documents', key: doc.id, before: doc, after: null })),
    ];
    if (changes.length) await commitChange(db, { label: deletionLabel(documents, codings.length, memos.length), changes }, { coderId, kind: 'irreversible' });
    await db.texts.bulkDelete(ids);
    return { documents: documents.length, codings: codings.length, memos: memos.length };
  });
}

/** "Document “Courier” deleted, with 2 codings and 1 memo". */
function deletionLabel(documents: readonly DocumentRecord[], codings: number, memos: number): string {
  const what = documents.length === 1 ? `Document “${documents[0]!.title}” deleted` : `${documents.length} documents deleted`;
  if (codings === 0 && memos === 0) return what;
  return `${what}, with ${codings} ${codings === 1 ? 'coding' : 'codings'} and ${memos} ${memos === 1 ? 'memo' : 'memos'}`;
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
