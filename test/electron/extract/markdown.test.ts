import { describe, expect, test } from 'vitest';
import { extractMarkdown } from '../../../electron/extract/markdown';
import { extractDocument } from '../../../electron/extract/extractor';

describe('Markdown: the text a reader sees', async () => {
  test('headings, paragraphs, lists and quotes become paragraphs; the markup is gone', async () => {
    const source = [
      '# Pledges of the *2024* campaign',
      '',
      'The candidate **promised** a [new bridge](https://example.org/bridge "details") and `lower fares`.',
      '',
      '- Build the bridge',
      '- Cut fares',
      '  by half',
      '',
      '> “We will deliver.”',
      '',
      '---',
      '',
      '![Photo of the mayor](mayor.jpg)',
    ].join('\n');
    expect(await extractMarkdown(source)).toEqual({
      title: 'Pledges of the 2024 campaign',
      text: [
        'Pledges of the 2024 campaign',
        'The candidate promised a new bridge and lower fares.',
        'Build the bridge',
        'Cut fares\nby half',
        '“We will deliver.”',
        'Photo of the mayor',
      ].join('\n\n'),
    });
  });

  test('a hard line break (two spaces or a backslash) stays a line break', async () => {
    expect((await extractMarkdown('Roses are red,  \nviolets are blue,\\\nsugar is sweet.')).text).toBe('Roses are red,\nviolets are blue,\nsugar is sweet.');
  });

  test('link definitions carry no text; code blocks keep theirs', async () => {
    const source = '[ref]: https://example.org\n\n```\nconst x = 1;\n```\n\nEnd.';
    expect((await extractMarkdown(source)).text).toBe('const x = 1;\n\nEnd.');
  });

  test('the text inside a block of raw HTML is kept, as the rendered page shows it', async () => {
    const source = '# Project\n\n<div align="center">\nKey paragraph: the survey ran in <b>2023</b>.\n</div>\n\n<div class="note">markup</div>\n\nEnd.';
    expect((await extractMarkdown(source)).text).toBe('Project\n\nKey paragraph: the survey ran in 2023.\n\nmarkup\n\nEnd.');
  });

  test('raw HTML blocks are read like a web page: paragraphs and line breaks kept, scripts, styles, comments and hidden content left out', async () => {
    const source = [
      '<p>First paragraph.</p>',
      '<p>Second<br>line.</p>',
      '<script>document.write("injected")</script>',
      '',
      '<style>p { color: red }</style>',
      '',
      '<!-- an editor note -->',
      '',
      '<div hidden>Hidden draft.</div>',
      '<span aria-hidden="true">Decoration</span>',
      '',
      'Closing words.',
    ].join('\n');
    expect((await extractMarkdown(source)).text).toBe('First paragraph.\n\nSecond\nline.\n\nClosing words.');
  });

  test('a GFM table reads row by row, cells separated by tabs; footnotes keep their text', async () => {
    const source = '| Party | Seats |\n| --- | --- |\n| Green | 12 |\n\nA claim.[^1]\n\n[^1]: Source: the 2023 report.';
    expect((await extractMarkdown(source)).text).toBe('Party\tSeats\nGreen\t12\n\nA claim.\n\nSource: the 2023 report.');
  });

  test('a document without a level-one heading has no title of its own', async () => {
    expect(await extractMarkdown('## Minor heading\n\nText.')).toEqual({ text: 'Minor heading\n\nText.' });
  });

  test('long runs of emphasis markers and deep link nesting are read', async () => {
    expect((await extractMarkdown(`${'*'.repeat(500)}deep${'*'.repeat(500)}`)).text).toContain('deep');
    expect((await extractMarkdown(`${'['.repeat(2000)}x${']'.repeat(2000)}`)).text).toContain('x');
  });

  test('block quotes nested 100 deep are read; 20,000 deep are refused with a reason, never silently cut or crashing', async () => {
    expect((await extractMarkdown(`${'>'.repeat(100)} deep`)).text).toBe('deep');
    const bytes = new TextEncoder().encode(`${'>'.repeat(20_000)} deep`);
    await expect(extractDocument({ fileName: 'deep.md', format: 'md', bytes })).rejects.toThrow(
      'its structure is nested more than 200 levels deep (quotes within quotes, lists within lists), as no real document is; it cannot be read.',
    );
  });

  test('through the extractor: a .md file is decoded (Windows-1252 here) and its encoding recorded', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('# Caf'), 0xe9, 0x0a, 0x0a, ...new TextEncoder().encode('Text.')]);
    expect(await extractDocument({ fileName: 'notes.md', format: 'md', bytes })).toEqual({ title: 'Café', text: 'Café\n\nText.', extraction: { encoding: 'Windows-1252' }, words: 2 });
  });

  test('an inline <br> (as GFM table cells and READMEs write line breaks) is a line break, never glue between words', async () => {
    const source = '| Question | Answer |\n|---|---|\n| Why? | First line<br>second line |\n\nLine one<br/>line two<BR >line three';
    expect((await extractMarkdown(source)).text).toBe('Question\tAnswer\nWhy?\tFirst line\nsecond line\n\nLine one\nline two\nline three');
  });

  test('YAML front matter is the note\'s properties, not its text: its title, author and date become metadata', async () => {
    const source = ['---', 'title: "Interview 7: the harbour"', 'author: Ana Ruiz', 'date: 2021-03-04', 'tags: [fieldwork, harbour]', '---', '', 'The harbour master spoke first.'].join('\n');
    expect(await extractMarkdown(source)).toEqual({
      title: 'Interview 7: the harbour',
      text: 'The harbour master spoke first.',
      metadata: { author: 'Ana Ruiz', date: '2021-03-04' },
    });
    // A thematic break further down is not front matter, and one at the very start without a closing one is not either.
    expect((await extractMarkdown('Intro.\n\n---\n\ntitle: kept\n')).text).toBe('Intro.\n\ntitle: kept');
    expect((await extractMarkdown('---\n\nText after a rule.')).text).toBe('Text after a rule.');
  });
});
