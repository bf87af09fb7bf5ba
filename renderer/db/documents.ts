// Documents and their canonical texts.
import type { ImportedDocument } from '../../shared/ipc';
import { EMPTY_METADATA, type AttributeValue, type DocumentRecord } from '../../shared/model';
import { codingsOfCoders, type CoderFilter } from './coders';
import type { ProjectDatabase } from './projectDatabase';
import { newId, nowIso } from './ids';
import { countWords } from '../../shared/text/words';
import { coerceAttributes, declareAttributes } from './attributes';
import type { Change } from './changes';
import type { RowChange } from './operationRecord';
import { sameRow } from './rowEquality';

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
 * them out of every set, in one transaction. Not undoable: the caller confirms first, saying what
 * goes (deletionImpact). The stored originals stay in the library folder: another project may use them.
 */
export async function deleteDocuments(db: ProjectDatabase, docIds: readonly string[]): Promise<DeletionImpact> {
  return db.transaction('rw', [db.documents, db.texts, db.codings, db.memos, db.documentSets], async () => {
    const codingIds = (await db.codings.where('docId').anyOf(docIds).primaryKeys()) as string[];
    const memoKeys = [
      ...((await db.memos.where('[targetType+targetId]').anyOf(docIds.map((id) => ['document', id])).primaryKeys()) as string[]),
      ...((await db.memos.where('[targetType+targetId]').anyOf(codingIds.map((id) => ['coding', id])).primaryKeys()) as string[]),
    ];
    const gone = new Set(docIds);
    await db.documentSets
      .where('docIds')
      .anyOf(docIds)
      .modify((set) => {
        set.docIds = set.docIds.filter((id) => !gone.has(id));
      });
    await db.memos.bulkDelete(memoKeys);
    await db.codings.bulkDelete(codingIds);
    await db.texts.bulkDelete([...docIds]);
    await db.documents.bulkDelete([...docIds]);
    return { documents: docIds.length, codings: codingIds.length, memos: memoKeys.length };
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

/** How many codings each document has (documents without any are absent). */
export async function codingCountsByDocument(db: ProjectDatabase, filter: CoderFilter = null): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  // With a coder filter (blind mode, hidden coders) only the codings the screen shows are counted;
  // without one, index keys only.
  const docIds = filter ? (await codingsOfCoders(db, filter).toArray()).map((c) => c.docId) : ((await db.codings.orderBy('docId').keys()) as string[]);
  for (const docId of docIds) counts.set(docId, (counts.get(docId) ?? 0) + 1);
  return counts;
}
