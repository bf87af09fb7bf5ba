// The data the coding screen shows for one document, live: it updates as soon as a coding changes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CodeRecord, CodingRecord, DocumentRecord } from '../../../shared/model';
import { splitParagraphs, type Paragraph } from '../../../shared/text/paragraphs';
import { codingsOfDocument } from '../../db/codings';
import { listCodes } from '../../db/codes';
import { documentText } from '../../db/documents';
import type { ProjectDatabase } from '../../db/projectDatabase';

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

export function useCodings(db: ProjectDatabase, docId: string | null): readonly CodingRecord[] {
  return useLiveQuery(() => (docId ? codingsOfDocument(db, docId) : []), [db, docId]) ?? NO_CODINGS;
}

export function useCodes(db: ProjectDatabase): readonly CodeRecord[] {
  return useLiveQuery(() => listCodes(db), [db]) ?? NO_CODES;
}

const NO_CODINGS: readonly CodingRecord[] = [];
const NO_CODES: readonly CodeRecord[] = [];
