// What Retrieve shows: its query, how the passages are grouped, and whether it lists coded passages or
// searches the texts. Compare sets it to open a cell's passages (one list) or a row's passages side by
// side by the table's groups.
import type { Grouping } from '../../../shared/analysis/grouping';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { placeState } from './placeState';

export interface RetrieveView {
  query: RetrieveQuery;
  grouping: Grouping;
  find: 'passages' | 'search';
}

export const retrieveState = placeState<RetrieveView>({ query: EMPTY_RETRIEVE_QUERY, grouping: { kind: 'none' }, find: 'passages' });
