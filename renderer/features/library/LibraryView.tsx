// The Library screen: every document of the project in a table, searchable by title and text,
// filtered by an attribute's value or a set, sorted by any column, edited in place or many at once.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AttributeType, AttributeValue, DocumentRecord } from '../../../shared/model';
import { useDocumentEdits, type EditableField } from '../metadata/useDocumentEdits';
import { SetsPanel } from '../sets/SetsPanel';
import { LibraryTable, type RowActions } from './LibraryTable';
import { LibraryFilters, type AttributeFilter } from './LibraryFilters';
import { ColumnChooser } from './ColumnChooser';
import { BulkActions } from './BulkActions';
import { shownColumns, type ColumnId } from './libraryRows';
import { useShownRows } from './useShownRows';
import { useCommandHandler } from '../../commands/CommandContext';
import './library.css';

export function LibraryView({ onOpen }: { onOpen(docId: string): void }) {
  const { setField, setAttribute } = useDocumentEdits();
  // The view (search, filter, set, sort, columns) is the project's, shared with the Code place's
  // document list, and comes back as it was left for as long as the window is open.
  const { view, update, documents, rows, shown, definitions, sets, activeSetId, filtered } = useShownRows();
  const { sort, attributeFilter, query, chosenColumns } = view;
  const setAttributeFilter = (value: AttributeFilter | null) => update('attributeFilter', value);
  const setSetId = (value: string | null) => update('setId', value);
  const setQuery = (value: string) => update('query', value);
  const setChosenColumns = (value: ColumnId[] | null) => update('chosenColumns', value);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Find (Ctrl/Cmd+F) in the Library searches the documents.
  const searchRef = useRef<HTMLInputElement>(null);
  useCommandHandler('findInDocument', () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  });
  const types = useMemo(() => new Map<string, AttributeType>(definitions.map((d) => [d.name, d.type])), [definitions]);
  const columns = useMemo(() => shownColumns(chosenColumns, definitions), [chosenColumns, definitions]);

  // Bulk actions act on what is shown: a filter change drops the selected rows it hides.
  useEffect(() => {
    setSelected((current) => {
      const visible = new Set(shown.map((r) => r.doc.id));
      const kept = [...current].filter((id) => visible.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [shown]);

  // The direction follows the stored order, not the grid's: two quick clicks on a header must give
  // descending even before the first one's order has come back.
  const onSort = useCallback((column: ColumnId) => {
    update('sort', (current) =>
      current?.column === column ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: 'ascending' },
    );
  }, []);

  // Row callbacks are stable so that memoized rows skip re-rendering; they read the latest state via refs.
  const edits = useRef({ setField, setAttribute, onOpen });
  edits.current = { setField, setAttribute, onOpen };
  const actions = useMemo<RowActions>(
    () => ({
      onOpen: (docId) => edits.current.onOpen(docId),
      onEdit: (doc: DocumentRecord, column: ColumnId, value: AttributeValue, type: AttributeType) => {
        if (column.startsWith('attr:')) void edits.current.setAttribute([doc], column.slice(5), value, type);
        else void edits.current.setField([doc], column as EditableField, value === null ? '' : String(value));
      },
    }),
    [],
  );

  const selectedDocs = useMemo(() => shown.filter((r) => selected.has(r.doc.id)).map((r) => r.doc), [shown, selected]);
  const total = documents?.length ?? 0;

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
            searchRef={searchRef}
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
        {total > 0 && shown.length === 0 ? (
          <p className="hint" role="note">
            {query.trim() ? `No document matches “${query.trim()}”` : 'No document matches these filters'}. Change the search or the filters, or show all documents.
          </p>
        ) : null}
        <p id="library-table-help" className="visually-hidden">
          Documents of the project. Sort with the column headers; move between cells with the arrow keys; edit a cell with Enter.
        </p>
        <LibraryTable
          rows={shown}
          columns={columns}
          types={types}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onSelect={setSelected}
          actions={actions}
        />
      </section>
    </main>
  );
}
