import { describe, expect, test } from 'vitest';
import { EMPTY_METADATA, type DocumentRecord } from '../../../../shared/model';
import { attributeColumn, attributeValues, EMPTY_VALUE, filterRows, sortRows, type LibraryRow } from '../../../../renderer/features/library/libraryRows';

function row(order: number, title: string, attributes: DocumentRecord['attributes'], codings = 0, words = 100): LibraryRow {
  const doc: DocumentRecord = { id: `d${order}`, title, format: 'txt', fileName: `${title}.txt`, storedName: '', sha256: '', order, importedAt: '', length: 0, words, extraction: {}, ...EMPTY_METADATA, attributes };
  return { doc, codings };
}

const rows = [
  row(0, 'Questionnaire', { leaning: 'subject', year: 2021 }, 4, 2000),
  row(1, 'TV news', { leaning: 'center', year: 2017 }, 0, 300),
  row(2, 'Profile 10', { leaning: 'right', year: 2022, verified: true }, 9, 1500),
  row(3, 'Profile 9', { leaning: 'center' }, 1, 800),
  row(4, 'Magazine', { year: 2017 }, 2, 900),
];
const titles = (r: LibraryRow[]) => r.map((x) => x.doc.title);

describe('library rows', () => {
  test('filter by an attribute’s value, by documents without one, by set and by search together', () => {
    const none = { attribute: null, setId: null, found: null };
    expect(titles(filterRows(rows, { ...none, attribute: { name: 'leaning', values: ['center'] } }, []))).toEqual(['TV news', 'Profile 9']);
    expect(titles(filterRows(rows, { ...none, attribute: { name: 'leaning', values: [EMPTY_VALUE] } }, []))).toEqual(['Magazine']);
    expect(titles(filterRows(rows, { ...none, attribute: { name: 'year', values: ['2017'] } }, []))).toEqual(['TV news', 'Magazine']);
    // Several values at once: documents with any of them.
    expect(titles(filterRows(rows, { ...none, attribute: { name: 'leaning', values: ['center', EMPTY_VALUE] } }, []))).toEqual(['TV news', 'Profile 9', 'Magazine']);
    const sets = [{ id: 's', name: 'Pair', docIds: ['d1', 'd2'], createdAt: '' }];
    expect(titles(filterRows(rows, { ...none, setId: 's' }, sets))).toEqual(['TV news', 'Profile 10']);
    expect(titles(filterRows(rows, { attribute: { name: 'leaning', values: ['center'] }, setId: 's', found: new Set(['d1', 'd3']) }, sets))).toEqual(['TV news']);
  });

  test('sorting: numbers as numbers, titles in natural order, empty values last either way, ties in project order', () => {
    expect(titles(sortRows(rows, { column: 'codings', direction: 'descending' }))).toEqual(['Profile 10', 'Questionnaire', 'Magazine', 'Profile 9', 'TV news']);
    expect(titles(sortRows(rows, { column: 'title', direction: 'ascending' }))).toEqual(['Magazine', 'Profile 9', 'Profile 10', 'Questionnaire', 'TV news']);
    expect(titles(sortRows(rows, { column: attributeColumn('year'), direction: 'ascending' }))).toEqual(['TV news', 'Magazine', 'Questionnaire', 'Profile 10', 'Profile 9']);
    expect(titles(sortRows(rows, { column: attributeColumn('year'), direction: 'descending' }))).toEqual(['Profile 10', 'Questionnaire', 'TV news', 'Magazine', 'Profile 9']);
  });

  test('the values an attribute takes, each with how many documents have it, those without one last', () => {
    expect(attributeValues(rows, 'leaning')).toEqual([
      { value: 'center', count: 2 },
      { value: 'right', count: 1 },
      { value: 'subject', count: 1 },
      { value: EMPTY_VALUE, count: 1 },
    ]);
    expect(attributeValues(rows, 'verified')).toEqual([
      { value: 'yes', count: 1 },
      { value: EMPTY_VALUE, count: 4 },
    ]);
  });
});
