// "Code the hits" of a corpus search as one operation: one coding per hit to code (search/codeHits.ts
// has already left out the hits that code already covers), so a single undo takes them all back.
import type { CodingRecord } from '../model';
import type { PassageToCode } from '../search/codeHits';
import type { Change, Minting } from './change';

export function codeHitsChange(passages: readonly PassageToCode[], codeId: string, codeName: string, coderId: string, minting: Minting): Change {
  const records: CodingRecord[] = passages.map((passage) => ({
    id: minting.newId(),
    docId: passage.docId,
    codeId,
    start: passage.start,
    end: passage.end,
    quote: passage.quote,
    prefix: passage.prefix,
    suffix: passage.suffix,
    coderId,
    createdAt: minting.now,
  }));
  return {
    label: `Code “${codeName}” applied to ${records.length} search hit${records.length === 1 ? '' : 's'}`,
    changes: records.map((record) => ({ table: 'codings', key: record.id, before: null, after: record })),
  };
}
