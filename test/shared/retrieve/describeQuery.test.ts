// A Retrieve query in words, at the head of a report: a chosen attribute value that reads as another
// value of the project does (the number 2017 and the text "2017") is named with its type, as the
// document filter and the columns name it, so the report says which of the two was chosen.
import { describe, expect, test } from 'vitest';
import { describeQuery } from '../../../shared/retrieve/describeQuery';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';

const query = (values: Array<string | number | null>): RetrieveQuery => ({
  ...EMPTY_RETRIEVE_QUERY,
  documents: { ...EMPTY_RETRIEVE_QUERY.documents, attributes: [{ name: 'year', values }] },
});
const names = { codes: [], coders: [], sets: [] };

describe('a chosen attribute value in words', () => {
  test('is named with its type where the project holds another value that reads the same', () => {
    const attributeValues = new Map([['year', [2017, '2017', 2018]]]);
    expect(describeQuery(query(['2017']), { ...names, attributeValues })).toContain('year is 2017 (text)');
    expect(describeQuery(query([2017, 2018]), { ...names, attributeValues })).toContain('year is 2017 (number) or 2018');
  });

  test('is the value as written where nothing else reads the same, and "(no value)" for none', () => {
    expect(describeQuery(query([2018, null]), { ...names, attributeValues: new Map([['year', [2018, null]]]) })).toContain('year is 2018 or (no value)');
    expect(describeQuery(query([2017]), names)).toContain('year is 2017');
  });
});
