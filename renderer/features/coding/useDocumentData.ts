// The data the coding screen shows for one document, live: it updates as soon as a coding changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { CodingRecord, DocumentRecord } from '../../../shared/model';
import { splitParagraphs, type Paragraph } from '../../../shared/text/paragraphs';
import { documentText } from '../../db/documents';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { useProject } from '../projects/ProjectContext';
import { useCoderView } from '../coders/CoderViewContext';
import { visibleRows } from '../coders/coderVisibility';
import { documentCodingsOf } from './documentCodingsStore';

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
  // The document's codings are asked for as it is chosen, right after its text, and kept while it is
  // the open one: the coding screen draws the text once they are read, so that its first frame shows
  // the highlights (asked for only once the screen had the text, they came back while the text was
  // being laid out, and the highlights a frame later). After the text: the live query above asks for
  // it from a timer set as it subscribed, in its effect before this one, and asked first, thousands
  // of codings held the text back.
  useEffect(() => {
    if (!docId) return;
    let release: (() => void) | undefined;
    const timer = setTimeout(() => {
      release = documentCodingsOf(db, docId).subscribe(NOTHING_TO_DO);
    }, 0);
    return () => {
      clearTimeout(timer);
      release?.();
    };
  }, [db, docId]);
  const paragraphs = useMemo(() => (loaded ? splitParagraphs(loaded.text) : []), [loaded?.text]);
  if (loaded === undefined) return undefined;
  return loaded ? { ...loaded, paragraphs } : null;
}

/**
 * A document's codings in text order, live: this window's writes show the moment they start being
 * written, every write (this window's or another's) by the rows it wrote (documentCodingsStore.ts).
 */
export function useCodings(db: ProjectDatabase, docId: string): readonly CodingRecord[] {
  const store = documentCodingsOf(db, docId);
  return useSyncExternalStore(store.subscribe, () => store.codings() ?? NO_CODINGS);
}

/** Whether the document's codings have been read (useCodings gives none until then). */
export function useCodingsRead(db: ProjectDatabase, docId: string): boolean {
  const store = documentCodingsOf(db, docId);
  return useSyncExternalStore(store.subscribe, () => store.codings() !== undefined);
}

/**
 * The document's codings the coder view shows, as they are at the moment of the call: what an action
 * checks a key press against. The same function until the coder view changes.
 */
export function useVisibleCodingsNow(db: ProjectDatabase, docId: string): () => readonly CodingRecord[] {
  const { visibility } = useCoderView();
  const { coder } = useProject();
  return useCallback(() => visibleRows(documentCodingsOf(db, docId).codings() ?? NO_CODINGS, coder.id, visibility), [db, docId, coder.id, visibility]);
}

const NO_CODINGS: readonly CodingRecord[] = [];
const NOTHING_TO_DO = () => {};
