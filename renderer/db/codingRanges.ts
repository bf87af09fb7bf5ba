// The codings of some documents, or of some codes, by the prefix of the compound index that orders
// them ([docId+start], [codeId+docId]): schema version 5 keeps no index of `docId` or `codeId` alone,
// since every write would pay for an index these prefixes already serve.
import Dexie from 'dexie';
import type { ProjectDatabase } from './projectDatabase';

export function codingsOfDocuments(db: ProjectDatabase, docIds: readonly string[]) {
  return db.codings.where('[docId+start]').inAnyRange(prefixRanges(docIds));
}

export function codingsOfCodes(db: ProjectDatabase, codeIds: readonly string[]) {
  return db.codings.where('[codeId+docId]').inAnyRange(prefixRanges(codeIds));
}

function prefixRanges(ids: readonly string[]): Array<[unknown[], unknown[]]> {
  return [...new Set(ids)].map((id) => [
    [id, Dexie.minKey],
    [id, Dexie.maxKey],
  ]);
}
