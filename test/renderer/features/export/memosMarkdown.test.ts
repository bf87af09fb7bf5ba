import { describe, expect, test } from 'vitest';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import type { CodeRecord, CoderRecord, CodingRecord, DocumentRecord, MemoRecord } from '../../../../shared/model';
import { EMPTY_METADATA } from '../../../../shared/model';
import { plainTextToMemoBody } from '../../../../shared/text/memoBody';
import { memosMarkdown } from '../../../../renderer/features/export/memosMarkdown';
import { MEMO_NODES } from '../../../../renderer/features/memos/memoNodes';
import MarkdownIt from 'markdown-it';

/** A memo body as the editor writes it: a bold phrase, then a bulleted list. */
function richBody(): string {
  const editor = createEditor({ nodes: [...MEMO_NODES], onError: (e) => { throw e; } });
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode().append($createTextNode('Compare with '), $createTextNode('the 2029 budget').toggleFormat('bold'), $createTextNode('.')));
      root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('housing')), $createListItemNode().append($createTextNode('rents'))));
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}

const doc = (id: string, title: string, order: number): DocumentRecord => ({
  id, title, order, format: 'txt', fileName: `${title}.txt`, storedName: '', sha256: id, importedAt: '', length: 0, words: 0, extraction: {}, attributes: {}, ...EMPTY_METADATA,
});
const code = (id: string, name: string, parentId: string | null = null): CodeRecord => ({
  id, name, color: '#000000', parentId, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '',
});
const coding = (id: string, docId: string, start: number, quote: string, coderId: string): CodingRecord => ({
  id, docId, codeId: 'pledge', start, end: start + quote.length, quote, prefix: '', suffix: '', coderId, createdAt: '',
});
const memo = (id: string, targetType: MemoRecord['targetType'], targetId: string, coderId: string, text: string, at: string, body = plainTextToMemoBody(text)): MemoRecord => ({
  id, targetType, targetId, coderId, text, body, createdAt: at, updatedAt: at,
});
const coders: CoderRecord[] = [
  { id: 'kim', name: 'Kim', color: '#7c3aed' },
  { id: 'lee', name: 'Lee', color: '#0891b2' },
];

describe('the memos export (Markdown)', () => {
  const input = {
    projectName: 'Mayoral race',
    projectId: 'p1',
    exportedAt: '2026-05-04T10:00:00.000Z',
    documents: [doc('d1', 'Courier', 0), doc('d2', 'Ledger', 1)],
    codes: [code('frame', 'framing'), code('pledge', 'pledge', 'frame')],
    codings: [coding('c2', 'd2', 40, 'Crime fell by a fifth', 'lee'), coding('c1', 'd2', 4, 'We will build 4,000 homes', 'kim')],
    coders,
    memos: [
      memo('m1', 'coding', 'c1', 'kim', 'Compare with the 2029 budget.\n\nhousing\nrents', '2026-05-03T14:02:00.000Z', richBody()),
      memo('m2', 'coding', 'c1', 'lee', 'Agree.', '2026-05-03T15:00:00.000Z'),
      memo('m3', 'document', 'd1', 'kim', 'Left-leaning daily.', '2026-05-01T09:00:00.000Z'),
      memo('m4', 'project', 'p1', 'kim', 'Research question: who promises what?', '2026-05-01T08:00:00.000Z'),
      memo('m5', 'code', 'pledge', 'lee', 'Only dated, concrete commitments.', '2026-05-02T08:00:00.000Z'),
      memo('m6', 'coding', 'gone', 'kim', 'On a passage since uncoded.', '2026-05-02T09:00:00.000Z'),
    ],
  };
  const markdown = memosMarkdown(input);

  test('groups memos by target, in the order project, documents, codes, coded passages', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Memos: Mayoral race',
      '## The project',
      '## Documents',
      '### Courier',
      '## Codes',
      '### framing > pledge',
      '## Coded passages',
      '### Ledger',
      '#### framing > pledge, coded by Kim',
      '## Memos on removed items',
      '### On a removed coding',
    ]);
    expect(markdown).toContain('6 memos, exported from Framewise on 2026-05-04 10:00 UTC.');
  });

  test('keeps rich text as Markdown and names each memo’s coder and date', () => {
    expect(markdown).toContain('**Kim**, written 2026-05-03 14:02 UTC\n\nCompare with **the 2029 budget**.\n\n- housing\n- rents');
    expect(markdown).toContain('> We will build 4,000 homes');
    // Two coders' memos on one passage, in the order they were written.
    expect(markdown.indexOf('**Kim**, written 2026-05-03 14:02')).toBeLessThan(markdown.indexOf('**Lee**, written 2026-05-03 15:00 UTC\n\nAgree.'));
    expect(markdown).toContain('**Lee**, written 2026-05-02 08:00 UTC\n\nOnly dated, concrete commitments.');
  });

  test('a passage or a name that looks like Markdown is escaped, and an unreadable body falls back to its text', () => {
    const tricky = memosMarkdown({
      ...input,
      documents: [doc('d1', '#1 *Courier* _daily_ snake_case', 0)],
      codings: [],
      memos: [memo('m1', 'document', 'd1', 'kim', 'Plain words survive.', '2026-05-01T09:00:00.000Z', '{"root": "not lexical"}')],
    });
    expect(tricky).toContain('### \\#1 \\*Courier\\* \\_daily\\_ snake_case');
    expect(tricky).toContain('Plain words survive.');
  });

  test('markup typed or pasted into a memo is written as text: a Markdown viewer shows it and runs nothing', () => {
    const typed = '<img src=x onerror="alert(1)"> and <script>alert(2)</script> & *stars* [link](javascript:alert(3))';
    const exported = memosMarkdown({
      ...input,
      codings: [],
      memos: [
        memo('m1', 'project', 'p1', 'kim', typed, '2026-05-01T09:00:00.000Z'),
        // A body that does not parse falls back to its plain text, escaped the same way.
        memo('m2', 'project', 'p1', 'lee', '<iframe src="x"></iframe>', '2026-05-01T10:00:00.000Z', '{"root": "not lexical"}'),
        memo('m3', 'project', 'p1', 'lee', '# not a heading\n- not a list\n> not a quote', '2026-05-01T11:00:00.000Z'),
      ],
    });
    expect(exported).not.toMatch(/(?<!\\)<(img|script|iframe)/u);
    // Rendered by a viewer that allows raw HTML, the memo is still only text, as typed.
    const html = new MarkdownIt({ html: true }).render(exported);
    expect(html).not.toMatch(/<(img|script|iframe)/u);
    const shown = html.replace(/<[^>]+>/gu, '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#91;/gu, '[').replace(/&amp;/gu, '&');
    expect(shown).toContain(typed);
    expect(shown).toContain('<iframe src="x"></iframe>');
    expect(html).not.toContain('<a ');
    expect(html).not.toMatch(/<(li|blockquote)>/u);
    expect(html.match(/<h1>/gu)).toHaveLength(1);
    expect(shown).toContain('# not a heading');
  });

  test('a title, quote or unreadable memo whose lines look like Markdown is written as text', () => {
    const title = 'Report\n1) list\n---';
    const quote = 'Said:\n2) second\n===\n~~~\n+ plus';
    const fallback = 'Notes\n1) one\n- - -\n~~struck~~';
    const exported = memosMarkdown({
      ...input,
      documents: [doc('d1', title, 0)],
      codings: [coding('c1', 'd1', 0, quote, 'kim')],
      memos: [
        memo('m1', 'document', 'd1', 'kim', fallback, '2026-05-01T09:00:00.000Z', '{"root": "not lexical"}'),
        memo('m2', 'coding', 'c1', 'kim', 'On the quote.', '2026-05-01T10:00:00.000Z'),
      ],
    });
    const html = new MarkdownIt({ html: true }).render(exported);
    expect(html).not.toMatch(/<(ol|ul|li|hr|pre|s)>/u);
    expect(html.match(/<h1>/gu)).toHaveLength(1);
    // The coded passage is the one block quote, and no line of it became a heading inside it.
    expect(html.match(/<blockquote>/gu)).toHaveLength(1);
    expect(html.match(/<h[1-6]>/gu)).toHaveLength(exported.split('\n').filter((line) => /^#{1,6} /u.test(line)).length);
    const shown = html.replace(/<[^>]+>/gu, '');
    for (const line of [...title.split('\n'), ...quote.split('\n'), ...fallback.split('\n')]) expect(shown).toContain(line);
  });

  test('an edited memo says when it was edited', () => {
    const edited = memosMarkdown({ ...input, memos: [{ ...memo('m', 'project', 'p1', 'kim', 'x', '2026-05-01T08:00:00.000Z'), updatedAt: '2026-05-02T09:30:00.000Z' }] });
    expect(edited).toContain('**Kim**, written 2026-05-01 08:00 UTC, edited 2026-05-02 09:30 UTC');
  });
});
