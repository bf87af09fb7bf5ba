// The data the coding screen shows for one document, live: it updates as soon as a coding changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { CodingRecord, DocumentRecord } from '../../../shared/model';
import { splitParagraphs, type Paragraph } from '../../../shared/text/paragraphs';
import { codingsOfDocument } from '../../db/codings';
import { documentText } from '../../db/documents';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { completedOperations, onCommitting } from '../../db/changes';
import { codingsShown, settled, stillPending, type LocalOperation, type QueriedCodings } from './codingsView';

export interface DocumentData {
  document: DocumentRecord;
  text: string;
  paragraphs: Paragraph[];
}

export function useDocumentData(db: ProjectDatabase, docId: string | null): DocumentData | null | undefined {
  const loaded = useLiveQuery(
    async () => {
      if (!docId) return null;
      const [document, text] = await Promise.all([db.documents.get(docId), documentText(db, docId)]);
      return document && text !== undefined ? { document, text } : null;
    },
    [db, docId],
  );
  const paragraphs = useMemo(() => (loaded ? splitParagraphs(loaded.text) : []), [loaded?.text]);
  if (loaded === undefined) return undefined;
  return loaded ? { ...loaded, paragraphs } : null;
}

/**
 * A document's codings in text order, live. An operation of this window shows the moment it starts
 * being written (patched in memory from its rows) instead of when the live query has read thousands
 * of codings back; it stays applied until a query result read after it was stored holds it
 * (codingsView.ts: a result can arrive after an operation yet be older than it), and a failed write
 * is taken back.
 */
export function useCodings(db: ProjectDatabase, docId: string | null): readonly CodingRecord[] {
  const queried = useLiveQuery(
    async (): Promise<QueriedCodings> => {
      const readAfter = completedOperations(db);
      return { rows: docId ? await codingsOfDocument(db, docId) : NO_CODINGS, readAfter };
    },
    [db, docId],
  );
  const [local, setLocal] = useState<{ docId: string | null; operations: readonly LocalOperation[] }>({ docId, operations: [] });
  const operations = local.docId === docId ? local.operations : NO_OPERATIONS;
  useEffect(() => {
    if (!docId) return;
    setLocal({ docId, operations: [] });
    const update = (change: (operations: readonly LocalOperation[]) => readonly LocalOperation[]) =>
      setLocal((previous) => (previous.docId === docId ? { docId, operations: change(previous.operations) } : previous));
    return onCommitting(db, (operation, stored) => {
      const changes = operation.changes.filter((c) => c.table === 'codings' && (c.before?.docId === docId || c.after?.docId === docId));
      if (changes.length === 0) return;
      update((list) => [...list, { id: operation.id, changes, storedAt: null }]);
      void stored.then((ok) => update((list) => settled(list, operation.id, ok ? completedOperations(db) : null)));
    });
  }, [db, docId]);
  // Operations a result holds are done with: dropped once it is shown.
  useEffect(() => {
    if (queried && stillPending(queried, operations) !== operations) setLocal((previous) => (previous.docId === docId ? { docId, operations: stillPending(queried, previous.operations) } : previous));
  }, [queried, operations, docId]);
  return useMemo(() => (queried && docId ? codingsShown(queried, operations, docId) : NO_CODINGS), [queried, operations, docId]);
}

const NO_OPERATIONS: readonly LocalOperation[] = [];
const NO_CODINGS: readonly CodingRecord[] = [];
