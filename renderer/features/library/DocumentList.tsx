// The project's documents beside the text: open one to read and code it.
import { memo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { codingCountsByDocument, listDocuments } from '../../db/documents';
import { useProject } from '../projects/ProjectContext';
import { useCoderFilter } from '../coders/CoderViewContext';
import { useStableRows } from './useStableRows';
import { useProgressiveCount } from './useProgressiveCount';
import type { LibraryRow } from './libraryRows';

interface DocumentListProps {
  openId: string | null;
  onOpen(docId: string): void;
}

export function DocumentList({ openId, onOpen }: DocumentListProps) {
  const { db } = useProject();
  const documents = useLiveQuery(() => listDocuments(db), [db]);
  const coderFilter = useCoderFilter(); // counts agree with blind mode
  const codingCounts = useLiveQuery(() => codingCountsByDocument(db, coderFilter), [db, coderFilter]);
  const rows = useStableRows(documents, codingCounts);
  const rendered = useProgressiveCount(rows.length);
  return (
    <nav className="document-list" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents ({documents?.length ?? 0})</h2>
      {documents && documents.length === 0 ? <p className="hint">No documents yet. Import some, or drop files or folders on the window.</p> : null}
      <ul>
        {rows.slice(0, rendered).map((row) => (
          <DocumentItem key={row.doc.id} row={row} open={row.doc.id === openId} onOpen={onOpen} />
        ))}
      </ul>
    </nav>
  );
}

const DocumentItem = memo(function DocumentItem({ row: { doc, codings }, open, onOpen }: { row: LibraryRow; open: boolean; onOpen(docId: string): void }) {
  return (
    <li>
      <button type="button" aria-current={open ? 'page' : undefined} onClick={() => onOpen(doc.id)}>
        <span className="doc-title">{doc.title}</span>
        <span className="meta">
          {doc.format} · {doc.words.toLocaleString()} words · {codings} codings
        </span>
      </button>
    </li>
  );
});
