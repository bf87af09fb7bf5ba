import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../shared/export/csv';

const columns = ['id', 'text'];
const tricky = [
  { id: 1, text: 'plain' },
  { id: 2, text: 'with, comma' },
  { id: 3, text: 'with "quotes"' },
  { id: 4, text: 'two\nlines\r\nand CRLF' },
  { id: 5, text: '=HYPERLINK("http://x","click")' },
  { id: 6, text: '+1 555' },
  { id: 7, text: '-2' },
  { id: 8, text: '@SUM(A1)' },
  { id: 9, text: '\tTabbed' },
  { id: 10, text: '\rCarriage' },
  { id: 11, text: '=1+1\nsecond line' },
  { id: 12, text: '' },
];

describe('CSV (RFC 4180)', () => {
  test('plain CSV round-trips every cell exactly through a real parser', () => {
    const csv = toCsv(columns, tricky, { spreadsheetSafe: false });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.text)).toEqual(tricky.map((row) => row.text));
  });

  test('records end in CRLF and fields with quotes, commas or line breaks are quoted', () => {
    const csv = toCsv(columns, tricky.slice(1, 4), { spreadsheetSafe: false });
    expect(csv).toBe('id,text\r\n2,"with, comma"\r\n3,"with ""quotes"""\r\n4,"two\nlines\r\nand CRLF"\r\n');
  });

  test('spreadsheet-safe CSV defuses every cell a spreadsheet would run as a formula, multi-line ones too', () => {
    const csv = toCsv(columns, tricky, { spreadsheetSafe: true });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    const byId = new Map(parsed.data.map((row) => [row.id, row.text]));
    for (const id of ['5', '6', '7', '8', '9', '10', '11']) expect(byId.get(id)!.startsWith("'")).toBe(true);
    expect(byId.get('11')).toBe("'=1+1\nsecond line");
    expect(byId.get('1')).toBe('plain');
    expect(byId.get('3')).toBe('with "quotes"');
  });

  test('numbers are not treated as formulas', () => {
    const csv = toCsv(['n'], [{ n: -5 }], { spreadsheetSafe: true });
    expect(csv).toBe('n\r\n-5\r\n');
  });

  test("Python's csv module reads the same cells", () => {
    const csv = toCsv(columns, tricky, { spreadsheetSafe: false });
    const script = 'import csv,io,json,sys; print(json.dumps([r["text"] for r in csv.DictReader(io.StringIO(sys.stdin.read(), newline=""))]))';
    const fromPython = JSON.parse(execFileSync('python3', ['-c', script], { input: csv, encoding: 'utf8' })) as string[];
    expect(fromPython).toEqual(tricky.map((row) => row.text));
  });

  test('ends with exactly one CRLF, and every record has the header’s fields, with zero, one or several rows', () => {
    const cases = [[], tricky.slice(0, 1), tricky].flatMap((rows) => [false, true].map((spreadsheetSafe) => ({ rows, csv: toCsv(columns, rows, { spreadsheetSafe }) })));
    for (const { rows, csv } of cases) {
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.endsWith('\r\n\r\n')).toBe(false);
      const parsed = Papa.parse<string[]>(csv, { delimiter: ',' });
      expect(parsed.errors).toEqual([]);
      // papaparse reads the text after the final CRLF as one more, empty, line: nothing else may be empty.
      expect(parsed.data.at(-1)).toEqual(['']);
      expect(parsed.data.slice(0, -1).map((record) => record.length)).toEqual(Array(rows.length + 1).fill(columns.length));
    }
    // One Python for every case: the fields of each record as csv.reader reads them.
    const script = 'import csv,io,json,sys; print(json.dumps([[len(r) for r in csv.reader(io.StringIO(c, newline=""))] for c in json.load(sys.stdin)]))';
    const fromPython = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(cases.map((c) => c.csv)), encoding: 'utf8' })) as number[][];
    expect(fromPython).toEqual(cases.map(({ rows }) => Array(rows.length + 1).fill(columns.length)));
  });

  test('a one-column CSV writes an empty cell as "", not as a blank line that readers skip', () => {
    const csv = toCsv(['note'], [{ note: 'a' }, { note: '' }, { note: null }], { spreadsheetSafe: false });
    expect(csv).toBe('note\r\na\r\n""\r\n""\r\n');
  });
});
