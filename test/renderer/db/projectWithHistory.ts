// A fresh project as the undo tests start from: documents of the texts given, the default codebook,
// and the project's undo history, made before anything is written so that it hears every step.
import type { CodeRecord, DocumentRecord } from '../../../shared/model';
import { addDefaultCodebook, listCodes } from '../../../renderer/db/codes';
import { addImportedDocuments } from '../../../renderer/db/documents';
import type { ProjectDatabase } from '../../../renderer/db/projectDatabase';
import { undoHistoryFor, type UndoHistory } from '../../../renderer/db/undoHistory';
import { importedDocument } from '../../fixtures/importedDocument';
import { freshProject } from './projectDb';

export interface ProjectWithHistory {
  db: ProjectDatabase;
  history: UndoHistory;
  /** The documents in the order their texts were given. */
  documents: DocumentRecord[];
  /** A code of the default codebook by its name, as it was first written. */
  code(name: string): CodeRecord;
  /** Ends the history and deletes the project. */
  close(): Promise<void>;
}

/** `texts` maps each document's name to its text. */
export async function projectWithHistory(texts: Readonly<Record<string, string>>): Promise<ProjectWithHistory> {
  const db = await freshProject();
  const history = undoHistoryFor(db);
  const documents = await addImportedDocuments(db, Object.entries(texts).map(([name, text]) => importedDocument(name, { text })));
  await addDefaultCodebook(db);
  const codes = new Map((await listCodes(db)).map((c) => [c.name, c]));
  return {
    db,
    history,
    documents,
    code(name) {
      const code = codes.get(name);
      if (!code) throw new Error(`The default codebook has no code named “${name}”`);
      return code;
    },
    async close() {
      history.dispose();
      await db.delete();
    },
  };
}
