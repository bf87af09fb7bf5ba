// Counts of codings, by index (count() requests and index keys, never the codings themselves): for
// one document or one code, which the coding screen asks per visible row, so that applying a code
// re-counts that one document and that one code, not the whole project (measured with 5,000 codings:
// walking the keys of every coding cost ~0.3 s of IndexedDB traffic per applied code); and for every
// document at once, which the Library table sorts by.
//
// Whose codings count is decided by `passesCoderFilter` alone, so the per-row and whole-project counts
// cannot disagree. The coders come from the codings' own index, not from the coders table: a coding
// by a coder the table does not list (merged from another project, say) counts unless hidden.
import Dexie from 'dexie';
import { passesCoderFilter, type CoderFilter } from './coders';
import type { ProjectDatabase } from './projectDatabase';

export interface CodeUsage {
  codings: number;
  documents: number;
}

/** How many codings a document has, of the coders the filter lets through. */
export async function codingCountOfDocument(db: ProjectDatabase, docId: string, filter: CoderFilter): Promise<number> {
  if (!filter) return db.codings.where('docId').equals(docId).count();
  // The document's coders (one key per coder), then one count for each coder that passes.
  const pairs = (await db.codings.where('[docId+coderId]').between([docId, Dexie.minKey], [docId, Dexie.maxKey]).uniqueKeys()) as unknown as Array<[string, string]>;
  const coders = pairs.map(([, coderId]) => coderId).filter((coderId) => passesCoderFilter(filter, coderId));
  const counts = await Promise.all(coders.map((coderId) => db.codings.where('[docId+coderId]').equals([docId, coderId]).count()));
  return sum(counts);
}

/** How many codings a code has, in how many documents, of the coders the filter lets through. */
export async function usageOfCode(db: ProjectDatabase, codeId: string, filter: CoderFilter): Promise<CodeUsage> {
  if (!filter) {
    const range = db.codings.where('[codeId+docId]').between([codeId, Dexie.minKey], [codeId, Dexie.maxKey]);
    const [codings, pairs] = await Promise.all([range.count(), range.uniqueKeys()]);
    return { codings, documents: pairs.length };
  }
  // One key per coder and document the code is used by; then one count for each coder that passes.
  // (Bounds of two parts take in every third part: the same Dexie.maxKey twice in one key would be
  // refused by IndexedDB as a cycle.)
  const triples = (await db.codings.where('[codeId+coderId+docId]').between([codeId, Dexie.minKey], [codeId, Dexie.maxKey]).uniqueKeys()) as unknown as Array<
    [string, string, string]
  >;
  const passing = triples.filter(([, coderId]) => passesCoderFilter(filter, coderId));
  const coders = [...new Set(passing.map(([, coderId]) => coderId))];
  const counts = await Promise.all(
    coders.map((coderId) => db.codings.where('[codeId+coderId+docId]').between([codeId, coderId, Dexie.minKey], [codeId, coderId, Dexie.maxKey]).count()),
  );
  return { codings: sum(counts), documents: new Set(passing.map(([, , docId]) => docId)).size };
}

/** How many codings each document has, of the coders the filter lets through (documents without any are absent). */
export async function codingCountsByDocument(db: ProjectDatabase, filter: CoderFilter = null): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (docId: string) => counts.set(docId, (counts.get(docId) ?? 0) + 1);
  if (!filter) {
    for (const docId of (await db.codings.orderBy('docId').keys()) as string[]) add(docId);
    return counts;
  }
  // One [docId, coderId] key per coding.
  const pairs = (await db.codings.orderBy('[docId+coderId]').keys()) as unknown as Array<[string, string]>;
  for (const [docId, coderId] of pairs) if (passesCoderFilter(filter, coderId)) add(docId);
  return counts;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, n) => total + n, 0);
}
