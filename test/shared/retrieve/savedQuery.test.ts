import { describe, expect, test } from 'vitest';
import { parseRetrieveQuery } from '../../../shared/retrieve/savedQuery';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';

describe('saved queries', () => {
  test('a query saved as JSON reads back as itself', () => {
    const query: RetrieveQuery = {
      ...EMPTY_RETRIEVE_QUERY,
      name: 'Criticism, right',
      codeIds: ['c1', 'c2'],
      match: 'all',
      near: { codeIds: ['m'], paragraphs: 1 },
      documents: { ...EMPTY_RETRIEVE_QUERY.documents, attributes: [{ name: 'leaning', values: ['right', null, 2017, true] }], dateFrom: '2017' },
    };
    expect(parseRetrieveQuery(JSON.parse(JSON.stringify(query)))).toEqual({ ok: true, query });
  });

  test('a query saved before some fields existed takes the empty query\'s values for them', () => {
    const parsed = parseRetrieveQuery({ name: 'old', codeIds: ['c1'], documents: { setIds: ['s'] } });
    expect(parsed).toEqual({ ok: true, query: { ...EMPTY_RETRIEVE_QUERY, name: 'old', codeIds: ['c1'], documents: { ...EMPTY_RETRIEVE_QUERY.documents, setIds: ['s'] } } });
  });

  test('a malformed query is refused with where it is wrong', () => {
    const parsed = parseRetrieveQuery({ codeIds: 'c1' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^This saved query cannot be read at “codeIds”: /);
    expect(parseRetrieveQuery({ near: { codeIds: [], paragraphs: -1 } }).ok).toBe(false);
  });
});
