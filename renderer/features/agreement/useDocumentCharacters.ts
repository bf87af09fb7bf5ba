// The text of the document a disagreement is in, with its character index: places in it are said in
// characters as a reader counts them (passagePlace.ts). Read in the list, not per disagreement, so that
// stepping through a long document's disagreements indexes its text once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { characterIndex, type CharacterIndex } from '../../../shared/text/characterIndex';
import { documentText } from '../../db/documents';
import type { ProjectDatabase } from '../../db/projectDatabase';

export interface DocumentCharacters {
  text: string;
  index: CharacterIndex;
}

/** Undefined while it is read, or while no document is asked for. */
export function useDocumentCharacters(db: ProjectDatabase, docId: string | undefined): DocumentCharacters | undefined {
  const read = useLiveQuery(async () => (docId === undefined ? undefined : { docId, text: (await documentText(db, docId)) ?? '' }), [db, docId]);
  // The last document's text answers until the new one's is read: it must not pass for it.
  const text = read?.docId === docId ? read?.text : undefined;
  // Strings compare by value: a text read again unchanged is not indexed again.
  return useMemo(() => (text === undefined ? undefined : { text, index: characterIndex(text) }), [text]);
}
