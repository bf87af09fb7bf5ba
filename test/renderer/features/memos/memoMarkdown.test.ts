import { describe, expect, test } from 'vitest';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLineBreakNode, $createParagraphNode, $createTabNode, $createTextNode, $getRoot, createEditor, type LexicalNode } from 'lexical';
import MarkdownIt from 'markdown-it';
import { memoBodyToMarkdown } from '../../../../renderer/features/memos/memoMarkdown';
import { MEMO_NODES } from '../../../../renderer/features/memos/memoNodes';

/** A memo body as the editor writes it: one paragraph per entry, its lines joined by Shift+Enter. */
function body(build: () => LexicalNode[]): string {
  const editor = createEditor({ nodes: [...MEMO_NODES], onError: (e) => { throw e; } });
  editor.update(() => $getRoot().clear().append(...build()), { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

function paragraphOfLines(lines: readonly string[]): LexicalNode {
  const paragraph = $createParagraphNode();
  lines.forEach((line, i) => {
    if (i > 0) paragraph.append($createLineBreakNode());
    paragraph.append($createTextNode(line));
  });
  return paragraph;
}

/** The memo as a Markdown viewer shows it (GFM tables and strikethrough on, raw HTML allowed). */
const render = (markdown: string) => new MarkdownIt({ html: true }).render(markdown);
const BLOCK_MARKUP = /<(h[1-6]|ul|ol|li|blockquote|hr|pre|code|table|s)\b/u;
const shownText = (html: string) =>
  html.replace(/<[^>]+>/gu, '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

describe('a memo as Markdown', () => {
  test('markup typed at the start of a line after Shift+Enter is text, as typed', () => {
    const lines = ['first line', '# not a heading', '- not a list', '> not quote', '1) not a list', '2. nor this', '+ nor this', '~~~', 'not code', '---', '===', '| a | b |', '|---|---|'];
    const html = render(memoBodyToMarkdown(body(() => [paragraphOfLines(lines)]), lines.join('\n')));
    expect(html).not.toMatch(BLOCK_MARKUP);
    expect(shownText(html).split('\n').filter((line) => line !== '')).toEqual(lines);
  });

  test('a paragraph that starts like a list, heading or rule is text, as typed', () => {
    const paragraphs = ['1) not a list', '12. nor this', '---', '***', '~~~', '~~not struck~~', '<img src=x onerror="alert(1)">', '<script>alert(2)</script>'];
    const markdown = memoBodyToMarkdown(body(() => paragraphs.map((text) => paragraphOfLines([text]))), paragraphs.join('\n'));
    const html = render(markdown);
    expect(html).not.toMatch(BLOCK_MARKUP);
    expect(html).not.toMatch(/<(img|script)/u);
    expect(shownText(html).split('\n').filter((line) => line !== '')).toEqual(paragraphs);
  });

  test('what the editor made still exports as Markdown: bold, bulleted and numbered lists', () => {
    const markdown = memoBodyToMarkdown(
      body(() => [
        $createParagraphNode().append($createTextNode('See '), $createTextNode('# this').toggleFormat('bold'), $createLineBreakNode(), $createTextNode('- and this')),
        $createListNode('bullet').append($createListItemNode().append($createTextNode('housing')), $createListItemNode().append($createTextNode('# rents'))),
        $createListNode('number').append($createListItemNode().append($createTextNode('first'))),
      ]),
      '',
    );
    const html = render(markdown);
    expect(html).toContain('<strong># this</strong>');
    expect(html).toContain('<ul>\n<li>housing</li>\n<li># rents</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>first</li>\n</ol>');
    expect(html).toContain('- and this');
    expect(html.match(/<(ul|ol)>/gu)).toHaveLength(2);
  });

  test('a paragraph or list item indented with spaces or a tab is text as typed, not a code block', () => {
    const markdown = memoBodyToMarkdown(
      body(() => [
        paragraphOfLines(['Quoted from the interview:']),
        paragraphOfLines(['    we were never asked']),
        $createParagraphNode().append($createTextNode('    mattered most').toggleFormat('bold')),
        $createParagraphNode().append($createTabNode(), $createTextNode('# not a heading either')),
        $createListNode('bullet').append($createListItemNode().append($createTextNode('    an indented point'))),
      ]),
      '',
    );
    const html = render(markdown);
    // The list is the one block the memo has; nothing else is read as markup.
    expect(html).not.toMatch(/<(pre|code|h[1-6]|blockquote)\b/u);
    expect(html).toContain('<strong>');
    expect(shownText(html).split('\n').map((line) => line.trim()).filter((line) => line !== '')).toEqual([
      'Quoted from the interview:',
      'we were never asked',
      'mattered most',
      '# not a heading either',
      'an indented point',
    ]);
  });
});
