// What Retrieve and Compare read: the project's rows an analysis needs and the documents' canonical
// texts, in one read transaction, so an analysis never mixes rows from before and after a change.
import type { ProjectRows } from '../../shared/analysis/analysisIndex';
import type { ProjectDatabase } from './projectDatabase';
import { listDocuments } from './documents';
import { listCodes } from './codes';
import { listDocumentSets } from './documentSets';
import { memosOfType } from './memos';

export interface AnalysisRows {
  rows: ProjectRows;
  texts: Map<string, string>;
}

/** The tables readAnalysisRows reads: a write to any of them changes what it returns. */
export const ANALYSIS_TABLES = ['documents', 'texts', 'codes', 'codings', 'documentSets', 'coders', 'memos'] as const;

export function readAnalysisRows(db: ProjectDatabase): Promise<AnalysisRows> {
  return db.transaction('r', [...ANALYSIS_TABLES], async () => {
    const documents = await listDocuments(db);
    const [texts, codes, codings, sets, coders, memos] = await Promise.all([
      db.texts.bulkGet(documents.map((doc) => doc.id)),
      listCodes(db),
      db.codings.toArray(),
      listDocumentSets(db),
      db.coders.toArray(),
      memosOfType(db, 'coding'),
    ]);
    const byId = new Map<string, string>();
    documents.forEach((doc, i) => {
      const text = texts[i]?.text;
      if (text !== undefined) byId.set(doc.id, text);
    });
    return { rows: { documents, codes, codings, sets, coders, memos }, texts: byId };
  });
}
