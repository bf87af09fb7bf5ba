// A probe page (test/bench/importWrites.probe.ts): what the window's writing of an import costs, part
// by part, with nothing else running in the page (no React, no live queries, no harness transport
// during the writes). The documents main sent are carried in once; each variant then writes them into
// a fresh database and resolves with its milliseconds.
import Dexie, { type EntityTable } from 'dexie';
import type { ImportedDocument } from '../../../shared/ipc';
import type { DocumentRecord } from '../../../shared/model';
import { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { addImportedDocuments } from '../../../renderer/db/documents';
import { importDocumentsChange } from '../../../shared/changes/documentChanges';
import { liveMinting } from '../../../renderer/db/ids';

export type WriteVariant =
  /** The floor's write: one bulkPut of { id, fileName, text } into a table with no index. */
  | 'floor'
  /** The app's: addImportedDocuments, batch by batch as main sent them. */
  | 'app batches'
  /** The app's, all the documents in one call. */
  | 'app one batch'
  /** The rows the app writes, put by hand in one transaction: documents then texts. */
  | 'documents + texts'
  | 'documents only'
  | 'texts only'
  /** The change builder alone (pure JS, no database). */
  | 'build change'
  /** The document rows alone, into a table with these indexes (Dexie's schema syntax). */
  | `documents indexed ${string}`;

declare global {
  interface Window {
    importDocs: ImportedDocument[][];
    writeImport(variant: WriteVariant): Promise<number>;
  }
}

let run = 0;
let open: Dexie | null = null;

window.writeImport = async (variant) => {
  open?.close();
  const batches = window.importDocs;
  const all = batches.flat();
  if (variant === 'floor') {
    const db = new Dexie(`floor-${run++}`) as Dexie & { texts: EntityTable<{ id: string; fileName: string; text: string }, 'id'> };
    db.version(1).stores({ texts: 'id' });
    await db.open();
    open = db;
    const t0 = performance.now();
    await db.texts.bulkPut(all.map((d) => ({ id: crypto.randomUUID(), fileName: d.fileName, text: d.text })));
    return performance.now() - t0;
  }
  if (variant.startsWith('documents indexed ')) {
    const db = new Dexie(`indexes-${run++}`) as Dexie & { documents: EntityTable<DocumentRecord, 'id'> };
    db.version(1).stores({ documents: variant.slice('documents indexed '.length) });
    await db.open();
    open = db;
    const { documents } = importDocumentsChange(all, { firstOrder: 0, definitions: new Map() }, liveMinting());
    const t0 = performance.now();
    await db.documents.bulkAdd(documents);
    return performance.now() - t0;
  }
  const db = new ProjectDatabase(`probe-${run++}`);
  await db.open();
  open = db;
  const t0 = performance.now();
  if (variant === 'app batches') for (const batch of batches) await addImportedDocuments(db, batch);
  else if (variant === 'app one batch') await addImportedDocuments(db, all);
  else if (variant === 'build change') importDocumentsChange(all, { firstOrder: 0, definitions: new Map() }, liveMinting());
  else {
    const { documents, change } = importDocumentsChange(all, { firstOrder: 0, definitions: new Map() }, liveMinting());
    const texts = (change.texts ?? []).map(({ docId, text }) => ({ docId, text: text! }));
    await db.transaction('rw', db.documents, db.texts, async () => {
      if (variant !== 'texts only') await db.documents.bulkAdd(documents);
      if (variant !== 'documents only') await db.texts.bulkAdd(texts);
    });
  }
  return performance.now() - t0;
};
