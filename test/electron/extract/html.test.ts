import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../../electron/extract/extractor';

const encode = (text: string) => new TextEncoder().encode(text);
const html = (source: string | Uint8Array) => extractDocument({ fileName: 'page.html', format: 'html', bytes: typeof source === 'string' ? encode(source) : source });

const NEWS_PAGE = `<!doctype html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Council approves budget | The Riverton Courier</title>
  <meta name="author" content="Dana Whitfield">
  <meta property="article:published_time" content="2024-03-05T18:40:00-05:00">
  <meta property="og:site_name" content="The Riverton Courier">
  <link rel="canonical" href="https://courier.example/2024/budget">
  <style>p { color: red } .ad::after { content: "Buy now" }</style>
  <script>document.write("<p>injected by script</p>"); window.tracking = "<b>x</b>";</script>
</head>
<body>
  <header><a href="/">The Riverton Courier</a> <h1>Riverton Courier</h1></header>
  <nav><ul><li><a href="/">Home</a><li><a href="/politics">Politics</a></ul></nav>
  <main>
    <article>
      <header><h1>Council approves   budget</h1><p class="byline">By Dana Whitfield</p></header>
      <p>The council approved the
         budget on <b>Tuesday</b>, 7&ndash;2.</p>
      <p>“We kept our pledge,” the mayor said.<br>Opponents disagreed.</p>
      <p hidden>Hidden paragraph.</p>
      <div aria-hidden="true">Screen readers skip this.</div>
      <p style="color: grey; display: none">Display none.</p>
      <span style="visibility:hidden">Invisible.</span>
      <template><p>Template content.</p></template>
      <noscript>Please enable JavaScript.</noscript>
      <aside>Related: five other stories</aside>
      <ul><li>First point</li><li>Second point</li></ul>
      <table><tr><th>Votes for</th><td>7</td></tr></table>
      <pre>  indented
    code</pre>
      <footer>Filed under: politics</footer>
    </article>
  </main>
  <aside>Most read</aside>
  <footer>© 2024 Riverton Courier</footer>
  <script>alert("never runs")</script>
</body></html>`;

describe('HTML pages', () => {
  test('extracts the article as paragraphs, without chrome, scripts, styles or hidden content', async () => {
    const { text } = await html(NEWS_PAGE);
    expect(text).toBe(
      [
        'Council approves budget',
        'By Dana Whitfield',
        'The council approved the budget on Tuesday, 7–2.',
        '“We kept our pledge,” the mayor said.\nOpponents disagreed.',
        'First point',
        'Second point',
        'Votes for',
        '7',
        '  indented\n    code',
        'Filed under: politics',
      ].join('\n\n'),
    );
    for (const absent of ['injected', 'tracking', 'Home', 'Politics', 'Hidden', 'Screen readers', 'Display none', 'Invisible', 'Template', 'JavaScript', 'Related', 'Most read', '© 2024', 'never runs', 'color']) {
      expect(text).not.toContain(absent);
    }
  });

  test('takes the title from <title> and the byline, date, outlet and address from the meta tags', async () => {
    const extracted = await html(NEWS_PAGE);
    expect(extracted.title).toBe('Council approves budget | The Riverton Courier');
    expect(extracted.metadata).toEqual({
      author: 'Dana Whitfield',
      date: '2024-03-05',
      source: 'The Riverton Courier',
      url: 'https://courier.example/2024/budget',
    });
    expect(extracted.extraction).toEqual({ encoding: 'UTF-8' });
  });

  test('without <title>, the first <h1> is the title; schema.org JSON-LD fills the metadata, read as data', async () => {
    const extracted = await html(`<body><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
      {"@type":"NewsArticle","datePublished":"2023-11-02","author":[{"@type":"Person","name":"Sam Ortiz"}],"publisher":{"name":"Daily Ledger"}}]}</script>
      <h1>Strike   ends</h1><p>Workers return.</p></body>`);
    expect(extracted.title).toBe('Strike ends');
    expect(extracted.text).toBe('Strike ends\n\nWorkers return.');
    expect(extracted.metadata).toEqual({ author: 'Sam Ortiz', date: '2023-11-02', source: 'Daily Ledger' });
  });

  test('a page without <article> or <main> keeps all visible text except the page chrome', async () => {
    const { text } = await html('<body><nav>Menu</nav><div>First<div>nested</div>after</div><p>Second<p>Third</body>');
    expect(text).toBe('First\n\nnested\n\nafter\n\nSecond\n\nThird');
  });

  test('an unclosed hidden paragraph ends where the next paragraph begins, as in a browser', async () => {
    const { text } = await html('<p hidden>secret<p>visible<li>item');
    expect(text).toBe('visible\n\nitem');
  });

  test('the charset a page declares is used: a Windows-1251 page and a Latin-1 one', async () => {
    const cyrillic = Uint8Array.from([...encode('<meta charset="windows-1251"><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(await html(cyrillic)).toMatchObject({ text: 'Привет', extraction: { encoding: 'windows-1251 (declared by the page)' } });
    const latin1 = Uint8Array.from([...encode('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Caf'), 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    // Browsers read "iso-8859-1" as Windows-1252 (the WHATWG encoding standard), so curly quotes survive.
    expect((await html(latin1)).text).toBe('Café “ok”');
  });

  test('a charset declared after the first kilobyte of the head is still used, as browsers re-decode when they meet it', async () => {
    const script = `<script>var analytics = "${'x'.repeat(1200)}";</script>`;
    const page = Uint8Array.from([
      ...encode(`<html><head>${script}<meta charset="windows-1251"><title>`), 0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8,
      ...encode('</title></head><body><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...encode('</p></body></html>'),
    ]);
    expect(await html(page)).toMatchObject({ title: 'Новости', text: 'Привет', extraction: { encoding: 'windows-1251 (declared by the page)' } });
    // A meta in the body is not the page's declaration; the page is then read as an undeclared one.
    const inBody = Uint8Array.from([...encode(`<html><head>${script}</head><body><meta charset="windows-1251"><p>Caf`), 0xe9, ...encode('</p>')]);
    expect(await html(inBody)).toMatchObject({ text: 'Café', extraction: { encoding: 'Windows-1252' } });
  });

  test('an undeclared page is UTF-8 when it is valid UTF-8, Windows-1252 otherwise, like a text file', async () => {
    expect(await html('<p>Zürich</p>')).toMatchObject({ text: 'Zürich', extraction: { encoding: 'UTF-8' } });
    expect(await html(Uint8Array.from([...encode('<p>Z'), 0xfc, ...encode('rich</p>')]))).toMatchObject({ text: 'Zürich', extraction: { encoding: 'Windows-1252' } });
    expect(await html(Uint8Array.from([0xff, 0xfe, ...'<p>hi</p>'.split('').flatMap((c) => [c.charCodeAt(0), 0])]))).toMatchObject({ text: 'hi', extraction: { encoding: 'UTF-16 LE' } });
  });

  test('survives 500,000 levels of nesting without a stack overflow', async () => {
    const depth = 500_000;
    const { text } = await html(`<html><body>${'<div>'.repeat(depth)}Deep text${'</div>'.repeat(depth)}<p>After</p></body></html>`);
    expect(text).toBe('Deep text\n\nAfter');
  });

  // A quadratic search of the open elements would take minutes here and hit the test's time limit.
  test('500,000 unclosed and mismatched tags are read (the stack is searched only near its top)', async () => {
    const { text } = await html(`${'<span><b>'.repeat(250_000)}Still here${'</i>'.repeat(250_000)}`);
    expect(text).toBe('Still here');
  }, 20_000);

  test('a binary file named .html and a page with no text are refused with their reasons', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await expect(html(png)).rejects.toThrow('it is not a text file (it contains binary data, as images and programs do).');
    await expect(html('<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>')).rejects.toThrow('it contains no text to code.');
  });

  test('a template, button or select never lets its content out, even holding paragraphs inside an open paragraph or list item', async () => {
    const { text } = await html(
      '<p>Before<template><div>Template div.</div><p>Template paragraph.</p></template> after.</p>' +
        '<ul><li>Item<template><li>Template item.</li></template> end.</li></ul>' +
        '<p>Press <button><p>Button text.</p></button> now.</p>' +
        '<p>Pick <select><option>One<p>Option text.</select> done.</p>' +
        '<p>Odd<template>stray </p>Template tail.</template> end.</p>',
    );
    expect(text).toBe('Before after.\n\nItem end.\n\nPress now.\n\nPick done.\n\nOdd end.');
  });
});
