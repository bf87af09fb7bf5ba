// The project's documents as the library view shows them: searched by title and text (after the
// researcher pauses typing, from texts read once), filtered by an attribute's value and a set, sorted.
// The Library's table and the Code place's document list both call this, with the same view state.
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listDocuments } from '../../db/documents';
import { useDocumentCodingCounts } from '../counts/useCodingCounts';
import { listAttributeDefinitions } from '../../db/attributes';
import { listDocumentSets } from '../../db/documentSets';
import { useProject } from '../projects/ProjectContext';
import { TextSearch } from './textSearch';
import { filterRows, sortRows } from './libraryRows';
import { useStableRows } from './useStableRows';
import { useLibraryViewState } from './libraryViewState';

const SEARCH_DELAY_MS = 200;

export function useShownRows() {
  const { db, project } = useProject();
  const state = useLibraryViewState(project.id);
  const { sort, attributeFilter, setId, query } = state.view;
  const documents = useLiveQuery(() => listDocuments(db), [db]);
  // The project's counts (features/counts), of the visible coders: counts agree with blind mode.
  const counts = useDocumentCodingCounts();
  const definitions = useLiveQuery(() => listAttributeDefinitions(db), [db]) ?? [];
  const sets = useLiveQuery(() => listDocumentSets(db), [db]) ?? [];
  const [found, setFound] = useState<ReadonlySet<string> | null>(null);

  const rows = useStableRows(documents, counts);
  const activeSetId = setId && sets.some((s) => s.id === setId) ? setId : null;
  const shown = useMemo(
    () => sortRows(filterRows(rows, { attribute: attributeFilter, setId: activeSetId, found }, sets), sort),
    [rows, attributeFilter, activeSetId, found, sets, sort],
  );

  const search = useMemo(() => new TextSearch(db), [db]);
  useEffect(() => {
    if (!query.trim()) {
      setFound(null);
      return;
    }
    // Only the latest search's answer is shown: one over fewer documents (an import's earlier batch)
    // can answer after it, and would hide the documents that arrived since.
    let latest = true;
    const timer = setTimeout(() => {
      void search.search(query, documents ?? []).then((ids) => {
        if (latest) setFound(ids);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      latest = false;
      clearTimeout(timer);
    };
  }, [query, search, documents]);

  // An attribute with no value chosen yet narrows nothing.
  const filtered = Boolean(attributeFilter?.values.length || activeSetId || found);
  return { ...state, documents, rows, shown, definitions, sets, activeSetId, filtered };
}
