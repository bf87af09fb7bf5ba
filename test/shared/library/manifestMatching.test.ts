import { describe, expect, test } from 'vitest';
import { parseManifest } from '../../../shared/library/manifest';
import { describeImportBatch, describeMatching, matchManifest } from '../../../shared/library/manifestMatching';
import type { ImportedDocument } from '../../../shared/ipc';

const WAVES = parseManifest('file,wave\nwave1/interview.txt,1\nwave2/interview.txt,2\n', 'waves.csv');

/** A document in the project: its original's stored name tells its file from another of the same name. */
function stored(id: string, fileName: string, storedName = `${id}.txt`) {
  return { id, fileName, storedName };
}

function imported(path: string, extra: Partial<ImportedDocument> = {}): ImportedDocument {
  const fileName = path.split('/').at(-1)!;
  return { fileName, path, sha256: path, storedName: `${path}.txt`, format: 'txt', title: fileName, text: 'text', extraction: {}, ...extra };
}

describe('a file name that two folders hold', () => {
  test('an import: each document takes the entry whose folders its path ends with', () => {
    const { documents, matching } = describeImportBatch(WAVES, [imported('/data/study/wave1/interview.txt'), imported('/data/study/wave2/interview.txt')]);
    expect(documents.map((d) => d.attributes?.wave)).toEqual(['1', '2']);
    expect(describeMatching(matching)).toEqual(['The manifest described 2 of 2 documents.']);
  });

  test('an import of one folder: the entry of the other folder matches no document', () => {
    const matching = matchManifest(WAVES, [imported('/data/study/wave2/interview.txt')]);
    expect(matching.matches.map((m) => m.entry.attributes.wave)).toEqual(['2']);
    expect(matching.unmatchedEntries).toEqual(['wave1/interview.txt']);
  });

  test('documents in the project, which keep no folder: neither entry is applied, and the report says why and what to do', () => {
    const matching = matchManifest(WAVES, [stored('a', 'interview.txt'), stored('b', 'Interview.txt'), stored('c', 'other.txt')]);
    expect(matching.matches).toEqual([]);
    expect(matching.unmatchedEntries).toEqual([]);
    expect(matching.documentsWithoutEntry.map((d) => d.id)).toEqual(['c']);
    expect(matching.ambiguous.map((a) => [a.entries, a.documents.map((d) => d.id)])).toEqual([[['wave1/interview.txt', 'wave2/interview.txt'], ['a', 'b']]]);
    expect(describeMatching(matching)).toEqual([
      'The manifest described 0 of 3 documents.',
      'No manifest entry for 1 document: other.txt.',
      'Not applied, as it cannot be told which document each describes: the entries “wave1/interview.txt” and “wave2/interview.txt”, for the 2 documents named “interview.txt”. ' +
        'Give the files distinct names and import them with the manifest, import each folder with a manifest of its own, or set these documents’ values in the Library.',
    ]);
  });

  test('one entry, two documents of its name: its values go to neither', () => {
    const manifest = parseManifest('file,wave\ninterview.txt,1\n', 'm.csv');
    const matching = matchManifest(manifest, [stored('a', 'interview.txt'), stored('b', 'interview.txt')]);
    expect(matching.matches).toEqual([]);
    expect(matching.ambiguous.map((a) => [a.entries, a.documents.map((d) => d.id)])).toEqual([[['interview.txt'], ['a', 'b']]]);
  });

  test('one entry, two imported documents of its name from other folders than it names: neither', () => {
    const manifest = parseManifest('file,wave\ninterview.txt,1\n', 'm.csv');
    const { documents } = describeImportBatch(manifest, [imported('/d/wave1/interview.txt'), imported('/d/wave2/interview.txt')]);
    expect(documents.map((d) => d.attributes?.wave)).toEqual([undefined, undefined]);
  });

  test('an entry with folders picks its document out of several of its name; the others have no entry', () => {
    const manifest = parseManifest('file,wave\nwave1/interview.txt,1\n', 'm.csv');
    const matching = matchManifest(manifest, [imported('/d/wave1/interview.txt'), imported('/d/wave2/interview.txt')]);
    expect(matching.matches.map((m) => m.document.path)).toEqual(['/d/wave1/interview.txt']);
    expect(matching.documentsWithoutEntry.map((d) => d.path)).toEqual(['/d/wave2/interview.txt']);
    expect(matching.ambiguous).toEqual([]);
  });

  test('the rows of one spreadsheet are one file: the entry naming it describes every row', () => {
    const manifest = parseManifest('file,wave\nsurvey.csv,1\n', 'm.csv');
    const rows = [stored('r1', 'survey.csv', 'same.csv'), stored('r2', 'survey.csv', 'same.csv')];
    expect(matchManifest(manifest, rows).matches.map((m) => m.document.id)).toEqual(['r1', 'r2']);
    const importedRows = [imported('/d/survey.csv', { sha256: '1' }), imported('/d/survey.csv', { sha256: '2' })];
    expect(describeImportBatch(manifest, importedRows).documents.map((d) => d.attributes?.wave)).toEqual(['1', '1']);
  });

  test('a manifest naming one file by two folders is no repeated entry; the same path twice is', () => {
    expect(WAVES.warnings).toEqual([]);
    expect(WAVES.entries.map((e) => [e.file, e.path])).toEqual([['interview.txt', 'wave1/interview.txt'], ['interview.txt', 'wave2/interview.txt']]);
    const repeated = parseManifest('file,wave\nwave1/interview.txt,1\nWave1\\Interview.txt,2\n', 'm.csv');
    expect(repeated.warnings).toEqual(['Row 3 repeats “Interview.txt” (first in row 2); the later entry is used.']);
    expect(matchManifest(repeated, [stored('a', 'interview.txt')]).matches.map((m) => m.entry.attributes.wave)).toEqual(['2']);
  });
});

describe('large numbers in a JSON manifest', () => {
  test('a number with more digits than a double holds is kept as the text written; numbers inside strings are left alone', () => {
    const json = '[{"file": "a.txt", "respondent": 12345678901234567890, "negative":-98765432109876543210, "ratio": 0.12345678901234567891,' +
      ' "note": "id 12345678901234567890 and \\"99999999999999999999\\"", "count": 42, "big": 1e300, "12345678901234567890": true}]';
    const entry = parseManifest(json, 'm.json').entries[0]!;
    expect(entry.attributes).toEqual({
      respondent: '12345678901234567890',
      negative: '-98765432109876543210',
      ratio: '0.12345678901234567891',
      note: 'id 12345678901234567890 and "99999999999999999999"',
      count: 42,
      big: 1e300,
      '12345678901234567890': true,
    });
  });

  test('an invalid JSON manifest is still reported where the editor shows the fault', () => {
    expect(() => parseManifest('[{"file": "a.txt", "id": 12345678901234567890,}]', 'm.json')).toThrow(/line 1, column 4\d/);
  });
});
