// Counts of codings for one document or one code, by index: count() requests and unique keys, never a
// walk over every coding. The coding screen asks one of these per visible row, so that applying a code
// re-counts that one document and that one code, not the whole project (measured with 5,000 codings:
// walking the keys of every coding cost ~0.3 s of IndexedDB traffic per applied code).
// (Counts for all documents at once, which the Library table sorts by, are codingCountsByDocument.)
import Dexie from 'dexie';
import type { CoderFilter } from './coders';
import type { CodeUsage } from './codes';
import type { ProjectDatabase } from './projectDatabase';

/** How many codings a document has, of the coders the filter lets through. */
export async function codingCountOfDocument(db: ProjectDatabase, docId: string, filter: CoderFilter): Promise<number> {
  if (!filter) return db.codings.where('docId').equals(docId).count();
  const ofCoder = (coderId: string) => db.codings.where('[docId+coderId]').equals([docId, coderId]).count();
  if ('only' in filter) return ofCoder(filter.only);
  const [all, ...hidden] = await Promise.all([db.codings.where('docId').equals(docId).count(), ...filter.except.map(ofCoder)]);
  return all! - hidden.reduce((sum, n) => sum + n, 0);
}

/** How many codings a code has, in how many documents, of the coders the filter lets through. */
export async function usageOfCode(db: ProjectDatabase, codeId: string, filter: CoderFilter): Promise<CodeUsage> {
  if (!filter) {
    const range = db.codings.where('[codeId+docId]').between([codeId, Dexie.minKey], [codeId, Dexie.maxKey]);
    const [codings, pairs] = await Promise.all([range.count(), range.uniqueKeys()]);
    return { codings, documents: pairs.length };
  }
  const coders = 'only' in filter ? [filter.only] : (await db.coders.toCollection().primaryKeys()).filter((id) => !filter.except.includes(id));
  let codings = 0;
  const documents = new Set<string>();
  await Promise.all(
    coders.map(async (coderId) => {
      const range = db.codings.where('[codeId+coderId+docId]').between([codeId, coderId, Dexie.minKey], [codeId, coderId, Dexie.maxKey]);
      const [count, keys] = await Promise.all([range.count(), range.uniqueKeys()]);
      codings += count;
      for (const key of keys as unknown as Array<[string, string, string]>) documents.add(key[2]);
    }),
  );
  return { codings, documents: documents.size };
}
