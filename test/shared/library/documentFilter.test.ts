import { describe, expect, test } from 'vitest';
import { attributeValueOptions, compareAttributeValues, dateSpan, EMPTY_DOCUMENT_FILTER, filterDocuments, type DocumentFilter } from '../../../shared/library/documentFilter';
import type { AttributeValue } from '../../../shared/model';
import { doc, set } from '../analysis/fixtures';

const texts: Record<string, string> = {
  a: 'The DA promised reform.',
  b: 'Critics called the office a failure.',
  c: 'Le procureur a parlé de réforme.',
  d: 'Nothing here.',
};
const docs = [
  doc('a', 0, texts.a!, { leaning: 'left', genre: 'news' }, { date: '2017-05-16', title: 'Win in the primary' }),
  doc('b', 1, texts.b!, { leaning: 'right', genre: 'profile' }, { date: '2017', title: 'Anti-police DA' }),
  doc('c', 2, texts.c!, { leaning: 'center', genre: 'news', year: 2019 }, { date: '2019-03', title: 'Décriminaliser' }),
  doc('d', 3, texts.d!, { genre: 'news' }, { date: '', title: 'Untitled' }),
];
const sets = [set('s1', 'Right-leaning', ['b']), set('s2', 'French', ['c', 'd'])];
const ids = (filter: Partial<DocumentFilter>) => filterDocuments(docs, { ...EMPTY_DOCUMENT_FILTER, ...filter }, { sets, text: (id) => texts[id] }).map((d) => d.id);

describe('document filter', () => {
  test('an empty filter lets every document through, in order', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
  });

  test('values of one attribute are alternatives; attributes must all hold', () => {
    expect(ids({ attributes: [{ name: 'leaning', values: ['left', 'center'] }] })).toEqual(['a', 'c']);
    expect(ids({ attributes: [{ name: 'leaning', values: ['left', 'center'] }, { name: 'genre', values: ['news'] }] })).toEqual(['a', 'c']);
    expect(ids({ attributes: [{ name: 'leaning', values: ['left', 'right'] }, { name: 'genre', values: ['profile'] }] })).toEqual(['b']);
  });

  test('"(no value)" chooses documents without the attribute', () => {
    expect(ids({ attributes: [{ name: 'leaning', values: [null] }] })).toEqual(['d']);
  });

  test('a number value does not match the same digits written as text', () => {
    expect(ids({ attributes: [{ name: 'year', values: [2019] }] })).toEqual(['c']);
    expect(ids({ attributes: [{ name: 'year', values: ['2019'] }] })).toEqual([]);
  });

  test('sets: a document in any chosen set', () => {
    expect(ids({ setIds: ['s1', 's2'] })).toEqual(['b', 'c', 'd']);
  });

  test('text and title contain, ignoring case and accents', () => {
    expect(ids({ textContains: 'RÉFORM' })).toEqual(['a', 'c']);
    expect(ids({ titleContains: 'decriminal' })).toEqual(['c']);
  });

  test('chosen documents', () => {
    expect(ids({ docIds: ['d', 'a'] })).toEqual(['a', 'd']);
  });

  test('a date range takes dates as precise as known: "2017" is not within March to June 2017, but overlaps it', () => {
    expect(ids({ dateFrom: '2017-03', dateTo: '2017-06' })).toEqual(['a']);
    expect(ids({ dateFrom: '2017-03', dateTo: '2017-06', dateMatch: 'overlaps' })).toEqual(['a', 'b']);
    expect(ids({ dateFrom: '2017', dateTo: '2017' })).toEqual(['a', 'b']);
    expect(ids({ dateFrom: '2018' })).toEqual(['c']);
    expect(ids({ dateTo: '2019-02' })).toEqual(['a', 'b']);
  });

  test('a date bound that is not a date is refused with what to write', () => {
    expect(() => ids({ dateFrom: 'May 2017' })).toThrow(/2017-05-16/);
  });
});

describe('dateSpan', () => {
  test('covers the whole year or month a partial date stands for, leap years included', () => {
    expect(dateSpan('2017')).toEqual({ first: '2017-01-01', last: '2017-12-31' });
    expect(dateSpan('2016-02')).toEqual({ first: '2016-02-01', last: '2016-02-29' });
    expect(dateSpan('1900-02')).toEqual({ first: '1900-02-01', last: '1900-02-28' });
    expect(dateSpan('2017-05-16')).toEqual({ first: '2017-05-16', last: '2017-05-16' });
    expect(dateSpan('2017-13')).toBeNull();
    expect(dateSpan('2017-02-30')).toBeNull();
  });

  test('a date stored with its time (before dates lost their times) is the day it states, in no time zone', () => {
    expect(dateSpan('2017-05-16T23:30:00-05:00')).toEqual({ first: '2017-05-16', last: '2017-05-16' });
    expect(dateSpan('2017-05-16T08:30')).toEqual({ first: '2017-05-16', last: '2017-05-16' });
  });
});

describe('attributeValueOptions', () => {
  test('lists each attribute\'s values with their documents, "(no value)" last', () => {
    const options = attributeValueOptions(docs);
    expect(options.map((o) => o.name)).toEqual(['genre', 'leaning', 'year']);
    expect(options[1]!.values).toEqual([
      { value: 'center', label: 'center', documents: 1 },
      { value: 'left', label: 'left', documents: 1 },
      { value: 'right', label: 'right', documents: 1 },
      { value: null, label: '(no value)', documents: 1 },
    ]);
    expect(options[0]!.values).toEqual([
      { value: 'news', label: 'news', documents: 3 },
      { value: 'profile', label: 'profile', documents: 1 },
    ]);
  });
});

describe('the order of attribute values', () => {
  test('values that read the same but are typed apart keep one order, whichever comes first among the documents', () => {
    const values: AttributeValue[] = ['true', true, 'news', 2017, '2017', null];
    const sorted = [...values].sort(compareAttributeValues);
    expect([...values].reverse().sort(compareAttributeValues)).toEqual(sorted);
    expect(sorted).toEqual([2017, '2017', 'news', true, 'true', null]);
  });
});

describe('one value however its accents are encoded', () => {
  // "Café" typed as one letter é, and as e + a combining accent (pasted from a PDF, a manifest saved on a Mac).
  const composed = 'Caf\u00e9';
  const decomposed = 'Cafe\u0301';
  const cafes = [doc('p', 0, '', { venue: composed }), doc('q', 1, '', { venue: decomposed }), doc('r', 2, '', { venue: 'Cafe' })];

  test('is one choice in the filter, counting both documents, and choosing it finds both', () => {
    const venues = attributeValueOptions(cafes)[0]!.values;
    expect(venues.map((option) => [option.label.normalize('NFC'), option.documents])).toEqual([
      ['Cafe', 1],
      [composed, 2],
    ]);
    const chosen = (value: string) => filterDocuments(cafes, { ...EMPTY_DOCUMENT_FILTER, attributes: [{ name: 'venue', values: [value] }] }, { sets: [] }).map((d) => d.id);
    expect(chosen(composed)).toEqual(['p', 'q']);
    expect(chosen(decomposed)).toEqual(['p', 'q']);
  });
});
