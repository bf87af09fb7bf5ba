// What the delete confirmation says goes with a code: its subcodes, its codings (in how many
// documents) with their memos, and the memos written on the code and its subcodes themselves, which
// deleteCodeChange removes too and which a researcher would not think of as "the codings' memos".
import { deletionScope } from '../../../shared/codebook/codebookEdits';
import { deletionCounts, listCodes, type DeletionCounts } from '../../db/codes';
import { memosOn } from '../../db/memos';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { commandKeys } from '../../commands/shownKeys';

export interface DeletionPreview extends DeletionCounts {
  /** Memos on the code and its subcodes (every coder's), not those on their codings. */
  codeMemos: number;
}

export async function deletionPreview(db: ProjectDatabase, id: string): Promise<DeletionPreview> {
  const [counts, codes] = await Promise.all([deletionCounts(db, id), listCodes(db)]);
  const memos = await Promise.all(deletionScope(codes, id).map((codeId) => memosOn(db, { targetType: 'code', targetId: codeId })));
  return { ...counts, codeMemos: memos.reduce((sum, list) => sum + list.length, 0) };
}

/** The confirmation's sentence. */
export function deletionSummary({ codes, codings, documents, codeMemos }: DeletionPreview): string {
  const subcodes = codes - 1;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    subcodes > 0 ? `Its ${plural(subcodes, 'subcode')} will be deleted with it.` : '',
    codeMemos > 0 ? `${codeMemos === 1 ? 'The memo' : `The ${codeMemos} memos`} written on ${subcodes > 0 ? 'these codes' : 'it'} will be deleted too.` : '',
    codings === 0
      ? `It codes no passage yet. You can undo this (${commandKeys('undo')}).`
      : `${plural(codings, 'coding')} in ${plural(documents, 'document')} will be deleted, with their memos; you can undo this (${commandKeys('undo')}).`,
  ];
  return parts.filter(Boolean).join(' ');
}
