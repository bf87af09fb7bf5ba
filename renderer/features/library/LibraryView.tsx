// The Library screen: every document of the project in a table, searchable by title and text,
// filtered by an attribute's value or a set, sorted by any column, edited in place or many at once.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AttributeType, AttributeValue, DocumentRecord } from '../../../shared/model';
import { listDocuments } from '../../db/documents';
import { listAttributeDefinitions } from '../../db/attributes';
import { listDocumentSets } from '../../db/documentSets';
import { useProject } from '../projects/ProjectContext';
import { useCountTotals } from '../counts/useCodingCounts';
import { useDocumentEdits, type EditableField } from '../metadata/useDocumentEdits';
import { SetsPanel } from '../sets/SetsPanel';
import { LibraryTable, type RowActions } from './LibraryTable';
import { LibraryFilters, type AttributeFilter } from './LibraryFilters';
import { ColumnChooser } from './ColumnChooser';
import { BulkActions } from './BulkActions';
import { TextSearch } from './textSearch';
import { attributeColumn, filterRows, sortRows, type ColumnId, type SortOrder } from './libraryRows';
import { useStableRows } from './useStableRows';
import './library.css';

/** Shown by default: the first attributes, enough to see what a project is about without scrolling. */
const DEFAULT_ATTRIBUTE_COLUMNS = 8;
const SEARCH_DELAY_MS = 200;

interface SavedView {
  sort: SortOrder | null;
  attributeFilter: AttributeFilter | null;
  setId: string | null;
  query: string;
  chosenColumns: ColumnId[] | null;
}
const savedViews = new Map<string, SavedView>();

export function LibraryView({ onOpen }: { onOpen(docId: string): void }) {
  const { db, project } = useProject();
  const { setField, setAttribute } = useDocumentEdits();
  const documents = useLiveQuery(() => listDocuments(db), [db]);
  const counts = useCountTotals()?.byDocument; // of the visible coders: counts agree with blind mode
  const definitions = useLiveQuery(() => listAttributeDefinitions(db), [db]) ?? [];
  const sets = useLiveQuery(() => listDocumentSets(db), [db]) ?? [];

  // The view comes back as it was left (after opening a document, say), for as long as the window is open.
  const saved = savedViews.get(project.id);
  const [sort, setSort] = useState<SortOrder | null>(saved?.sort ?? null);
  const [attributeFilter, setAttributeFilter] = useState<AttributeFilter | null>(saved?.attributeFilter ?? null);
  const [setId, setSetId] = useState<string | null>(saved?.setId ?? null);
  const [query, setQuery] = useState(saved?.query ?? '');
  const [found, setFound] = useState<ReadonlySet<string> | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [chosenColumns, setChosenColumns] = useState<ColumnId[] | null>(saved?.chosenColumns ?? null);
  useEffect(() => {
    savedViews.set(project.id, { sort, attributeFilter, setId, query, chosenColumns });
  }, [project.id, sort, attributeFilter, setId, query, chosenColumns]);

  const rows = useStableRows(documents, counts);
  const types = useMemo(() => new Map<string, AttributeType>(definitions.map((d) => [d.name, d.type])), [definitions]);
  const columns = useMemo(
    () => chosenColumns ?? definitions.slice(0, DEFAULT_ATTRIBUTE_COLUMNS).map((d) => attributeColumn(d.name)),
    [chosenColumns, definitions],
  );
  const activeSetId = setId && sets.some((s) => s.id === setId) ? setId : null;
  const shown = useMemo(
    () => sortRows(filterRows(rows, { attribute: attributeFilter, setId: activeSetId, found }, sets), sort),
    [rows, attributeFilter, activeSetId, found, sets, sort],
  );

  // Search after the researcher pauses typing, from texts read once: never inside a render.
  const search = useMemo(() => new TextSearch(db), [db]);
  const latestQuery = useRef(query);
  useEffect(() => {
    latestQuery.current = query;
    if (!query.trim()) {
      setFound(null);
      return;
    }
    const timer = setTimeout(() => {
      void search.search(query, documents ?? []).then((ids) => {
        if (latestQuery.current === query) setFound(ids);
      });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, search, documents]);

  // Bulk actions act on what is shown: a filter change drops the selected rows it hides.
  useEffect(() => {
    setSelected((current) => {
      const visible = new Set(shown.map((r) => r.doc.id));
      const kept = [...current].filter((id) => visible.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [shown]);

  const onSort = useCallback((column: ColumnId) => {
    setSort((current) =>
      current?.column === column ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: 'ascending' },
    );
  }, []);

  // Row callbacks are stable so that memoized rows skip re-rendering; they read the latest state via refs.
  const edits = useRef({ setField, setAttribute, onOpen });
  edits.current = { setField, setAttribute, onOpen };
  const actions = useMemo<RowActions>(
    () => ({
      onOpen: (docId) => edits.current.onOpen(docId),
      onToggle: (docId) =>
        setSelected((current) => {
          const next = new Set(current);
          if (!next.delete(docId)) next.add(docId);
          return next;
        }),
      onEdit: (doc: DocumentRecord, column: ColumnId, value: AttributeValue, type: AttributeType) => {
        if (column.startsWith('attr:')) void edits.current.setAttribute([doc], column.slice(5), value, type);
        else void edits.current.setField([doc], column as EditableField, value === null ? '' : String(value));
      },
    }),
    [],
  );

  const selectedDocs = useMemo(() => shown.filter((r) => selected.has(r.doc.id)).map((r) => r.doc), [shown, selected]);
  const total = documents?.length ?? 0;
  const filtered = attributeFilter || activeSetId || found;

  return (
    <main className="library-main" aria-labelledby="library-heading">
      <aside className="library-side" aria-label="Sets and columns">
        <SetsPanel sets={sets} activeId={activeSetId} onShow={setSetId} />
        <ColumnChooser definitions={definitions} columns={columns} onChange={setChosenColumns} />
      </aside>
      <section className="library-content">
        <header className="library-header">
          <h2 id="library-heading">Library ({total})</h2>
          <LibraryFilters
            query={query}
            onQuery={setQuery}
            definitions={definitions}
            rows={rows}
            filter={attributeFilter}
            onFilter={setAttributeFilter}
          />
          {filtered ? (
            <button
              type="button"
              onClick={() => {
                setAttributeFilter(null);
                setSetId(null);
                setQuery('');
              }}
            >
              Show all documents
            </button>
          ) : null}
        </header>
        <p className="meta" role="status" aria-live="polite">
          {filtered ? `Showing ${shown.length} of ${total} documents` : `${total} ${total === 1 ? 'document' : 'documents'}`}
          {activeSetId ? ` in the set “${sets.find((s) => s.id === activeSetId)?.name}”` : ''}
        </p>
        <BulkActions documents={selectedDocs} definitions={definitions} sets={sets} onDeleted={() => setSelected(new Set())} />
        {total === 0 && documents ? <p className="hint">No documents yet. Import some, or drop files or folders on the window.</p> : null}
        <div className="library-scroll">
          <LibraryTable
            rows={shown}
            columns={columns}
            types={types}
            sort={sort}
            onSort={onSort}
            selected={selected}
            onSelectAll={(all) => setSelected(all ? new Set(shown.map((r) => r.doc.id)) : new Set())}
            actions={actions}
          />
        </div>
      </section>
    </main>
  );
}
