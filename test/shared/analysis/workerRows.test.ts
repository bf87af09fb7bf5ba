import { describe, expect, test } from 'vitest';
import { createAnalysisIndex } from '../../../shared/analysis/analysisIndex';
import { packRows, unpackRows } from '../../../shared/analysis/workerRows';
import { EMPTY_DOCUMENT_FILTER } from '../../../shared/library/documentFilter';
import { codeQuery } from '../../../shared/retrieve/retrieveQuery';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import { compareTable, type CompareSettings } from '../../../shared/stats/compare';
import { code, codingOf, doc, project } from './fixtures';

const RIGHT = 'Carjackings doubled in two years. He has not blamed his own policies.';
const LEFT = 'The police union spent heavily against him.';

function pressLike() {
  const texts = { r: RIGHT, l: LEFT };
  return project({
    documents: [doc('r', 0, RIGHT, { leaning: 'right' }), doc('l', 1, LEFT, { leaning: 'left' }), doc('gone', 2, 'x', { leaning: 'left' })],
    codes: [code('c', 'criticism')],
    codings: [
      codingOf(RIGHT, 'r', 'c', 'Carjackings doubled'),
      codingOf(RIGHT, 'r', 'c', 'not blamed his own policies'),
      codingOf(LEFT, 'l', 'c', 'spent heavily'),
      // A coding whose document's text is not loaded: its quote is all an analysis has of it.
      { ...codingOf('a lost passage', 'gone', 'c', 'lost passage'), docId: 'gone' },
    ],
    texts,
  });
}

describe('the rows sent to the analysis worker', () => {
  test('of a project with no codings are its rows', () => {
    const { rows } = project({ documents: [doc('r', 0, RIGHT)], texts: { r: RIGHT } });
    expect(unpackRows(packRows(rows, new Map([['r', RIGHT]])))).toEqual(rows);
  });

  test('arrive with every coding’s id, document, code, coder and range, and with the quotes only a missing text needs', () => {
    const { rows, index } = pressLike();
    const sent = unpackRows(structuredClone(packRows(rows, (id) => index.text(id))));
    expect(sent.codings.map((c) => [c.id, c.docId, c.codeId, c.coderId, c.start, c.end])).toEqual(rows.codings.map((c) => [c.id, c.docId, c.codeId, c.coderId, c.start, c.end]));
    expect({ ...sent, codings: [] }).toEqual({ ...rows, codings: [] });
    expect(sent.codings.map((c) => [c.docId, c.quote, c.prefix, c.suffix])).toEqual([
      ['r', '', '', ''],
      ['r', '', '', ''],
      ['l', '', '', ''],
      ['gone', 'lost passage', rows.codings[3]!.prefix, rows.codings[3]!.suffix],
    ]);
    // The rows read are left as they were: the window still shows and exports the quotes.
    expect(rows.codings[0]!.quote).toBe('Carjackings doubled');
  });

  test('give the same passages and the same Compare table as the rows read', () => {
    const { rows, index } = pressLike();
    const texts = new Map(Object.entries({ r: RIGHT, l: LEFT }));
    const slim = createAnalysisIndex(unpackRows(structuredClone(packRows(rows, texts))), texts);
    const query = codeQuery('c', false, [], EMPTY_DOCUMENT_FILTER);
    expect(retrievePassages(slim, query)).toEqual(retrievePassages(index, query));
    expect(retrievePassages(slim, query).passages.map((p) => p.quote)).toEqual(['Carjackings doubled', 'not blamed his own policies', 'spent heavily', 'lost passage']);
    const settings: CompareSettings = { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] };
    expect(compareTable(slim, settings)).toEqual(compareTable(index, settings));
  });
});
