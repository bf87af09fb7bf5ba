import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CODED_SEGMENT_COLUMNS } from '../../../shared/export/codedSegments';
import { retrieveCsv } from '../../../shared/export/retrieveCsv';
import { retrieveReportHtml } from '../../../shared/export/retrieveReport';
import { describeQuery } from '../../../shared/retrieve/describeQuery';
import { retrieveColumns } from '../../../shared/retrieve/retrieveColumns';
import { EMPTY_RETRIEVE_QUERY } from '../../../shared/retrieve/retrieveQuery';
import { code, codingOf, doc, project, set } from '../analysis/fixtures';

const A = 'Intro 😀 line.\n\nThe DA said <script>alert("x")</script> & left.';
const B = 'We will end cash bail.';
const codes = [code('crit', 'criticism'), code('pledge', 'pledge', null, 1)];
const codings = [
  codingOf(A, 'a', 'crit', 'The DA said <script>alert("x")</script>', 'k1', 0, 'c1'),
  codingOf(A, 'a', 'crit', '<script>alert("x")</script> & left.', 'k2', 0, 'c2'),
  codingOf(A, 'a', 'pledge', '& left', 'k1', 0, 'p1'),
  codingOf(B, 'b', 'crit', 'cash bail', 'k1', 0, 'c3'),
];
const documents = [doc('a', 0, A, { leaning: 'right' }, { title: 'Profile <b>bold</b>', date: '2022', source: 'Watchdog' }), doc('b', 1, B, { leaning: 'left' })];
const sets = [set('s1', 'All', ['a', 'b']), set('s2', 'Left', ['b'])];
const { rows, index } = project({ documents, codes, codings, sets, texts: { a: A, b: B } });
const query = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['crit'] };
const bySets = retrieveColumns(index, query, { kind: 'sets', setIds: [] });
const base = {
  projectName: 'DA framing',
  documents,
  codes,
  coders: rows.coders,
  codings,
  codingMemos: new Map([
    ['c1', 'Sarcastic <i>tone</i>'],
    ['c2', 'Quotes the DA'],
  ]),
  text: (id: string) => ({ a: A, b: B })[id],
};

describe('Retrieve CSV', () => {
  const csv = retrieveCsv({ ...base, columns: bySets.columns, grouped: true }, { spreadsheetSafe: false });
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  test('has the coded-segments columns first, then group and other codes, then attributes', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CODED_SEGMENT_COLUMNS, 'group', 'other_codes', 'attr_leaning']);
  });

  test('one row per passage, code and group; a passage in two sets is in both groups', () => {
    expect(parsed.data.map((r) => [r.group, r.document_id, r.text])).toEqual([
      ['All', 'a', 'The DA said <script>alert("x")</script> & left.'],
      ['All', 'b', 'cash bail'],
      ['Left', 'b', 'cash bail'],
    ]);
  });

  test('a passage joined from two coders\' codings names both, their memos, and exact offsets in both units', () => {
    const row = parsed.data[0]!;
    expect(row).toMatchObject({ code: 'criticism', code_path: 'criticism', coder: 'Ana; Ben', other_codes: 'pledge', attr_leaning: 'right', document_date: '2022' });
    expect(row.memo).toBe('Sarcastic <i>tone</i>\n\nQuotes the DA');
    const start = A.indexOf('The DA');
    expect([Number(row.start_utf16), Number(row.end_utf16)]).toEqual([start, A.length]);
    // The emoji before the passage is two UTF-16 units and one code point.
    expect([Number(row.start_cp), Number(row.end_cp)]).toEqual([start - 1, A.length - 1]);
    expect([...A].slice(Number(row.start_cp), Number(row.end_cp)).join('')).toBe(row.text);
    expect(row.prefix).toBe(A.slice(start - 16, start));
  });
});

describe('Retrieve HTML report', () => {
  const html = retrieveReportHtml({
    ...base,
    columns: bySets.columns,
    grouped: true,
    title: 'Criticism by set',
    queryLines: describeQuery(query, { codes, coders: rows.coders, sets }),
    exportedAt: '2026-12-04T10:00:00.000Z',
    appVersion: '0.1.0',
  });

  test('escapes every piece of project text: a <script> in a quote, markup in a title or memo', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('The DA said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; left.');
    expect(html).toContain('Profile &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('Sarcastic &lt;i&gt;tone&lt;/i&gt;');
  });

  test('says when it was exported as a reader reads a time (day, time, zone), with the instant in its datetime', () => {
    expect(html).toMatch(/exported <time datetime="2026-12-04T10:00:00\.000Z">4 Dec 2026, \d\d:00 [^<]+<\/time>/u);
  });

  test('is one self-contained page with a section per group and each passage\'s source', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<link|src=|@import|https?:/i);
    expect(html).toContain('@media print');
    expect(html.match(/<section>/g)).toHaveLength(2);
    expect(html).toMatch(/<h2 id="group-s1">All<\/h2>\s*<p class="counts">2 passages in 2 documents<\/p>/);
    expect(html).toContain('<dt>Source</dt><dd>Profile &lt;b&gt;bold&lt;/b&gt; — 2022, Watchdog — (a.txt)</dd>');
    expect(html).toContain('<dt>Code</dt><dd>criticism — Ana, Ben</dd>');
    expect(html).toContain('<dt>Attributes</dt><dd>leaning: right</dd>');
    expect(html).toContain('<li>Codes: criticism</li>');
  });

  /** The report of the same coding grouped by `leaning`, whose values are `values`, one document each. */
  function reportByLeaning(values: readonly string[]): string {
    const texts = Object.fromEntries(values.map((_, i) => [`d${i}`, B]));
    const docs = values.map((value, i) => doc(`d${i}`, i, B, { leaning: value }));
    const byLeaning = docs.map((d) => codingOf(B, d.id, 'crit', 'cash bail', 'k1', 0, `x${d.id}`));
    const { index: leaningIndex } = project({ documents: docs, codes, codings: byLeaning, texts });
    return retrieveReportHtml({
      ...base,
      documents: docs,
      codings: byLeaning,
      text: (id) => texts[id],
      columns: retrieveColumns(leaningIndex, query, { kind: 'attribute', name: 'leaning' }).columns,
      grouped: true,
      title: 'By leaning',
      queryLines: [],
      exportedAt: '2026-12-04T10:00:00.000Z',
      appVersion: '0.1.0',
    });
  }

  /** Each group's heading id, and where the navigation link with the same label points. */
  function anchors(report: string): Array<{ label: string; id: string; href: string }> {
    const hrefs = new Map([...report.matchAll(/<a href="#([^"]*)">([^<]*)<\/a>/gu)].map((m) => [m[2]!, m[1]!]));
    return [...report.matchAll(/<h2 id="([^"]*)">([^<]*)<\/h2>/gu)].map((m) => ({ label: m[2]!, id: m[1]!, href: hrefs.get(m[2]!)! }));
  }

  test('every group has its own section id, also for names in other scripts or differing only by punctuation, and its link leads there', () => {
    for (const values of [['левые', 'центр', 'правые'], ['left?', 'left!', 'left.'], ['हिंदी', 'हिंदू']]) {
      const found = anchors(reportByLeaning(values));
      expect(found.map((a) => a.label).sort()).toEqual([...values].sort());
      expect(new Set(found.map((a) => a.id)).size).toBe(values.length);
      for (const { id, href } of found) expect(href).toBe(id);
    }
    // Ids are readable where they can be, and the same in every export of the same result.
    expect(anchors(reportByLeaning(['левые', 'центр'])).map((a) => a.id)).toEqual(['group-s_левые', 'group-s_центр']);
    expect(reportByLeaning(['left?', 'left!'])).toBe(reportByLeaning(['left?', 'left!']));
  });
});
