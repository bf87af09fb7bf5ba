import { describe, expect, test } from 'vitest';
import { applyManifestChange } from '../../../shared/changes/manifestChanges';
import { parseManifest } from '../../../shared/library/manifest';
import { describeMatching } from '../../../shared/library/manifestMatching';
import { EMPTY_DOCUMENT_FILTER, documentPredicate } from '../../../shared/library/documentFilter';
import { EMPTY_METADATA, type AttributeDefinition, type DocumentRecord } from '../../../shared/model';

function doc(id: string, attributes: DocumentRecord['attributes'] = {}): DocumentRecord {
  const sha = id.padEnd(64, '0');
  return { id, title: id, format: 'txt', fileName: `${id}.txt`, storedName: `${sha}.txt`, sha256: sha, order: 0, importedAt: '', length: 1, words: 1, extraction: {}, ...EMPTY_METADATA, attributes };
}

function applied(csv: string, documents: DocumentRecord[], definitions: AttributeDefinition[]) {
  const application = applyManifestChange(documents, definitions, parseManifest(csv, 'm.csv'), 'm.csv');
  const after = application.change.changes.filter((c) => c.table === 'documents').map((c) => c.after as DocumentRecord);
  const declared = application.change.changes.filter((c) => c.table === 'attributeDefinitions').map((c) => c.after);
  return { application, after, declared };
}

describe('applying a manifest’s attributes', () => {
  test('a column whose name differs only in case sets the project’s attribute, under its stored spelling', () => {
    const { after, declared } = applied('file,Leaning,Region\na.txt,right,North\nb.txt,left,south\n', [doc('a', { leaning: 'left' }), doc('b')], [{ name: 'leaning', type: 'text' }]);
    expect(declared).toEqual([{ name: 'Region', type: 'text' }]);
    expect(after.map((d) => d.attributes)).toEqual([
      { leaning: 'right', Region: 'North' },
      { leaning: 'left', Region: 'south' },
    ]);
  });

  test('two spellings of one new column declare one attribute', () => {
    const manifest = JSON.stringify([{ file: 'a.txt', Wave: '1' }, { file: 'b.txt', wave: '2' }]);
    const application = applyManifestChange([doc('a'), doc('b')], [], parseManifest(manifest, 'm.json'), 'm.json');
    expect(application.change.changes.filter((c) => c.table === 'attributeDefinitions').map((c) => c.after)).toEqual([{ name: 'Wave', type: 'number' }]);
    expect(application.change.changes.filter((c) => c.table === 'documents').map((c) => (c.after as DocumentRecord).attributes)).toEqual([{ Wave: 1 }, { Wave: 2 }]);
  });

  test('values that fit their attribute’s type are stored as it; those that do not are left out and reported', () => {
    const definitions: AttributeDefinition[] = [
      { name: 'verified', type: 'boolean' },
      { name: 'age', type: 'number' },
      { name: 'wave', type: 'date' },
    ];
    const documents = [doc('a', { age: 40, wave: '2019' }), doc('b'), doc('c')];
    const csv = 'file,verified,age,wave\na.txt,yes,n/a,03/04/2020\nb.txt,1,"1,500",43831\nc.txt,No,0x10,2017-05-16T08:30:00+02:00\n';
    const { application, after } = applied(csv, documents, definitions);
    // b's values all fit nothing: b does not change.
    expect(after.map((d) => [d.id, d.attributes])).toEqual([
      ['a', { verified: true, age: 40, wave: '2019' }],
      ['c', { verified: false, wave: '2017-05-16' }],
    ]);
    expect(application.matching.unfitValues).toEqual([
      { fileName: 'a.txt', attribute: 'age', value: 'n/a', type: 'number' },
      { fileName: 'a.txt', attribute: 'wave', value: '03/04/2020', type: 'date' },
      { fileName: 'b.txt', attribute: 'verified', value: '1', type: 'boolean' },
      { fileName: 'b.txt', attribute: 'age', value: '1,500', type: 'number' },
      { fileName: 'b.txt', attribute: 'wave', value: '43831', type: 'date' },
      { fileName: 'c.txt', attribute: 'age', value: '0x10', type: 'number' },
    ]);
    expect(describeMatching(application.matching, 2)).toEqual([
      'The manifest described 3 of 3 documents.',
      '6 values were not set, as they do not fit their attribute’s type: “a.txt”, age: “n/a” (not a number); “a.txt”, wave: “03/04/2020” (not a date as YYYY-MM-DD, YYYY-MM or YYYY) and 4 more.',
    ]);
  });

  test('a cell holding only spaces leaves the value as it was, as an empty cell does', () => {
    const { after } = applied('file,leaning,genre\na.txt,  ,news\nb.txt,,news\n', [doc('a', { leaning: 'left' }), doc('b', { leaning: 'right' })], [{ name: 'leaning', type: 'text' }]);
    expect(after.map((d) => d.attributes)).toEqual([
      { leaning: 'left', genre: 'news' },
      { leaning: 'right', genre: 'news' },
    ]);
  });

  test('a date with a time is stored as its calendar day, so a date filter on its year finds the document', () => {
    const { after } = applied('file,date,published\na.txt,2017-05-16T08:30:00+02:00,2017-05-16T08:30:00+02:00\n', [doc('a')], []);
    expect(after[0]).toMatchObject({ date: '2017-05-16', attributes: { published: '2017-05-16' } });
    const inRange = documentPredicate({ ...EMPTY_DOCUMENT_FILTER, dateFrom: '2017', dateTo: '2017' }, { sets: [] });
    expect(inRange(after[0]!)).toBe(true);
  });
});
