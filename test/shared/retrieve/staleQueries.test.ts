// A query (a saved one, or one kept while the researcher edited the project elsewhere) that names
// what the project no longer has: a deleted or merged code, a deleted set, a coder not shown, an
// attribute renamed, a value changed, a date mistyped. Each is said in words beside the result, and
// the result never quietly means something else (an AND of a deleted code is not the other code alone).
import { describe, expect, test } from 'vitest';
import { EMPTY_DOCUMENT_FILTER } from '../../../shared/library/documentFilter';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import { retrieveColumns } from '../../../shared/retrieve/retrieveColumns';
import { describeQuery } from '../../../shared/retrieve/describeQuery';
import { compareTable } from '../../../shared/stats/compare';
import { code, codingOf, doc, project, set } from '../analysis/fixtures';

const A = 'We will end cash bail. Crime rose.\n\nThe office failed victims.';
const B = 'We will close the jail.';
const { index } = project({
  documents: [doc('a', 0, A, { leaning: 'right' }, { date: '2019-05-01' }), doc('b', 1, B, { leaning: 'left' }, { date: '2020' })],
  codes: [code('pledge', 'pledge', null, 0), code('metric', 'metric', null, 1)],
  codings: [codingOf(A, 'a', 'pledge', 'We will end cash bail.'), codingOf(A, 'a', 'metric', 'cash bail'), codingOf(B, 'b', 'pledge', 'We will close the jail.', 'k2')],
  sets: [set('s1', 'Courts', ['a', 'b'])],
  texts: { a: A, b: B },
});
const run = (query: Partial<RetrieveQuery>) => retrievePassages(index, { ...EMPTY_RETRIEVE_QUERY, codeIds: ['pledge'], ...query });
const filtered = (documents: Partial<RetrieveQuery['documents']>) => run({ documents: { ...EMPTY_DOCUMENT_FILTER, ...documents } });

describe('codes the codebook no longer has', () => {
  test('AND with a deleted code finds nothing, and says why, rather than the other code alone', () => {
    const result = run({ codeIds: ['pledge', 'gone'], match: 'all' });
    expect(result.passages).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/no longer in the codebook.*no passage can have all the chosen codes/)]);
  });

  test('near codes all deleted: nothing can be near them, and the message says so', () => {
    const result = run({ near: { codeIds: ['gone'], paragraphs: 1 } });
    expect(result.passages).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/no longer in the codebook.*no passage can be near them/)]);
  });

  test('one near code of two deleted: the other still counts, and the deleted one is named as left out', () => {
    const result = run({ near: { codeIds: ['metric', 'gone'], paragraphs: 0 } });
    expect(result.passages.map((p) => p.docId)).toEqual(['a']);
    expect(result.problems).toEqual([expect.stringMatching(/left out/)]);
  });
});

describe('documents the filter can no longer find', () => {
  test('a deleted set: no passage, and a message naming the cause', () => {
    const result = filtered({ setIds: ['deleted-set'] });
    expect(result.passages).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/set .*no longer exists.*no document passes/i)]);
  });

  test('a deleted set beside one that exists: the existing one filters, the deleted one is named', () => {
    const result = filtered({ setIds: ['deleted-set', 's1'] });
    expect(result.passages).toHaveLength(2);
    expect(result.problems).toEqual([expect.stringMatching(/no longer exists/)]);
  });

  test('an attribute no document has any more (renamed?) is named', () => {
    const result = filtered({ attributes: [{ name: 'Leaning', values: ['right'] }] });
    expect(result.passages).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/No document has the attribute “Leaning”/)]);
  });

  test('a value no document has any more (changed?) is named', () => {
    const result = filtered({ attributes: [{ name: 'leaning', values: ['Right'] }] });
    expect(result.passages).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/No document has leaning “Right”/)]);
  });

  test('a mistyped date is a message beside an empty result, not a failure of the whole query', () => {
    const result = filtered({ dateFrom: '2019-1' });
    expect(result.passages).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/“2019-1” is not a date/)]);
    // Side by side by an attribute, no document makes a column: the message is still there.
    const byLeaning = retrieveColumns(index, { ...EMPTY_RETRIEVE_QUERY, codeIds: ['pledge'], documents: { ...EMPTY_DOCUMENT_FILTER, dateFrom: '2019-1' } }, { kind: 'attribute', name: 'leaning' });
    expect(byLeaning.problems).toEqual([expect.stringMatching(/“2019-1” is not a date/)]);
    // Compare reads the same filter: its table is empty with the same message, not an exception.
    const table = compareTable(index, { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'documents' }, documents: { ...EMPTY_DOCUMENT_FILTER, dateTo: '20' }, coderIds: [] });
    expect(table.problems).toEqual([expect.stringMatching(/“20” is not a date/)]);
  });
});

describe('coders the project does not show', () => {
  test('a chosen coder not in the project (or hidden) is named; with no other, nothing is listed', () => {
    const columns = (coderIds: string[]) => retrieveColumns(index, { ...EMPTY_RETRIEVE_QUERY, codeIds: ['pledge'], coderIds }, { kind: 'none' });
    const result = columns(['gone']);
    expect(result.total.passages).toBe(0);
    expect(result.problems).toEqual([expect.stringMatching(/1 chosen coder is not among the project’s coders shown.*no passage/)]);
    const beside = columns(['gone', 'k2']);
    expect(beside.columns[0]!.passages.map((p) => p.docId)).toEqual(['b']);
    expect(beside.problems).toEqual([expect.stringMatching(/left out/)]);
  });
});

test('a query naming only what exists has no problems', () => {
  expect(run({ codeIds: ['pledge', 'metric'], match: 'all', coderIds: ['k1'], near: { codeIds: ['metric'], paragraphs: 0 }, documents: { ...EMPTY_DOCUMENT_FILTER, setIds: ['s1'], attributes: [{ name: 'leaning', values: ['right', null] }], dateFrom: '2019' } }).problems).toEqual([]);
});

test('a report’s description of the query names what is gone as gone, not by an internal id', () => {
  const lines = describeQuery(
    { ...EMPTY_RETRIEVE_QUERY, codeIds: ['pledge', 'gone'], match: 'all', coderIds: ['k1', '7f3c2a9e-hidden'], documents: { ...EMPTY_DOCUMENT_FILTER, setIds: ['deleted-set'] } },
    { codes: index.rows.codes, coders: index.rows.coders, sets: index.rows.sets },
  );
  expect(lines).toEqual(['Codes: pledge AND (deleted code)', 'In the set “(deleted set)”', 'Coders: Ana, (coder not shown)']);
});
