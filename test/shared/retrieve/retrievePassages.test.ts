import { describe, expect, test } from 'vitest';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import { retrieveColumns } from '../../../shared/retrieve/retrieveColumns';
import { contextAround } from '../../../shared/retrieve/contextAround';
import { code, codingOf, doc, project, set } from '../analysis/fixtures';

const A = 'The DA will cut jail population by 30%. Critics say crime rose.\n\nWe will end cash bail. The office failed victims.\n\nHomicides rose 20% in 2021.\n\nA closing line.';
const B = 'Reform won. We will close the jail.\n\nIt failed.';
const C = 'No codes here.';
const codes = [code('pledge', 'pledge', null, 0), code('metric', 'metric', null, 1), code('criticism', 'criticism', null, 2), code('record', 'record', 'criticism', 0)];
const codings = [
  codingOf(A, 'a', 'pledge', 'The DA will cut jail population by 30%.', 'k1', 0, 'p1'),
  codingOf(A, 'a', 'metric', '30%', 'k1', 0, 'm1'),
  codingOf(A, 'a', 'criticism', 'Critics say crime rose.', 'k2', 0, 'c1'),
  codingOf(A, 'a', 'pledge', 'We will end cash bail.', 'k2', 0, 'p2'),
  codingOf(A, 'a', 'criticism', 'The office failed victims.', 'k1', 0, 'c2'),
  codingOf(A, 'a', 'metric', '20%', 'k1', 0, 'm2'),
  codingOf(A, 'a', 'record', 'Homicides rose 20% in 2021.', 'k1', 0, 'r1'),
  codingOf(B, 'b', 'pledge', 'We will close the jail.', 'k1', 0, 'p3'),
  codingOf(B, 'b', 'criticism', 'It failed.', 'k1', 0, 'c3'),
];
const documents = [doc('a', 0, A, { leaning: 'right' }), doc('b', 1, B, { leaning: 'left' }), doc('c', 2, C)];
const { index } = project({ documents, codes, codings, sets: [set('s1', 'One', ['a', 'b']), set('s2', 'Two', ['b'])], texts: { a: A, b: B, c: C } });
const run = (query: Partial<RetrieveQuery>) => retrievePassages(index, { ...EMPTY_RETRIEVE_QUERY, ...query });
const quotes = (query: Partial<RetrieveQuery>) => run(query).passages.map((p) => p.quote);

describe('retrieve: codes with OR', () => {
  test('lists the passages of any chosen code, in document order; overlapping codings make one passage', () => {
    const { passages } = run({ codeIds: ['pledge', 'metric'] });
    expect(passages.map((p) => p.quote)).toEqual(['The DA will cut jail population by 30%.', 'We will end cash bail.', '20%', 'We will close the jail.']);
    expect(passages[0]).toMatchObject({ docId: 'a', title: 'Doc a', attributes: { leaning: 'right' }, codeIds: ['pledge', 'metric'], codingIds: ['p1', 'm1'], coderIds: ['k1'], paragraph: 0 });
    expect(A.slice(passages[0]!.start, passages[0]!.end)).toBe(passages[0]!.quote);
  });

  test('names the other codes that overlap a passage', () => {
    const { passages } = run({ codeIds: ['metric'] });
    expect(passages.map((p) => [p.quote, p.otherCodeIds])).toEqual([
      ['30%', ['pledge']],
      ['20%', ['record']],
    ]);
  });

  test('a code with its subcodes retrieves the subcodes\' passages too', () => {
    expect(quotes({ codeIds: ['criticism'] })).toEqual(['Critics say crime rose.', 'The office failed victims.', 'It failed.']);
    expect(quotes({ codeIds: ['criticism'], withSubcodes: true })).toEqual(['Critics say crime rose.', 'The office failed victims.', 'Homicides rose 20% in 2021.', 'It failed.']);
  });

  test('only the chosen coders\' codings count', () => {
    expect(quotes({ codeIds: ['pledge', 'criticism'], coderIds: ['k2'] })).toEqual(['Critics say crime rose.', 'We will end cash bail.']);
  });
});

describe('retrieve: AND, NOT, near', () => {
  test('AND gives the stretch where every chosen code applies, with the codings that overlap it', () => {
    const { passages } = run({ codeIds: ['pledge', 'metric'], match: 'all' });
    expect(passages.map((p) => [p.quote, p.codingIds])).toEqual([['30%', ['p1', 'm1']]]);
    expect(quotes({ codeIds: ['metric', 'record'], match: 'all' })).toEqual(['20%']);
    expect(quotes({ codeIds: ['pledge', 'criticism'], match: 'all' })).toEqual([]);
  });

  test('NOT leaves out passages that overlap a coding of the excluded code', () => {
    expect(quotes({ codeIds: ['pledge'], excludeCodeIds: ['metric'] })).toEqual(['We will end cash bail.', 'We will close the jail.']);
    expect(quotes({ codeIds: ['metric'], excludeCodeIds: ['criticism'], withSubcodes: true })).toEqual(['30%']);
  });

  test('near keeps passages within N paragraphs of a coding of the near code', () => {
    // pledge passages are in paragraphs 0 and 1 of a, 0 of b; metric is in paragraphs 0 and 2 of a.
    expect(quotes({ codeIds: ['criticism'], near: { codeIds: ['metric'], paragraphs: 0 } })).toEqual(['Critics say crime rose.']);
    expect(quotes({ codeIds: ['criticism'], near: { codeIds: ['metric'], paragraphs: 1 } })).toEqual(['Critics say crime rose.', 'The office failed victims.']);
    expect(quotes({ codeIds: ['criticism'], near: { codeIds: ['pledge'], paragraphs: 0 } })).toEqual(['Critics say crime rose.', 'The office failed victims.']);
    expect(quotes({ codeIds: ['criticism'], near: { codeIds: ['pledge'], paragraphs: 1 } })).toEqual(['Critics say crime rose.', 'The office failed victims.', 'It failed.']);
  });

  test('the document filter applies before the codes', () => {
    const result = run({ codeIds: ['pledge'], documents: { ...EMPTY_RETRIEVE_QUERY.documents, attributes: [{ name: 'leaning', values: ['left'] }] } });
    expect(result.passages.map((p) => p.quote)).toEqual(['We will close the jail.']);
    expect(result.docIds).toEqual(['b']);
  });

  test('a deleted code is reported, not an error', () => {
    const result = run({ codeIds: ['pledge', 'gone'] });
    expect(result.passages).toHaveLength(3);
    expect(result.problems[0]).toMatch(/no longer in the codebook/);
  });
});

describe('retrieve columns', () => {
  test('by attribute: one column per value, documents without one under "(no value)"', () => {
    const { columns } = retrieveColumns(index, { ...EMPTY_RETRIEVE_QUERY, codeIds: ['pledge'] }, { kind: 'attribute', name: 'leaning' });
    expect(columns.map((c) => [c.group.label, c.passages.length])).toEqual([
      ['left', 1],
      ['right', 2],
      ['(no value)', 0],
    ]);
  });

  test('by sets: a document in two sets appears in both columns', () => {
    const { columns } = retrieveColumns(index, { ...EMPTY_RETRIEVE_QUERY, codeIds: ['pledge'] }, { kind: 'sets', setIds: [] });
    expect(columns.map((c) => [c.group.label, c.passages.map((p) => p.quote)])).toEqual([
      ['One', ['The DA will cut jail population by 30%.', 'We will end cash bail.', 'We will close the jail.']],
      ['Two', ['We will close the jail.']],
    ]);
  });

  test('counts the query\'s own passages and documents, not the columns\' sum', () => {
    const pledge = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['pledge'] };
    const alone = retrieveColumns(index, pledge, { kind: 'none' });
    expect(alone.total).toEqual({ passages: 3, documents: 2 });
    // "We will close the jail." is in both sets' columns: 4 passages shown, 3 found.
    const bySets = retrieveColumns(index, pledge, { kind: 'sets', setIds: [] });
    expect(bySets.columns.reduce((sum, c) => sum + c.passages.length, 0)).toBe(4);
    expect(bySets.total).toEqual(alone.total);
    const criticism = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['criticism'] };
    expect(retrieveColumns(index, criticism, { kind: 'coders', coderIds: [] }).total).toEqual(retrieveColumns(index, criticism, { kind: 'none' }).total);
    expect(retrieveColumns(index, pledge, { kind: 'attribute', name: 'leaning' }).total).toEqual(alone.total);
    expect(retrieveColumns(index, pledge, { kind: 'documents' }).total).toEqual(alone.total);
  });

  test('by coder: each coder\'s own passages', () => {
    const { columns } = retrieveColumns(index, { ...EMPTY_RETRIEVE_QUERY, codeIds: ['criticism'] }, { kind: 'coders', coderIds: [] });
    expect(columns.map((c) => [c.group.label, c.passages.map((p) => p.codingIds).flat()])).toEqual([
      ['Ana', ['c2', 'c3']],
      ['Ben', ['c1']],
    ]);
  });
});

describe('context around a passage', () => {
  test('shows the passage\'s paragraph, or whole paragraphs around it, marking the passage', () => {
    const start = A.indexOf('cash bail');
    const own = contextAround(A, start, start + 9, 0);
    expect(own.text).toBe('We will end cash bail. The office failed victims.');
    expect(own.text.slice(own.passageStart, own.passageEnd)).toBe('cash bail');
    expect([own.moreBefore, own.moreAfter]).toEqual([true, true]);
    const wider = contextAround(A, start, start + 9, 1);
    expect(wider.text.startsWith('The DA will')).toBe(true);
    expect(wider.text.endsWith('in 2021.')).toBe(true);
    expect(A.slice(wider.start, wider.end)).toBe(wider.text);
    expect(contextAround(A, start, start + 9, 5)).toMatchObject({ start: 0, end: A.length, moreBefore: false, moreAfter: false });
  });
});
