// What a project file or backup holds, as the open and restore dialogs and the offer to restore a lost
// project say it: "1 document, 12 codings and 0 memos", each count with its own noun.
import { countOf } from '../text/plural';

export interface HeldCounts {
  documents: number;
  codings: number;
  memos: number;
}

export function heldCountsInWords({ documents, codings, memos }: HeldCounts): string {
  return `${countOf(documents, 'document')}, ${countOf(codings, 'coding')} and ${countOf(memos, 'memo')}`;
}
