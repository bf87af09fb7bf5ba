// The analysis core on the five real documents of the reference corpus (../shared/corpus), coded
// mechanically: every sentence with a figure as "metric", every sentence about police or crime as
// "criticism" (by another coder). Real texts bring what made-up ones lack: curly quotes, bullets,
// dashes, no-break spaces, very long paragraphs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { codedSegmentsCsv } from '../../../shared/export/codedSegments';
import { EMPTY_DOCUMENT_FILTER } from '../../../shared/library/documentFilter';
import { compareTable } from '../../../shared/stats/compare';
import { compareTest } from '../../../shared/stats/compareTest';
import { distinctiveWords } from '../../../shared/stats/distinctiveWords';
import { wordTokens } from '../../../shared/stats/wordTokens';
import { searchCorpus } from '../../../shared/search/corpusSearch';
import { toCanonicalText } from '../../../shared/text/canonical';
import type { CodingRecord } from '../../../shared/model';
import { code, doc, project, rangeCoding } from './fixtures';

const corpus = join(import.meta.dirname, '../../../../shared/corpus');
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { documents: Array<{ file: string; title: string; leaning: string; year: number }> };
const texts: Record<string, string> = {};
const documents = manifest.documents.map((entry, i) => {
  const text = toCanonicalText(readFileSync(join(corpus, entry.file), 'utf8'));
  texts[`d${i}`] = text;
  return doc(`d${i}`, i, text, { leaning: entry.leaning, year: entry.year }, { title: entry.title, fileName: entry.file.split('/').pop()! });
});
const codings: CodingRecord[] = [];
for (const d of documents) {
  const text = texts[d.id]!;
  for (const sentence of text.matchAll(/[^.!?\n]+[.!?]/g)) {
    const start = sentence.index + sentence[0].length - sentence[0].trimStart().length;
    const end = sentence.index + sentence[0].length;
    if (/\d/.test(sentence[0])) codings.push(rangeCoding(text, d.id, 'metric', start, end, 'k1'));
    if (/\b(police|crime)/i.test(sentence[0])) codings.push(rangeCoding(text, d.id, 'criticism', start, end, 'k2'));
  }
}
const { rows, index } = project({ documents, codes: [code('metric', 'metric', null, 0), code('criticism', 'criticism', null, 1)], codings, texts });

describe('analysis on the reference corpus', () => {
  test('words are Intl.Segmenter\'s on every real document (curly quotes, bullets, no-break spaces)', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    for (const d of documents) {
      const expected = [...segmenter.segment(texts[d.id]!)].filter((s) => s.isWordLike).map((s) => [s.index, s.segment.toLowerCase()]);
      expect(wordTokens(texts[d.id]!).map((t) => [t.start, t.term])).toEqual(expected);
    }
  });

  test('Compare by leaning counts what the coded-segments CSV says', () => {
    const table = compareTable(index, { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] });
    expect(table.columns.map((c) => c.label)).toEqual(['center', 'left', 'right', 'subject']);
    const csv = codedSegmentsCsv({ projectName: 'p', documents: documents.map((record) => ({ record, text: texts[record.id]! })), codes: rows.codes, coders: rows.coders, codings, codingMemos: new Map() }, { spreadsheetSafe: false });
    const segments = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    table.rows.forEach((row, r) =>
      table.columns.forEach((column, c) => {
        // Sentences never overlap one another: each coded segment is one passage.
        const mine = segments.filter((s) => s.code === row.label && s[`attr_leaning`] === column.label);
        expect(table.cells[r]![c]!.passages).toBe(mine.length);
        expect(table.cells[r]![c]!.documents).toBe(new Set(mine.map((s) => s.document_id)).size);
      }),
    );
    const { test: chi } = compareTest(table);
    expect(chi!.df).toBe(3);
    expect(chi!.p).toBeGreaterThan(0);
  });

  test('a phrase is found across a no-break space, and counts match a plain scan', () => {
    const docs = documents.map((d) => ({ docId: d.id, text: texts[d.id]! }));
    const phrase = searchCorpus({ pattern: 'one in every', mode: 'phrase', caseInsensitive: true, accentInsensitive: true }, docs);
    expect(phrase.ok && phrase.lines.map((l) => texts[l.docId]!.slice(l.start, l.end))).toEqual(['one\u00a0in every']);
    const word = searchCorpus({ pattern: 'Krasner', mode: 'word', caseInsensitive: true, accentInsensitive: true }, docs);
    const plain = docs.reduce((n, d) => n + [...d.text.matchAll(/(?<![\p{L}\p{N}\p{M}])krasner(?![\p{L}\p{N}\p{M}])/giu)].length, 0);
    expect(word.ok && word.lines.length).toBe(plain);
    expect(plain).toBeGreaterThan(5);
  });

  test('distinctive words of the right against the left give a finite score to every word', () => {
    const ids = (leaning: string) => documents.filter((d) => d.attributes.leaning === leaning).map((d) => d.id);
    const result = distinctiveWords(index, { target: { group: { docIds: ids('right'), coderId: null }, within: null }, reference: { group: { docIds: ids('left'), coderId: null }, within: null }, priorWeight: 100, stopWords: true, top: 10 });
    expect(result.words.length).toBeGreaterThan(200);
    expect(result.words.every((w) => Number.isFinite(w.z))).toBe(true);
    expect(result.topTarget).toHaveLength(10);
    expect(result.topReference).toHaveLength(10);
  });
});
