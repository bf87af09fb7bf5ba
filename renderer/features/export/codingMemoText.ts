// The CSV's `memo` column for each coding. Each coder may write their own memo on a coding (see
// db/memos.ts); the column holds them all: one memo as it is, several as paragraphs, each led by its
// coder's name in brackets, the coding's own coder first and then by date ("[Kim] …\n\n[Lee] …").
import type { CodingRecord, MemoRecord } from '../../../shared/model';

export function codingMemoTexts(
  codings: readonly CodingRecord[],
  memos: readonly MemoRecord[],
  coderNames: ReadonlyMap<string, string>,
): Map<string, string> {
  const byCoding = new Map<string, MemoRecord[]>();
  for (const memo of memos) {
    if (memo.targetType !== 'coding' || memo.text.trim() === '') continue;
    byCoding.set(memo.targetId, [...(byCoding.get(memo.targetId) ?? []), memo]);
  }
  const texts = new Map<string, string>();
  for (const coding of codings) {
    const onCoding = byCoding.get(coding.id);
    if (!onCoding) continue;
    const ordered = [...onCoding].sort((a, b) => Number(b.coderId === coding.coderId) - Number(a.coderId === coding.coderId) || a.createdAt.localeCompare(b.createdAt));
    texts.set(
      coding.id,
      ordered.length === 1 ? ordered[0]!.text.trim() : ordered.map((m) => `[${coderNames.get(m.coderId) ?? m.coderId}] ${m.text.trim()}`).join('\n\n'),
    );
  }
  return texts;
}
