// The document filter's "text contains" compares each document's text folded (foldPhrase). Compare asks
// the filter once per row and column, Retrieve once per column: folding every text again each time
// cost rows × documents folds (50 codes over 1,000 documents of 800 words: seconds, after every coding).
// One index folds each text once, whatever is asked of it.
import { describe, expect, test, vi } from 'vitest';
import type * as PhraseFold from '../../../shared/search/phraseFold';

const folds = vi.hoisted(() => ({ texts: 0 }));
vi.mock('../../../shared/search/phraseFold', async (original) => {
  const real = await original<typeof PhraseFold>();
  return {
    foldPhrase: (text: string) => {
      // The needles are short; the texts are what costs.
      if (text.length > 40) folds.texts++;
      return real.foldPhrase(text);
    },
  };
});
const { compareTable } = await import('../../../shared/stats/compare');
const { retrieveColumns } = await import('../../../shared/retrieve/retrieveColumns');
const { EMPTY_DOCUMENT_FILTER } = await import('../../../shared/library/documentFilter');
const { EMPTY_RETRIEVE_QUERY } = await import('../../../shared/retrieve/retrieveQuery');
const { code, codingOf, doc, project } = await import('./fixtures');

const TEXT = (n: number) => `Document ${n}: the council said the rents rose again this year, and the mayor's office said nothing.`;
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const texts = Object.fromEntries(ids.map((id, i) => [id, TEXT(i)]));
const codes = ['c1', 'c2', 'c3', 'c4'].map((id) => code(id, `code ${id}`));
const { index } = project({
  documents: ids.map((id, i) => doc(id, i, texts[id]!, { leaning: i % 2 ? 'left' : 'right' })),
  codes,
  codings: ids.flatMap((id) => codes.map((c) => codingOf(texts[id]!, id, c.id, 'rents rose'))),
  texts,
});
const documents = { ...EMPTY_DOCUMENT_FILTER, textContains: 'Rents  rose' };

describe('the text filter', () => {
  test('folds each text once for a Compare table of saved queries by document', () => {
    folds.texts = 0;
    const queries = codes.map((c) => ({ ...EMPTY_RETRIEVE_QUERY, name: c.name, codeIds: [c.id], documents }));
    const table = compareTable(index, { rows: { kind: 'queries', queries }, columns: { kind: 'documents' }, documents, coderIds: [] });
    expect(table.cells.flat().every((cell) => cell.passages === 1)).toBe(true);
    expect(folds.texts).toBeLessThanOrEqual(ids.length);
  });

  test('folds each text once for Retrieve by columns', () => {
    folds.texts = 0;
    const result = retrieveColumns(index, { ...EMPTY_RETRIEVE_QUERY, codeIds: ['c1', 'c2'], documents }, { kind: 'attribute', name: 'leaning' });
    expect(result.total.passages).toBe(ids.length);
    expect(folds.texts).toBeLessThanOrEqual(ids.length);
  });
});
