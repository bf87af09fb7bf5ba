// The memos export: every memo of the project as one Markdown file, grouped by what it is on (the
// project, each document, each code, each coded passage), in the project's order, each memo with its
// coder and dates. Rich text stays rich (lists, bold, italic). Memos whose target has been removed
// are kept at the end: they are still the researcher's writing.
import type { CodeRecord, CoderRecord, CodingRecord, DocumentRecord, MemoRecord } from '../../../shared/model';
import { codePath } from '../../../shared/codebook/codePath';
import { memoBodyToMarkdown } from '../memos/memoMarkdown';
import { escapeMarkdownText } from '../../../shared/text/markdownEscape';

export interface MemosExportInput {
  projectName: string;
  projectId: string;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
  memos: readonly MemoRecord[];
  /** In the project's document order. */
  documents: readonly DocumentRecord[];
  /** In codebook order. */
  codes: readonly CodeRecord[];
  /** The codings memos are on (others may be left out). */
  codings: readonly CodingRecord[];
  coders: readonly CoderRecord[];
}

export function memosMarkdown(input: MemosExportInput): string {
  const coderNames = new Map(input.coders.map((c) => [c.id, c.name]));
  const codesById = new Map(input.codes.map((c) => [c.id, c]));
  const codingsById = new Map(input.codings.map((c) => [c.id, c]));
  const documentIds = new Set(input.documents.map((d) => d.id));
  const byTarget = new Map<string, MemoRecord[]>();
  for (const memo of input.memos) {
    const key = `${memo.targetType}:${memo.targetId}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), memo]);
  }
  const take = (type: MemoRecord['targetType'], id: string): MemoRecord[] => {
    const key = `${type}:${id}`;
    const memos = byTarget.get(key) ?? [];
    byTarget.delete(key);
    return [...memos].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  };
  const memoBlock = (memo: MemoRecord): string => {
    const who = coderNames.get(memo.coderId) ?? 'Unknown coder';
    // Edits within the minute it was written are not worth a mention.
    const edited = when(memo.updatedAt) !== when(memo.createdAt) ? `, edited ${when(memo.updatedAt)}` : '';
    return `**${escapeMarkdownText(who)}**, written ${when(memo.createdAt)}${edited}\n\n${memoBodyToMarkdown(memo.body, memo.text) || '_(empty)_'}\n`;
  };
  const sections: string[] = [];
  const count = input.memos.length;
  sections.push(`# Memos: ${escapeMarkdownText(input.projectName)}\n\n${count === 1 ? '1 memo' : `${count} memos`}, exported from Framewise on ${when(input.exportedAt)}.\n`);

  const projectMemos = take('project', input.projectId);
  if (projectMemos.length) sections.push(`## The project\n`, ...projectMemos.map(memoBlock));

  const documentParts: string[] = [];
  for (const doc of input.documents) {
    const memos = take('document', doc.id);
    if (memos.length) documentParts.push(`### ${escapeMarkdownText(doc.title)}\n`, ...memos.map(memoBlock));
  }
  if (documentParts.length) sections.push(`## Documents\n`, ...documentParts);

  const codeParts: string[] = [];
  for (const code of input.codes) {
    const memos = take('code', code.id);
    if (memos.length) codeParts.push(`### ${escapeMarkdownText(codePath(code, codesById))}\n`, ...memos.map(memoBlock));
  }
  if (codeParts.length) sections.push(`## Codes\n`, ...codeParts);

  const codingParts: string[] = [];
  for (const doc of input.documents) {
    const codings = input.codings.filter((c) => c.docId === doc.id).sort((a, b) => a.start - b.start || a.end - b.end);
    const parts: string[] = [];
    for (const coding of codings) {
      const memos = take('coding', coding.id);
      if (!memos.length) continue;
      const code = codesById.get(coding.codeId);
      const codeName = code ? codePath(code, codesById) : 'deleted code';
      parts.push(
        `#### ${escapeMarkdownText(codeName)}, coded by ${escapeMarkdownText(coderNames.get(coding.coderId) ?? 'unknown coder')}\n\n${quoteBlock(coding.quote)}\n`,
        ...memos.map(memoBlock),
      );
    }
    if (parts.length) codingParts.push(`### ${escapeMarkdownText(doc.title)}\n`, ...parts);
  }
  if (codingParts.length) sections.push(`## Coded passages\n`, ...codingParts);

  // Whatever is left is on a document, code or coding that no longer exists.
  const orphans = [...byTarget.values()].flat().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (orphans.length) {
    sections.push(`## Memos on removed items\n`);
    for (const memo of orphans) {
      const coding = memo.targetType === 'coding' ? codingsById.get(memo.targetId) : undefined;
      const onWhat = coding && !documentIds.has(coding.docId) ? 'a coding of a removed document' : `a removed ${memo.targetType}`;
      sections.push(`### On ${onWhat}\n`, memoBlock(memo));
    }
  }
  return sections.join('\n');
}

/** `2026-05-03 14:02 UTC`: readable, and the same wherever the file is opened. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The passage as a Markdown block quote, each line quoted. */
function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeMarkdownText(line)}`.trimEnd())
    .join('\n');
}
