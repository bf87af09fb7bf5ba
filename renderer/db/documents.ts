// Documents and their canonical texts.
import type { ImportedDocument } from '../../shared/ipc';
import { EMPTY_METADATA, type DocumentRecord } from '../../shared/model';
import type { ProjectDatabase } from './projectDatabase';
import { newId, nowIso } from './ids';
import { countWords } from '../../shared/text/words';
import { coerceAttributes, declareAttributes } from './attributes';

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

/**
 * Adds a batch of imported documents in one transaction, after the ones already there: either the
 * whole batch is in the project or none of it. A document whose content is already in the project is
 * skipped (main checked, but another window or import may have added it since).
 */
export async function addImportedDocuments(db: ProjectDatabase, imported: readonly ImportedDocument[]): Promise<DocumentRecord[]> {
  return db.transaction('rw', db.documents, db.texts, db.attributeDefinitions, async () => {
    const definitions = await declareAttributes(db, imported.map((d) => d.attributes ?? {}));
    const last = await db.documents.orderBy('order').last();
    let order = (last?.order ?? -1) + 1;
    const already = await db.documents.where('sha256').anyOf(imported.map((d) => d.sha256)).toArray();
    const existingSha = new Set(already.map((d) => d.sha256));
    const importedAt = nowIso();
    const records: DocumentRecord[] = [];
    const texts: { docId: string; text: string }[] = [];
    for (const doc of imported) {
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
        words: countWords(doc.text),
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
