import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { EMPTY_DOCUMENT_FILTER } from '../../../shared/library/documentFilter';
import { compareTable } from '../../../shared/stats/compare';
import { compareIntervals } from '../../../shared/stats/compareIntervals';
import { compareTest } from '../../../shared/stats/compareTest';
import { COMPARE_CSV_COLUMNS, compareCsv } from '../../../shared/export/compareCsv';
import { code, codingOf, doc, project } from '../analysis/fixtures';

const A = 'We will cut jail. Crime rose.\n\nThe office failed.';
const B = 'We will end bail. It failed.';
const { index } = project({
  documents: [doc('a', 0, A, { leaning: 'right' }), doc('b', 1, B, { leaning: 'left' })],
  codes: [code('p', 'pledge', null, 0), code('c', '#criticism, "sharp"', null, 1)],
  codings: [codingOf(A, 'a', 'p', 'We will cut jail.'), codingOf(A, 'a', 'c', 'Crime rose.'), codingOf(A, 'a', 'c', 'The office failed.'), codingOf(B, 'b', 'p', 'We will end bail.')],
  texts: { a: A, b: B },
});
const table = compareTable(index, { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] });
const intervalOptions = { resamples: 500, seed: 2024 };
const csv = compareCsv({
  table,
  intervals: compareIntervals(table, intervalOptions),
  intervalOptions,
  test: compareTest(table),
  appVersion: '0.1.0',
  exportedAt: '2026-12-04T10:00:00.000Z',
  projectName: 'DA framing',
  coderNames: new Map(),
}, { spreadsheetSafe: false });

describe('tidy Compare CSV', () => {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: '#', skipEmptyLines: true });

  test('one record per row × group × measure, with the columns a tidy reader expects', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...COMPARE_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(2 * 2 * 5);
  });

  test('its counts are the table\'s, and a code name with # and quotes survives', () => {
    const record = parsed.data.find((r) => r.row === '#criticism, "sharp"' && r.group === 'right' && r.measure === 'passages')!;
    expect(record).toMatchObject({ row_kind: 'code', value: '2', documents: '1' });
    const words = parsed.data.find((r) => r.row === 'pledge' && r.group === 'left' && r.measure === 'words')!;
    expect(Number(words.value)).toBe(table.cells[0]![0]!.words);
    expect(csv).toContain('"#criticism, ""sharp"""');
  });

  test('the header block says how to reproduce a number: version, date, seed, resamples, grouping', () => {
    const header = csv.split('\r\n').filter((line) => line.startsWith('#'));
    expect(header).toContain('# app_version: 0.1.0');
    expect(header).toContain('# exported_at: 2026-12-04T10:00:00.000Z');
    expect(header.find((l) => l.startsWith('# interval:'))).toContain('resamples: 500, seed: 2024');
    expect(header.find((l) => l.startsWith('# groups:'))).toContain('leaning');
    const json = JSON.parse(header.find((l) => l.startsWith('# settings_json: '))!.slice('# settings_json: '.length));
    expect(json.settings).toEqual(table.settings);
    expect(json.intervals).toEqual(intervalOptions);
  });
});

describe('an empty Compare table', () => {
  // No code yet, or a filter that leaves no document: still a file R and pandas read as zero records.
  const empty = compareTable(index, { rows: { kind: 'codes', codeIds: ['no-such-code'], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] });

  test.each([false, true])('is its header lines and the header record, with no blank record after it (for Excel: %s)', (spreadsheetSafe) => {
    expect(empty.rows).toEqual([]);
    const text = compareCsv({ table: empty, intervals: null, intervalOptions: null, test: compareTest(empty), appVersion: '0.1.0', exportedAt: '2026-12-04T10:00:00.000Z', projectName: 'DA framing', coderNames: new Map() }, { spreadsheetSafe });
    const records = text.split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(Papa.parse<string[]>(records.at(-2)!).data[0]).toEqual([...COMPARE_CSV_COLUMNS]);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true, ...(spreadsheetSafe ? {} : { comments: '#' }) }).data;
    expect(parsed.at(-1)).toEqual([...COMPARE_CSV_COLUMNS]);
    expect(parsed.slice(0, -1).every((record) => record.length === 1 && record[0]!.startsWith('# '))).toBe(true);
  });
});

describe('the Compare CSV for Excel', () => {
  // Code names and attribute values can come from a stranger's REFI-QDA file.
  const C = 'Cuts hurt. Costs rose.';
  const hostile = project({
    documents: [doc('c', 0, C, { leaning: '@risk' })],
    codes: [code('n', '-negative', null, 0), code('f', '=HYPERLINK("http://x","y")', null, 1)],
    codings: [codingOf(C, 'c', 'n', 'Cuts hurt.'), codingOf(C, 'c', 'f', 'Costs rose.')],
    texts: { c: C },
  }).index;
  const hostileTable = compareTable(hostile, { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: ['k1'] });
  const input = { table: hostileTable, intervals: null, intervalOptions: null, test: compareTest(hostileTable), appVersion: '0.1.0', exportedAt: '2026-12-04T10:00:00.000Z', projectName: 'DA framing', coderNames: new Map([['k1', 'Ana, =1+1']]) };
  const excel = compareCsv(input, { spreadsheetSafe: true });
  const records = Papa.parse<string[]>(excel, { skipEmptyLines: true }).data;
  const headerAt = records.findIndex((r) => r[0] === 'row_kind');

  test('defuses a row, path or group a spreadsheet would run as a formula, and keeps numbers as numbers', () => {
    const table = Papa.parse<Record<string, string>>(records.slice(headerAt).map((r) => Papa.unparse([r])).join('\r\n'), { header: true }).data;
    expect(new Set(table.map((r) => r.row))).toEqual(new Set(["'-negative", `'=HYPERLINK("http://x","y")`]));
    expect(new Set(table.map((r) => r.row_path))).toEqual(new Set(["'-negative", `'=HYPERLINK("http://x","y")`]));
    expect(new Set(table.map((r) => r.group))).toEqual(new Set(["'@risk"]));
    expect(table.find((r) => r.row === "'-negative" && r.measure === 'passages')!.value).toBe('1');
  });

  test('puts each settings line in one cell, so no part of it lands in a cell of its own', () => {
    expect(headerAt).toBeGreaterThan(0);
    for (const line of records.slice(0, headerAt)) {
      expect(line).toHaveLength(1);
      expect(line[0]!.startsWith('# ')).toBe(true);
    }
    expect(records.slice(0, headerAt).map((r) => r[0])).toContain('# coders: Ana, =1+1');
  });

  test('the plain file for R and pandas is unchanged: the names as they are', () => {
    const plain = Papa.parse<Record<string, string>>(compareCsv(input, { spreadsheetSafe: false }), { header: true, comments: '#', skipEmptyLines: true }).data;
    expect(new Set(plain.map((r) => r.row))).toEqual(new Set(['-negative', '=HYPERLINK("http://x","y")']));
  });
});

describe('intervals the table does not have', () => {
  // The place's interval settings run ahead of the worker's answer: ticked, or a new seed typed, while
  // the table on screen (and exported) has none yet. The file must not claim a seed its numbers lack.
  test('with no intervals computed, the header says so and the settings line carries none', () => {
    const text = compareCsv({ table, intervals: null, intervalOptions, test: compareTest(table), appVersion: '0.1.0', exportedAt: '2026-12-04T10:00:00.000Z', projectName: 'DA framing', coderNames: new Map() }, { spreadsheetSafe: false });
    const header = text.split('\r\n').filter((line) => line.startsWith('#'));
    expect(header).toContain('# interval: none computed');
    expect(JSON.parse(header.find((l) => l.startsWith('# settings_json: '))!.slice('# settings_json: '.length)).intervals).toBeNull();
  });
});
