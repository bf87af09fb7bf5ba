// A project as plain rows: what an export reads, what an import plan proposes and what a merge
// compares. A `.framewise` project file and a REFI-QDA import are both brought to this shape, so
// that one merge serves both.
import type {
  AttributeDefinition,
  CodeRecord,
  CoderRecord,
  CodingRecord,
  DocumentRecord,
  DocumentSetRecord,
  DocumentText,
  MemoRecord,
} from '../model';

export interface ProjectRows {
  documents: DocumentRecord[];
  /** One per document (the canonical text). */
  texts: DocumentText[];
  codes: CodeRecord[];
  codings: CodingRecord[];
  memos: MemoRecord[];
  coders: CoderRecord[];
  documentSets: DocumentSetRecord[];
  attributeDefinitions: AttributeDefinition[];
}

export function emptyProjectRows(): ProjectRows {
  return { documents: [], texts: [], codes: [], codings: [], memos: [], coders: [], documentSets: [], attributeDefinitions: [] };
}
