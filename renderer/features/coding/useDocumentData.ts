// The data the coding screen shows for one document, live: it updates as soon as a coding changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
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
  // Told when the chosen document's text has been read (below), in the same task.
  const textRead = useMemo(() => promiseWithResolve(), [db, docId]);
  const loaded = useLiveQuery(
    async () => {
      if (!docId) return null;
      const [document, text] = await Promise.all([db.documents.get(docId), documentText(db, docId)]);
      textRead.resolve();
      return document && text !== undefined ? { document, text } : null;
    },
    // With the promise it tells: were React ever to make it again, the query would tell the new one.
    [db, docId, textRead],
  );
  // The document's codings are asked for the moment its text is back, before the screen draws it, and
  // kept while it is the open one: the text is drawn and laid out (hundreds of milliseconds for a long
  // document) while they are being read. Asked together with the text, thousands of codings held the
  // text back (the database hands both back at once), and the screen sat idle waiting for them. The
  // promise's callback was set here, outside the live query, so their read is not one of the query's.
  useEffect(() => {
    if (!docId) return;
    let release: (() => void) | undefined;
    let closed = false;
    void textRead.promise.then(() => {
      if (!closed) release = documentCodingsOf(db, docId).subscribe(NOTHING_TO_DO);
    });
    return () => {
      closed = true;
      release?.();
    };
  }, [db, docId, textRead]);
  const text = useSameString(loaded?.text);
  const paragraphs = useMemo(() => (text !== undefined ? splitParagraphs(text) : []), [text]);
  if (loaded === undefined) return undefined;
  return loaded && text !== undefined ? { ...loaded, text, paragraphs } : null;
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

/**
 * The string last given while the one given now reads the same. A re-run of the text's query (a
 * rename re-runs it; it also ran once while the benches coded) hands back an equal text in a new
 * string. React keeps the dependencies a memo or callback was made with while new ones compare equal,
 * so from then on every render of the coding screen compared the new string with the first, whole
 * (900 KB in a long document, ~6 ms a key press: RESULTS.md). Compared once here, one string goes on.
 */
function useSameString(next: string | undefined): string | undefined {
  const kept = useRef(next);
  if (kept.current !== next) kept.current = next;
  return kept.current;
}

const NO_CODINGS: readonly CodingRecord[] = [];

const NOTHING_TO_DO = () => {};

function promiseWithResolve(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}
