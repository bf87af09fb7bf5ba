// Changes to documents: adding imported ones (with their texts and the attributes they bring),
// editing their fields and attributes, and deleting them with everything that points to them.
import type { ImportedDocument } from '../ipc';
import {
  EMPTY_METADATA,
  type AttributeType,
  type AttributeValue,
  type CodingRecord,
  type DocumentRecord,
  type DocumentSetRecord,
  type MemoRecord,
} from '../model';
import { sameRow } from '../rowEquality';
import { countWords } from '../text/words';
import { attributeReader, type UnfitValue } from '../attributes/attributeReader';
import { declareAttributeRows, definitionsToDeclare } from './attributeChanges';
import type { Change, Minting, RowChange, TextChange } from './change';

/**
 * A document to add; `id` and `importedAt` when they are given (a project file, a REFI-QDA source's
 * GUID), else minted. Its words are counted here when `words` is absent.
 */
export interface NewDocument extends ImportedDocument {
  id?: string;
  importedAt?: string;
}

/** What the project holds already that an import must fit around. */
export interface ImportContext {
  /** The order the first added document takes: after those already there. */
  firstOrder: number;
  /** The project's attribute definitions by name. */
  definitions: ReadonlyMap<string, AttributeType>;
  /**
   * More values of the batch's attributes, typing them with the batch's own: an import written in
   * several batches passes its manifest's, so that a manifest's column gets one type, not one per batch.
   */
  typeHints?: ReadonlyArray<Record<string, unknown>>;
  /** SHA-256 of the content already in the project: such a document is left out. */
  knownSha256?: ReadonlySet<string>;
}

/**
 * The change that adds a batch of documents after those already there, in the order given, each with
 * its text, and declares the attributes they bring that the project does not know, typed by their
 * values (and the hints); an attribute named as a known one but for case is that one. A document
 * whose content is already in the project, or earlier in the batch, is left out. Returns the
 * documents as they will be stored, and the values that do not fit their attribute's type, which are
 * left out of them (attributeReader says why).
 */
export function importDocumentsChange(
  imported: readonly NewDocument[],
  context: ImportContext,
  minting: Minting,
): { change: Change; documents: DocumentRecord[]; unfitValues: UnfitValue[] } {
  const attributes = imported.map((d) => d.attributes ?? {});
  const names = new Set(attributes.flatMap((a) => Object.keys(a)));
  const hints = (context.typeHints ?? []).map((hint) => Object.fromEntries(Object.entries(hint).filter(([name]) => names.has(name))));
  const declared = definitionsToDeclare(context.definitions, [...attributes, ...hints]);
  const read = attributeReader(new Map([...context.definitions, ...declared.map((d) => [d.name, d.type] as const)]));
  const unfitValues: UnfitValue[] = [];
  const seen = new Set(context.knownSha256 ?? []);
  const documents: DocumentRecord[] = [];
  const texts: TextChange[] = [];
  let order = context.firstOrder;
  for (const doc of imported) {
    if (seen.has(doc.sha256)) continue;
    seen.add(doc.sha256);
    const { values, unfit } = read(doc.attributes ?? {});
    unfitValues.push(...unfit.map((u) => ({ fileName: doc.fileName, ...u })));
    const record: DocumentRecord = {
      id: doc.id ?? minting.newId(),
      title: doc.title,
      format: doc.format,
      fileName: doc.fileName,
      storedName: doc.storedName,
      sha256: doc.sha256,
      order: order++,
      importedAt: doc.importedAt ?? minting.now,
      length: doc.text.length,
      words: doc.words ?? countWords(doc.text),
      extraction: doc.extraction,
      ...EMPTY_METADATA,
      ...doc.metadata,
      attributes: values,
    };
    documents.push(record);
    texts.push({ docId: record.id, text: doc.text });
  }
  const changes: RowChange[] = [...declareAttributeRows(declared), ...documents.map((doc): RowChange => ({ table: 'documents', key: doc.id, before: null, after: doc }))];
  const label = documents.length === 1 ? `Document “${documents[0]!.title}” imported` : `${documents.length} documents imported`;
  return { change: { label, changes, texts }, documents, unfitValues };
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

/**
 * Deletes documents with their texts, their codings, the memos on them and on their codings, and
 * takes them out of every set. `codings`, `memos` and `sets` must be all those rows. The texts go
 * beside the log (see LoggedTable), so the change cannot be undone: commit it as 'irreversible'.
 */
export function deleteDocumentsChange(
  documents: readonly DocumentRecord[],
  codings: readonly CodingRecord[],
  memos: readonly MemoRecord[],
  sets: readonly DocumentSetRecord[],
): Change {
  const gone = new Set(documents.map((doc) => doc.id));
  // What points to a row goes before it, as in every deletion in the log.
  const changes: RowChange[] = [
    ...memos.map((memo): RowChange => ({ table: 'memos', key: memo.id, before: memo, after: null })),
    ...codings.map((coding): RowChange => ({ table: 'codings', key: coding.id, before: coding, after: null })),
    ...sets.map((set): RowChange => ({ table: 'documentSets', key: set.id, before: set, after: { ...set, docIds: set.docIds.filter((id) => !gone.has(id)) } })),
    ...documents.map((doc): RowChange => ({ table: 'documents', key: doc.id, before: doc, after: null })),
  ];
  return {
    label: deletionLabel(documents, codings.length, memos.length),
    changes,
    texts: documents.map((doc) => ({ docId: doc.id, text: null })),
  };
}

/** "Document “Courier” deleted, with 2 codings and 1 memo". */
function deletionLabel(documents: readonly DocumentRecord[], codings: number, memos: number): string {
  const what = documents.length === 1 ? `Document “${documents[0]!.title}” deleted` : `${documents.length} documents deleted`;
  if (codings === 0 && memos === 0) return what;
  return `${what}, with ${codings} ${codings === 1 ? 'coding' : 'codings'} and ${memos} ${memos === 1 ? 'memo' : 'memos'}`;
}
