// Baseline for importing documents: the texts, already read from disk by Node, put into IndexedDB
// with one Dexie bulkPut in one transaction, and nothing else (no extraction, no hashing, no storing
// of originals, no React). `window.bulkPutTexts(docs)` resolves with the milliseconds of the write.
import Dexie, { type EntityTable } from 'dexie';

interface TextRow {
  id: string;
  fileName: string;
  text: string;
}

declare global {
  interface Window {
    bulkPutTexts(docs: Array<{ fileName: string; text: string }>): Promise<number>;
    countTexts(): Promise<number>;
  }
}

let run = 0;
let db: (Dexie & { texts: EntityTable<TextRow, 'id'> }) | null = null;

window.bulkPutTexts = async (docs) => {
  // A fresh database per run, as the app writes into a fresh project per run.
  db?.close();
  db = new Dexie(`baseline-${run++}`) as Dexie & { texts: EntityTable<TextRow, 'id'> };
  db.version(1).stores({ texts: 'id' });
  await db.open();
  const t0 = performance.now();
  await db.texts.bulkPut(docs.map((d) => ({ id: crypto.randomUUID(), fileName: d.fileName, text: d.text })));
  return performance.now() - t0;
};

window.countTexts = async () => (db ? db.texts.count() : 0);
