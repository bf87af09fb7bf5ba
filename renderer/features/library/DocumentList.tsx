// The project's documents beside the text: open one to read and code it. Searched, filtered by
// attribute and set, and sorted as in the Library, with the same controls and the same state: what the
// researcher narrowed the Library to is what this list shows.
import { memo, useState } from 'react';
import type { DocumentRecord } from '../../../shared/model';
import { useDocumentCodingCount } from '../counts/useCodingCounts';
import { useProgressiveCount } from './useProgressiveCount';
import { useShownRows } from './useShownRows';
import { LibraryFilters } from './LibraryFilters';
import { ListViewControls } from './ListViewControls';
import { countOf } from '../../../shared/text/plural';

interface DocumentListProps {
  openId: string | null;
  onOpen(docId: string): void;
}

export function DocumentList({ openId, onOpen }: DocumentListProps) {
  // Each row reads its count from the project's counts (useDocumentCodingCount): no query per row.
  const { view, update, documents, rows: all, shown: rows, definitions, sets, activeSetId, filtered } = useShownRows();
  const rendered = useProgressiveCount(rows.length);
  // Open from the start when the view is narrowed, so the researcher sees why documents are missing.
  const [viewOpen, setViewOpen] = useState(() => filtered || view.sort !== null || view.attributeFilter !== null || view.setId !== null || view.query !== '');
  const total = documents?.length ?? 0;
  return (
    <nav className="document-list" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents ({filtered ? `${rows.length} of ${total}` : total})</h2>
      {total > 0 ? (
        <details className="document-list-view" open={viewOpen} onToggle={(event) => setViewOpen(event.currentTarget.open)}>
          <summary>Filter and sort</summary>
          <LibraryFilters
            query={view.query}
            onQuery={(query) => update('query', query)}
            definitions={definitions}
            rows={all}
            filter={view.attributeFilter}
            onFilter={(filter) => update('attributeFilter', filter)}
          />
          <ListViewControls definitions={definitions} sets={sets} setId={activeSetId} onSet={(id) => update('setId', id)} sort={view.sort} onSort={(sort) => update('sort', sort)} />
        </details>
      ) : null}
      {documents && total === 0 ? <p className="hint">No documents yet. Import some, or drop files or folders on the window.</p> : null}
      {total > 0 && rows.length === 0 ? <p className="hint">No document matches the filters.</p> : null}
      <ul>
        {rows.slice(0, rendered).map((row) => (
          <DocumentItem key={row.doc.id} doc={row.doc} open={row.doc.id === openId} onOpen={onOpen} />
        ))}
      </ul>
    </nav>
  );
}

const DocumentItem = memo(function DocumentItem({ doc, open, onOpen }: { doc: DocumentRecord; open: boolean; onOpen(docId: string): void }) {
  const codings = useDocumentCodingCount(doc.id);
  return (
    <li>
      <button type="button" aria-current={open ? 'page' : undefined} onClick={() => onOpen(doc.id)}>
        <span className="doc-title">{doc.title}</span>
        <span className="meta">
          {doc.format} · {doc.words.toLocaleString()} words{codings === undefined ? '' : ` · ${countOf(codings, 'coding')}`}
        </span>
      </button>
    </li>
  );
});
