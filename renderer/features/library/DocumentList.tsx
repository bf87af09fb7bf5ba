// The project's documents beside the text: open one to read and code it.
import { memo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentRecord } from '../../../shared/model';
import { listDocuments } from '../../db/documents';
import { useProject } from '../projects/ProjectContext';
import { useDocumentCodingCount } from '../counts/useCodingCounts';
import { useStableRows } from './useStableRows';
import { useProgressiveCount } from './useProgressiveCount';

interface DocumentListProps {
  openId: string | null;
  onOpen(docId: string): void;
}

export function DocumentList({ openId, onOpen }: DocumentListProps) {
  const { db } = useProject();
  const documents = useLiveQuery(() => listDocuments(db), [db]);
  // Each row reads its count from the project's counts (useDocumentCodingCount): no query per row.
  const rows = useStableRows(documents, undefined);
  const rendered = useProgressiveCount(rows.length);
  return (
    <nav className="document-list" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents ({documents?.length ?? 0})</h2>
      {documents && documents.length === 0 ? <p className="hint">No documents yet. Import some, or drop files or folders on the window.</p> : null}
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
          {doc.format} · {doc.words.toLocaleString()} words{codings === undefined ? '' : ` · ${codings} codings`}
        </span>
      </button>
    </li>
  );
});
