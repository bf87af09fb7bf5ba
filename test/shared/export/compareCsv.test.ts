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
});

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
