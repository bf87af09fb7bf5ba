import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CODED_SEGMENT_COLUMNS, codedSegmentsCsv, codedSegmentsTable, type CodedSegmentsInput } from '../../../shared/export/codedSegments';
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
