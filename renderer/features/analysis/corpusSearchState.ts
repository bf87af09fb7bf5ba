// What Retrieve's text search shows, kept beyond the view: a hit's Document button opens the document
// in Code, and the researcher who comes back finds the same search, its hits, their order and ticks.
// The search itself is not kept running (leaving cancels it: CorpusSearch.tsx).
import type { CorpusSearchResult } from '../../../shared/search/corpusSearch';
import type { CorpusSearchQuery } from '../../../shared/search/searchQuery';
import type { KwicOrder } from '../../../shared/search/kwic';
import { placeState } from './placeState';

export interface CorpusSearchView {
  search: CorpusSearchQuery;
  /** Only the documents the query's filter lets through. */
  filtered: boolean;
  result: CorpusSearchResult | null;
  order: KwicOrder;
  /** Hits ticked, by `docId@start-end`. */
  ticked: ReadonlySet<string>;
  /** The code "Code the hits" applies ('' until chosen). */
  codeId: string;
}

export const corpusSearchState = placeState<CorpusSearchView>({
  search: { pattern: '', mode: 'word', caseInsensitive: true, accentInsensitive: true },
  filtered: false,
  result: null,
  order: 'document',
  ticked: new Set(),
  codeId: '',
});
