// A Retrieve query as plain data: what the Retrieve place edits, what a saved query stores (and
// Compare uses as a row), and what an export writes into its header so a list can be retrieved again.
import { EMPTY_DOCUMENT_FILTER, type DocumentFilter } from '../library/documentFilter';

export interface NearCondition {
  /** Keep passages within `paragraphs` paragraphs of a coding of one of these codes. */
  codeIds: string[];
  /** 0: in the same paragraph; 1: that paragraph or the one before or after; and so on. */
  paragraphs: number;
}

export interface RetrieveQuery {
  /** The name a saved query is listed under; '' for a query not saved. */
  name: string;
  /** The codes whose passages are retrieved. */
  codeIds: string[];
  /**
   * 'any' (OR): passages coded with any of the codes; overlapping codings make one passage.
   * 'all' (AND): the stretches of text where every chosen code applies at once: the intersection of
   * the codes' coded extents (MAXQDA's "intersection"). Each maximal stretch is one passage, and its
   * codings are those of the chosen codes that overlap it. With one code, 'all' is 'any'.
   */
  match: 'any' | 'all';
  /** Each chosen code (here, in `excludeCodeIds` and in `near`) stands for itself and its subcodes. */
  withSubcodes: boolean;
  /** NOT: leave out passages that share a character with a coding of any of these codes. */
  excludeCodeIds: string[];
  near: NearCondition | null;
  /** Only these coders' codings count, everywhere in the query; empty: every coder's. */
  coderIds: string[];
  documents: DocumentFilter;
}

export const EMPTY_RETRIEVE_QUERY: RetrieveQuery = {
  name: '',
  codeIds: [],
  match: 'any',
  withSubcodes: false,
  excludeCodeIds: [],
  near: null,
  coderIds: [],
  documents: EMPTY_DOCUMENT_FILTER,
};

/** A query of one code: the row of a Compare table, and what a click on its cell retrieves. */
export function codeQuery(codeId: string, withSubcodes: boolean, coderIds: readonly string[], documents: DocumentFilter): RetrieveQuery {
  return { ...EMPTY_RETRIEVE_QUERY, codeIds: [codeId], withSubcodes, coderIds: [...coderIds], documents };
}
