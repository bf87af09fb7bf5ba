// Counts read straight from the counts table, for tests that check the table stays right after
// writes: the window itself reads the table once and follows writes (features/counts/countsStore.ts).
import Dexie from 'dexie';
import { readCodingCounts } from '../../../renderer/db/codingCounts';
import { countTotals, NO_USAGE, type CodeUsage } from '../../../renderer/db/countTotals';
import type { CoderFilter } from '../../../renderer/db/coders';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';

/** How many codings a code has, in how many documents, of the coders the filter lets through. */
export async function usageOfCode(db: ProjectDatabase, codeId: string, filter: CoderFilter): Promise<CodeUsage> {
  // Bounds of two parts take in every third part (the same Dexie.maxKey twice in one key would be
  // refused by IndexedDB as a cycle).
  const rows = await db.codingCounts.where('[codeId+docId+coderId]').between([codeId, Dexie.minKey], [codeId, Dexie.maxKey]).toArray();
  return countTotals(rows, filter).byCode.get(codeId) ?? NO_USAGE;
}

/** How many codings each document has, of the coders the filter lets through (documents without any are absent). */
export async function codingCountsByDocument(db: ProjectDatabase, filter: CoderFilter = null): Promise<ReadonlyMap<string, number>> {
  return countTotals(await readCodingCounts(db), filter).byDocument;
}
