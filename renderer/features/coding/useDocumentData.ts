// The data the coding screen shows for one document, live: it updates as soon as a coding changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CodingRecord, DocumentRecord } from '../../../shared/model';
import { splitParagraphs, type Paragraph } from '../../../shared/text/paragraphs';
import { codingsOfDocument } from '../../db/codings';
import { documentText } from '../../db/documents';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { onCommitting } from '../../db/changes';
import { patchCodings } from './codingsPatch';

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
 * of codings back; the query's next result replaces the patch, and a failed write takes it back.
 */
export function useCodings(db: ProjectDatabase, docId: string | null): readonly CodingRecord[] {
  const queried = useLiveQuery(() => (docId ? codingsOfDocument(db, docId) : []), [db, docId]) ?? NO_CODINGS;
  const [patch, setPatch] = useState<{ base: readonly CodingRecord[]; rows: readonly CodingRecord[] } | null>(null);
  const latest = useRef(queried);
  latest.current = queried;
  useEffect(() => {
    if (!docId) return;
    return onCommitting(db, (operation, stored) => {
      setPatch((previous) => {
        const base = latest.current;
        const rows = patchCodings(previous?.base === base ? previous.rows : base, docId, operation.changes);
        return rows ? { base, rows } : previous;
      });
      // A write that failed is taken back: the stored codings, as last read, are the truth.
      void stored.then((ok) => {
        if (!ok) setPatch(null);
      });
    });
  }, [db, docId]);
  return patch && patch.base === queried ? patch.rows : queried;
}

const NO_CODINGS: readonly CodingRecord[] = [];
