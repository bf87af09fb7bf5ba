import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { readTable } from '../../../electron/extract/extractor';
import { xlsxFile, xlsxParts, zip } from './fixtureFiles';

const encode = (text: string) => new TextEncoder().encode(text);
const csv = (bytes: Uint8Array) => readTable({ fileName: 'survey.csv', format: 'csv', bytes });
const xlsx = (bytes: Uint8Array) => readTable({ fileName: 'survey.xlsx', format: 'xlsx', bytes });

describe('CSV survey exports', () => {
  test('header row names the columns; quoted answers keep their commas and line breaks', async () => {
    const table = await csv(encode('id,answer,age\r\n1,"Taxes are too high, and\r\nservices too few",34\r\n2,Fine,41\r\n'));
    expect(table.columns).toEqual(['id', 'answer', 'age']);
    expect(table.rows).toEqual([
      ['1', 'Taxes are too high, and\r\nservices too few', '34'],
      ['2', 'Fine', '41'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
    expect(table.extraction).toEqual({ encoding: 'UTF-8', delimiter: 'comma' });
  });

  test('headers that repeat a numbered name or differ only in case are still columns of their own, never written over each other', async () => {
    const table = await csv(encode('age,age,age (2),Leaning,leaning\n1,2,3,left,right\n'));
    expect(table.columns).toEqual(['age', 'age (2)', 'age (2) (2)', 'Leaning', 'leaning (2)']);
    expect(table.rows).toEqual([['1', '2', '3', 'left', 'right']]);
  });

  test('a CSV in a Cyrillic code page is refused with advice rather than imported as mojibake', async () => {
    const bytes = iconv.encode('Имя,Возраст,Город\nИван,30,Москва\n', 'cp1251');
    await expect(csv(bytes)).rejects.toThrow(/^its encoding cannot be told with confidence: .* save it as UTF-8/u);
  });

  test('European Excel exports: semicolons, Windows-1252; empty and duplicate headers get names; blank lines skipped', async () => {
    const bytes = Uint8Array.from([...encode('Nr;Antwort;;Antwort\r\n1;Gr'), 0xfc, ...encode('n w'), 0xe4, ...encode('hlen;;\r\n;;;\r\n2;;;\r\n')]);
    const table = await csv(bytes);
    expect(table.columns).toEqual(['Nr', 'Antwort', 'Column 3', 'Antwort (2)']);
    expect(table.rows).toEqual([
      ['1', 'Grün wählen', '', ''],
      ['2', '', '', ''],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
    expect(table.extraction).toEqual({ encoding: 'Windows-1252', delimiter: 'semicolon' });
  });

  test('rows shorter or longer than the header are padded to the widest row', async () => {
    const table = await csv(encode('id,answer\n1,Yes,extra\n2\n'));
    expect(table.columns).toEqual(['id', 'answer', 'Column 3']);
    expect(table.rows).toEqual([
      ['1', 'Yes', 'extra'],
      ['2', '', ''],
    ]);
  });

  test('a file of one column (a header cell, then an answer per line) keeps the commas inside its answers', async () => {
    const table = await csv(encode('answer\nYes, I think so\nNo\n"Quoted, and\non two lines"\n'));
    expect(table.columns).toEqual(['answer']);
    expect(table.rows).toEqual([['Yes, I think so'], ['No'], ['Quoted, and\non two lines']]);
    expect(table.extraction.delimiter).toBe('none (one column)');
    // A header with its own separator is a table of several columns, read as before.
    expect((await csv(encode('id,answer\n1,Yes, I think so\n'))).columns).toEqual(['id', 'answer', 'Column 3']);
  });

  test('a quoted field that never closes, and a binary file named .csv, are refused', async () => {
    await expect(csv(encode('id,answer\n1,"never closed\n2,next\n'))).rejects.toThrow(/not a well-formed CSV file: a quoted field that starts in row 2 is never closed/);
    await expect(csv(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]))).rejects.toThrow(/not a text file/);
  });
});

describe('Excel workbooks (.xlsx)', () => {
  test('the first sheet: strings, numbers, dates as ISO dates, booleans; empty rows skipped but counted', async () => {
    const table = await xlsx(
      xlsxFile([
        ['respondent', 'answer', 'interviewed', 'consent'],
        ['R1', 'Housing is\nunaffordable.', new Date('2024-01-15T00:00:00Z'), true],
        [null, null, null, null],
        ['R2', 'More buses, please.', new Date('2024-01-16T00:00:00Z'), false],
        [17, 'Numbers as ids', null, null],
      ]),
    );
    expect(table.columns).toEqual(['respondent', 'answer', 'interviewed', 'consent']);
    expect(table.rows).toEqual([
      ['R1', 'Housing is\nunaffordable.', '2024-01-15', 'TRUE'],
      ['R2', 'More buses, please.', '2024-01-16', 'FALSE'],
      ['17', 'Numbers as ids', '', ''],
    ]);
    expect(table.rowNumbers).toEqual([2, 4, 5]);
  });

  test('an .xls renamed (or password-protected .xlsx), a zip without a workbook, a truncated and a corrupt workbook are refused', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(xlsx(ole)).rejects.toThrow(/either protected by a password or an older Excel 97-2003 \(\.xls\) workbook renamed/);
    await expect(xlsx(zip({ 'notes.txt': 'hello' }))).rejects.toThrow('it is not an Excel workbook: it is a zip archive without the parts an .xlsx has.');
    const whole = xlsxFile([['a'], ['b']]);
    await expect(xlsx(whole.subarray(0, whole.length - 50))).rejects.toThrow(/damaged or incomplete: the parts of this Excel workbook cannot be unpacked/);
    const parts = xlsxParts([['a'], ['b']]);
    parts['xl/worksheets/sheet1.xml'] = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0';
    await expect(xlsx(zip(parts))).rejects.toThrow(/damaged: its first sheet cannot be read/);
  });

  test('a sheet XML with a DOCTYPE is refused before the spreadsheet reader sees it', async () => {
    const parts = xlsxParts([['a'], ['b']]);
    parts['xl/sharedStrings.xml'] = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${parts['xl/sharedStrings.xml']!.replace(/^<\?xml[^>]*>\n/, '')}`;
    await expect(xlsx(zip(parts))).rejects.toThrow('it is not a well-formed Excel workbook: its part “xl/sharedStrings.xml” declares a DOCTYPE, which no real Excel workbook does.');
  });
});
