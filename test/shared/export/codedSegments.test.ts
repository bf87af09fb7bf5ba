import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CODED_SEGMENT_COLUMNS, CodedSegmentOffsetError, codedSegmentsCsv, codedSegmentsTable, type CodedSegmentsInput } from '../../../shared/export/codedSegments';
import { EMPTY_METADATA, type CodeRecord, type CodingRecord, type DocumentRecord } from '../../../shared/model';
import { capturePassage } from '../../../shared/text/passageContext';

const text = 'Intro 😀 line\n\nWe will cut jail\npopulation by 30%.\n\nEnd.';

function doc(id: string, order: number, attributes: DocumentRecord['attributes']): DocumentRecord {
  return {
    id,
    title: `Doc ${id}`,
    format: 'txt',
    fileName: `${id}.txt`,
    storedName: '',
    sha256: id.repeat(64).slice(0, 64),
    order,
    importedAt: '2026-01-01T00:00:00.000Z',
    length: text.length,
    words: 9,
    extraction: {},
    ...EMPTY_METADATA,
    attributes,
  };
}

const parent: CodeRecord = { id: 'c0', name: 'framing', color: '#000000', parentId: null, order: 0, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' };
const pledge: CodeRecord = { id: 'c1', name: 'pledge', color: '#2563eb', parentId: 'c0', order: 1, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' };
const metric: CodeRecord = { id: 'c2', name: 'metric', color: '#b45309', parentId: null, order: 2, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '' };

function coding(id: string, docId: string, codeId: string, quote: string): CodingRecord {
  const start = text.indexOf(quote);
  return { id, docId, codeId, start, end: start + quote.length, ...capturePassage(text, start, start + quote.length), coderId: 'k1', createdAt: '2026-02-03T04:05:06.000Z' };
}

const input: CodedSegmentsInput = {
  projectName: 'Study',
  documents: [
    { record: doc('b', 0, { leaning: 'left', year: 2017 }), text },
    { record: doc('a', 1, { leaning: 'right', verified: true }), text },
  ],
  codes: [parent, pledge, metric],
  coders: [{ id: 'k1', name: 'Ana', color: '#000000' }],
  codings: [
    coding('x3', 'a', 'c2', '30%'),
    coding('x1', 'b', 'c2', '30%'),
    coding('x2', 'b', 'c1', 'We will cut jail\npopulation by 30%.'),
  ],
  codingMemos: new Map([['x2', 'Quoted from the questionnaire']]),
};

describe('coded segments table', () => {
  test('one row per coding, documents in project order, then by position', () => {
    const { rows } = codedSegmentsTable(input);
    expect(rows.map((r) => [r.document_id, r.code])).toEqual([
      ['b', 'pledge'],
      ['b', 'metric'],
      ['a', 'metric'],
    ]);
  });

  test('columns: the fixed ones, then one attr_ column per attribute of any document', () => {
    const { columns } = codedSegmentsTable(input);
    expect(columns).toEqual([...CODED_SEGMENT_COLUMNS, 'attr_leaning', 'attr_verified', 'attr_year']);
  });

  test('a row says the passage, its path in the code tree, coder, memo and attributes', () => {
    const row = codedSegmentsTable(input).rows[0]!;
    expect(row).toMatchObject({
      project: 'Study',
      document_title: 'Doc b',
      document_file: 'b.txt',
      code: 'pledge',
      code_path: 'framing > pledge',
      coder: 'Ana',
      created_at: '2026-02-03T04:05:06.000Z',
      text: 'We will cut jail\npopulation by 30%.',
      memo: 'Quoted from the questionnaire',
      attr_leaning: 'left',
      attr_year: 2017,
      attr_verified: '',
    });
  });

  test('code-point offsets are one less than UTF-16 offsets after the emoji, and both slice the passage', () => {
    for (const row of codedSegmentsTable(input).rows) {
      expect(row.start_utf16 as number).toBe((row.start_cp as number) + 1);
      expect(text.slice(row.start_utf16 as number, row.end_utf16 as number)).toBe(row.text);
      expect([...text].slice(row.start_cp as number, row.end_cp as number).join('')).toBe(row.text);
    }
  });

  test('the CSV parses back to the same rows, newlines inside passages kept', () => {
    const csv = codedSegmentsCsv(input, { spreadsheetSafe: false });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[0]!.text).toBe('We will cut jail\npopulation by 30%.');
    expect(parsed.data[2]!.attr_verified).toBe('true');
  });

  test('each row carries its document’s author, date, outlet and URL, between the memo and the attributes', () => {
    const withSource: CodedSegmentsInput = {
      ...input,
      documents: [
        { record: { ...doc('b', 0, { leaning: 'left' }), author: 'Kim Lee', date: '2017-05-16', source: 'The Riverton Courier', url: 'https://courier.example/da' }, text },
        { record: doc('a', 1, {}), text },
      ],
    };
    const { columns } = codedSegmentsTable(withSource);
    expect(columns.slice(columns.indexOf('memo'), columns.indexOf('memo') + 6)).toEqual([
      'memo',
      'document_author',
      'document_date',
      'document_source',
      'document_url',
      'attr_leaning',
    ]);
    const parsed = Papa.parse<Record<string, string>>(codedSegmentsCsv(withSource, { spreadsheetSafe: false }), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => [r.document_id, r.document_author, r.document_date, r.document_source, r.document_url])).toEqual([
      ['b', 'Kim Lee', '2017-05-16', 'The Riverton Courier', 'https://courier.example/da'],
      ['b', 'Kim Lee', '2017-05-16', 'The Riverton Courier', 'https://courier.example/da'],
      ['a', '', '', '', ''],
    ]);
  });
});

describe('a coding whose offsets cannot be exported', () => {
  const emoji = text.indexOf('😀');
  // A coding that ends between the two halves of the emoji (as a boundary dragged by one UTF-16 unit
  // could once leave it).
  const split: CodingRecord = { ...coding('bad', 'a', 'c2', 'Intro 😀'), end: emoji + 1 };

  test('the error names the document, its file, the code and the passage, so it can be found and fixed', () => {
    const broken = { ...input, codings: [...input.codings, split] };
    expect(() => codedSegmentsTable(broken)).toThrow(CodedSegmentOffsetError);
    expect(() => codedSegmentsTable(broken)).toThrow(
      'The metric coding on “Intro 😀” (UTF-16 offsets 0–7) in the document “Doc a” (a.txt) ends inside a character (between the two halves of an emoji or other character). Nothing was exported: open the document, move that coding’s ends or remove it, then export again.',
    );
    try {
      codedSegmentsTable(broken);
    } catch (error) {
      expect(error).toMatchObject({ docId: 'a', codingId: 'bad' });
    }
  });

  test('one outside the text says so', () => {
    const outside: CodingRecord = { ...coding('far', 'b', 'c1', '30%'), start: text.length - 2, end: text.length + 5 };
    expect(() => codedSegmentsTable({ ...input, codings: [outside] })).toThrow(/^The pledge coding on “.*” \(UTF-16 offsets 54–61\) in the document “Doc b” \(b\.txt\) lies outside the document’s text\. Nothing was exported/u);
  });

  test('codings with an emoji at either end export with code-point offsets that slice the same passage', () => {
    const both = 'x 😀 middle 😀 y';
    const start = both.indexOf('😀');
    const end = both.lastIndexOf('😀') + 2;
    const ends: CodingRecord = { id: 'e', docId: 'b', codeId: 'c2', start, end, ...capturePassage(both, start, end), coderId: 'k1', createdAt: '' };
    const [row] = codedSegmentsTable({ ...input, documents: [{ record: doc('b', 0, {}), text: both }], codings: [ends] }).rows;
    expect(row).toMatchObject({ text: '😀 middle 😀', start_cp: 2, end_cp: 12, start_utf16: 2, end_utf16: 14 });
    expect([...both].slice(row!.start_cp as number, row!.end_cp as number).join('')).toBe('😀 middle 😀');
  });
});
