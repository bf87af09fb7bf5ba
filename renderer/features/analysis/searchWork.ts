// What the corpus-search worker computes (searchWorker.ts): the texts of one read of the project,
// kept with their folded forms between searches, and a search over the documents asked for.
import { searchCorpus, type CorpusSearchResult } from '../../../shared/search/corpusSearch';
import type { CorpusSearchQuery } from '../../../shared/search/searchQuery';
import type { FoldedText } from '../../../shared/text/searchFold';

export interface SearchWork {
  load(texts: ReadonlyMap<string, string>): void;
  /** Searches `docIds` in that order (documents without a text are left out). */
  search(query: CorpusSearchQuery, docIds: readonly string[]): CorpusSearchResult;
}

export function createSearchWork(): SearchWork {
  let texts: ReadonlyMap<string, string> = new Map();
  const folded = new Map<string, FoldedText>();
  return {
    load(next) {
      texts = next;
      folded.clear();
    },
    search(query, docIds) {
      const documents = docIds.flatMap((docId) => {
        const text = texts.get(docId);
        return text === undefined ? [] : [{ docId, text }];
      });
      return searchCorpus(query, documents, { cache: folded });
    },
  };
}
