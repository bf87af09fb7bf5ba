// The project's documents beside the text: open one to read and code it.
import { useLiveQuery } from 'dexie-react-hooks';
import { listDocuments } from '../../db/documents';
import { useProject } from '../projects/ProjectContext';

interface DocumentListProps {
  openId: string | null;
  onOpen(docId: string): void;
}

export function DocumentList({ openId, onOpen }: DocumentListProps) {
  const { db } = useProject();
  const documents = useLiveQuery(() => listDocuments(db), [db]);
  const codingCounts = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    for (const docId of (await db.codings.orderBy('docId').keys()) as string[]) counts.set(docId, (counts.get(docId) ?? 0) + 1);
    return counts;
  }, [db]);
  return (
    <nav className="document-list" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents ({documents?.length ?? 0})</h2>
      {documents && documents.length === 0 ? <p className="hint">No documents yet. Import some, or drop files on the window.</p> : null}
      <ul>
        {documents?.map((doc) => (
          <li key={doc.id}>
            <button type="button" aria-current={doc.id === openId ? 'page' : undefined} onClick={() => onOpen(doc.id)}>
              <span className="doc-title">{doc.title}</span>
              <span className="meta">
                {doc.format} · {doc.words.toLocaleString()} words · {codingCounts?.get(doc.id) ?? 0} codings
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
