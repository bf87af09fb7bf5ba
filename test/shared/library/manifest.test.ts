import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ManifestError, manifestKey, parseManifest } from '../../../shared/library/manifest';
import { describeImported, describeMatching, matchManifest } from '../../../shared/library/manifestMatching';
import type { ImportedDocument } from '../../../shared/ipc';
import { PRESS_MANIFEST } from '../../fixtures/press';


describe('reading a manifest', () => {
  test('the press texts’ manifest.json: an object with a documents array, paths reduced to file names, attributes typed', () => {
    const manifest = parseManifest(readFileSync(PRESS_MANIFEST, 'utf8'), 'manifest.json');
    expect(manifest.warnings).toEqual([]);
    expect(manifest.entries.map(({ file, attributes }) => [file, attributes.leaning, attributes.year])).toEqual([
      ['00-candidate-questionnaire.txt', 'subject', 2021],
      ['01-station-news.txt', 'center', 2017],
      ['02-watchdog-profile.txt', 'right', 2022],
      ['03-gazette-news.txt', 'center', 2019],
      ['04-progressive-magazine.txt', 'left', 2017],
    ]);
    expect(manifest.entries[1]).toMatchObject({ title: 'TV station news: the DA-elect met other big-city prosecutors', metadata: {} });
    expect(Object.keys(manifest.entries[1]!.attributes).sort()).toEqual(['genre', 'leaning', 'notes', 'voice', 'year']);
  });

  test('a generated corpus’s manifest: a plain array', () => {
    const manifest = parseManifest(
      JSON.stringify([{ file: 'doc_0001.html', title: 'One', leaning: 'left', genre: 'news', year: 2019, words: 812 }]),
      'manifest.json',
    );
    expect(manifest.entries).toEqual([{ file: 'doc_0001.html', title: 'One', metadata: {}, attributes: { leaning: 'left', genre: 'news', year: 2019, words: 812 } }]);
  });

  test('a CSV with a filename column: author, date, source and url set the document’s fields, empty cells set nothing', () => {
    const csv = 'Filename,Title,Author,Date,Source,URL,leaning,verified\r\n' +
      'C:\\Users\\ana\\news\\Courier-1.TXT,"Jail, and after",Kim Lee,2017-05-16,The Riverton Courier,https://courier.example/1,right,true\r\n' +
      'ledger.txt,,,,,,,\r\n';
    const manifest = parseManifest(csv, 'sources.csv');
    expect(manifest.entries).toEqual([
      {
        file: 'Courier-1.TXT',
        path: 'C:/Users/ana/news/Courier-1.TXT',
        title: 'Jail, and after',
        metadata: { author: 'Kim Lee', date: '2017-05-16', source: 'The Riverton Courier', url: 'https://courier.example/1' },
        attributes: { leaning: 'right', verified: 'true' },
      },
      { file: 'ledger.txt', metadata: {}, attributes: {} },
    ]);
  });

  test('a TSV and a semicolon CSV (as a European Excel saves it) read the same', () => {
    const tsv = parseManifest('file\tleaning\na.txt\tleft\n', 'm.tsv');
    const semicolons = parseManifest('file;leaning\r\na.txt;left\r\n', 'm.csv');
    expect(tsv.entries).toEqual([{ file: 'a.txt', metadata: {}, attributes: { leaning: 'left' } }]);
    expect(semicolons.entries).toEqual(tsv.entries);
  });

  test('a date not written as an ISO date is kept, with a warning that names the row', () => {
    // A day written as people write one is read as the date fields read it; what is no day is kept.
    const manifest = parseManifest('file,date\na.txt,"May 5, 2017"\nb.txt,2017-05\nc.txt,spring 2017\n', 'm.csv');
    expect(manifest.entries.map((e) => e.metadata.date)).toEqual(['2017-05-05', '2017-05', 'spring 2017']);
    expect(manifest.warnings).toEqual(['Row 4: the date “spring 2017” is not written as YYYY-MM-DD (or YYYY-MM, YYYY); it was kept as written.']);
  });

  test('a cell holding only spaces gives no value, as an empty cell does', () => {
    const manifest = parseManifest('file,leaning,author\na.txt,  ,\t\nb.txt,,\n', 'm.csv');
    expect(manifest.entries.map((e) => [e.metadata, e.attributes])).toEqual([
      [{}, {}],
      [{}, {}],
    ]);
    expect(parseManifest(JSON.stringify([{ file: 'a.txt', leaning: '   ' }]), 'm.json').entries[0]?.attributes).toEqual({});
  });

  test('a date with a time sets the document’s date to the calendar day it states', () => {
    const manifest = parseManifest('file,date\na.txt,2017-05-16T08:30:00+02:00\nb.txt,2017-05-16T23:30:00-05:00\n', 'm.csv');
    expect(manifest.entries.map((e) => e.metadata.date)).toEqual(['2017-05-16', '2017-05-16']);
    expect(manifest.warnings).toEqual([]);
  });

  test('a UTF-8 byte-order mark does not hide the file column', () => {
    expect(parseManifest('\uFEFFfile,leaning\na.txt,left\n', 'm.csv').entries[0]?.file).toBe('a.txt');
  });

  test('repeated files, rows without a file name and nested values are warned about, not fatal', () => {
    const manifest = parseManifest(
      JSON.stringify({ documents: [{ file: 'a.txt', leaning: 'left' }, { title: 'no file' }, { file: 'A.TXT', leaning: 'right', tags: ['x'] }, 7] }),
      'm.json',
    );
    expect(manifest.entries.map((e) => [e.file, e.attributes])).toEqual([
      ['a.txt', { leaning: 'left' }],
      ['A.TXT', { leaning: 'right' }],
    ]);
    expect(manifest.warnings).toEqual([
      'Entry 4 is not an object and was ignored.',
      'Entry 2 has no file name and was ignored.',
      'Entry 3: “tags” is a list or an object, not a value, and was ignored.',
      'Entry 3 repeats “A.TXT” (first in entry 1); the later entry is used.',
    ]);
  });

  test('files that are not manifests are refused with the file’s name and what to do', () => {
    expect(() => parseManifest('{"documents": [', 'm.json')).toThrow(ManifestError);
    expect(() => parseManifest('{"documents": [', 'm.json')).toThrow(/“m\.json” is not valid JSON/);
    expect(() => parseManifest('{"files": []}', 'm.json')).toThrow(/“m\.json” holds no list of documents/);
    expect(() => parseManifest('name,leaning\na.txt,left\n', 'm.csv')).toThrow('“m.csv” has no “file” column');
    expect(() => parseManifest('file,leaning\n', 'm.csv')).toThrow('“m.csv” has no entries with a file name.');
  });
});

describe('reading a manifest saved by a spreadsheet', () => {
  test('warnings name the row a spreadsheet shows: blank rows count, line breaks inside a quoted cell do not', () => {
    const manifest = parseManifest('file,notes,date\n\na.txt,"one\ntwo",spring 2017\nb.txt,x,summer 2017\n', 'm.csv');
    expect(manifest.entries.map((e) => e.file)).toEqual(['a.txt', 'b.txt']);
    expect(manifest.warnings).toEqual([
      'Row 3: the date “spring 2017” is not written as YYYY-MM-DD (or YYYY-MM, YYYY); it was kept as written.',
      'Row 4: the date “summer 2017” is not written as YYYY-MM-DD (or YYYY-MM, YYYY); it was kept as written.',
    ]);
  });

  test('a quoted cell never closed is refused, naming the row where it opens', () => {
    expect(() => parseManifest('file,notes\na.txt,ok\nb.txt,"oops\nc.txt,fine\n', 'm.csv')).toThrow(
      /^“m\.csv” could not be read as CSV: row 3 opens a quoted cell that is never closed/,
    );
  });

  test('Excel’s “sep=;” first line names the separator and is not a row', () => {
    const manifest = parseManifest('sep=;\nfile;leaning;date\na.txt;left, mostly;spring 2017\n', 'm.csv');
    expect(manifest.entries).toEqual([{ file: 'a.txt', metadata: { date: 'spring 2017' }, attributes: { leaning: 'left, mostly' } }]);
    expect(manifest.warnings).toEqual(['Row 2: the date “spring 2017” is not written as YYYY-MM-DD (or YYYY-MM, YYYY); it was kept as written.']);
  });

  test('columns with no name (Excel’s trailing separators) give no attribute; values in them are said to be ignored', () => {
    const manifest = parseManifest('file;leaning;;\na.txt;left;;\nb.txt;right;;x\nc.txt;;;y;z\n', 'm.csv');
    expect(manifest.entries.map((e) => e.attributes)).toEqual([{ leaning: 'left' }, { leaning: 'right' }, {}]);
    expect(manifest.warnings).toEqual([
      'Column 4 has no name in the header row; its values (rows 3 and 4) were ignored.',
      'Column 5 has no name in the header row; its values (row 4) were ignored.',
    ]);
  });

  test('a column named twice, in any case, is refused naming both, rather than one silently winning', () => {
    expect(() => parseManifest('file,leaning,Leaning\na.txt,left,right\n', 'm.csv')).toThrow(
      '“m.csv” names one column twice: “leaning” (column 2) and “Leaning” (column 3). Rename or delete one of them, then choose the manifest again.',
    );
    expect(() => parseManifest('file,Date,date\na.txt,2017,2018\n', 'm.csv')).toThrow(/“Date” \(column 2\) and “date” \(column 3\)/);
  });

  test('JSON that does not parse is refused naming the line and column to fix, not a character count', () => {
    const json = '{"documents": [\n  {"file": "a.txt", "leaning": "left"},\n  {"file": "b.txt" "leaning": "right"}\n]}';
    expect(() => parseManifest(json, 'm.json')).toThrow(/^“m\.json” is not valid JSON \(line 3, column 20: [^)]*\)\. Fix the file, or save the manifest as CSV\.$/);
  });

  test('a column of numbers or dates but for a value or two says which, since those values make it text', () => {
    const csv = 'file,age,wave,zip,notes\n' + 'a.txt,34,2017-05,02139,x\n' + 'b.txt,51,2017-06,10001,3\n' + 'c.txt,n/a,2017-07,94103,y\n' + 'd.txt,29,June 2017,60601,z\n';
    expect(parseManifest(csv, 'm.csv').warnings).toEqual([
      '“age” holds numbers but for “n/a” (row 4): as a new attribute it would be text. Correct that value, or empty its cell, to have numbers.',
      '“wave” holds dates but for “June 2017” (row 5): as a new attribute it would be text. Correct that value, or empty its cell, to have dates.',
    ]);
    // A column of ZIP codes is text by design (02139 would lose its zero as a number): nothing to correct.
    // Nor is a column where most values are words ("notes") a column of numbers with typos.
  });

  test('an entry of a JSON manifest naming one attribute twice keeps the first and says so', () => {
    const manifest = parseManifest(JSON.stringify([{ file: 'a.txt', leaning: 'left', Leaning: 'right' }]), 'm.json');
    expect(manifest.entries[0]?.attributes).toEqual({ leaning: 'left' });
    expect(manifest.warnings).toEqual(['Entry 1: “Leaning” names the same field as “leaning” and was ignored.']);
  });
});

describe('matching a manifest to documents', () => {
  const manifest = parseManifest(readFileSync(PRESS_MANIFEST, 'utf8'), 'manifest.json');

  test('by file base name, ignoring case; entries and documents left over are named', () => {
    const documents = [
      { fileName: '01-STATION-NEWS.txt', id: 'b' },
      { fileName: 'notes.txt', id: 'x' },
      { fileName: '00-candidate-questionnaire.txt', id: 'a' },
    ];
    const matching = matchManifest(manifest, documents);
    expect(matching.matches.map((m) => [m.document.id, m.entry.attributes.leaning])).toEqual([
      ['b', 'center'],
      ['a', 'subject'],
    ]);
    expect(matching.unmatchedEntries).toEqual(['02-watchdog-profile.txt', '03-gazette-news.txt', '04-progressive-magazine.txt']);
    expect(matching.documentsWithoutEntry.map((d) => d.id)).toEqual(['x']);
    expect(describeMatching(matching, 2)).toEqual([
      'The manifest described 2 of 3 documents.',
      'No document for 3 manifest entries: 02-watchdog-profile.txt, 03-gazette-news.txt and 1 more.',
      'No manifest entry for 1 document: notes.txt.',
    ]);
  });

  test('an imported document takes the entry’s title, fields and attributes, keeping its own other attributes', () => {
    const imported: ImportedDocument = {
      fileName: 'a.csv',
      path: '/x/a.csv',
      sha256: 'a'.repeat(64),
      storedName: `${'a'.repeat(64)}.csv`,
      format: 'csv',
      title: 'a',
      text: 'text',
      extraction: {},
      metadata: { author: 'From the file', date: '2020' },
      attributes: { respondent: 12, leaning: 'unknown' },
    };
    const entry = parseManifest('file,title,date,leaning\na.csv,Survey,2021-03,left\n', 'm.csv').entries[0]!;
    expect(describeImported(imported, entry)).toMatchObject({
      title: 'Survey',
      metadata: { author: 'From the file', date: '2021-03' },
      attributes: { respondent: 12, leaning: 'left' },
    });
    expect(manifestKey('seeds/Doc.TXT')).toBe('doc.txt');
  });

  test('a file name written with decomposed accents (as macOS gives it) matches the composed one', () => {
    const composed = 'Caf\u00e9.txt';
    const decomposed = 'Cafe\u0301.txt';
    const matching = matchManifest(parseManifest(`file,leaning\n${composed},left\n`, 'm.csv'), [{ fileName: decomposed }]);
    expect(matching.matches).toHaveLength(1);
    expect(manifestKey(decomposed)).toBe(manifestKey(composed));
  });
});
