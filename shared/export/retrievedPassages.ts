// Rows of Retrieve's results for the exports (CSV and HTML report): one row per passage and code, as
// the coded-segments export has one row per segment and code, with the passage's coders, the
// earliest date, and the memos of the codings that make it.
import type { CodeRecord, CoderRecord, CodingRecord, DocumentRecord } from '../model';
import { codePath } from '../codebook/codePath';
import type { RetrieveColumn } from '../retrieve/retrieveColumns';
import type { RetrievedPassage } from '../retrieve/retrievePassages';

export interface RetrieveExportInput {
  projectName: string;
  /** The result's columns in order; a list without grouping is one column. */
  columns: readonly RetrieveColumn[];
  /** Whether the columns are groups worth naming (false: one list). */
  grouped: boolean;
  documents: readonly DocumentRecord[];
  codes: readonly CodeRecord[];
  coders: readonly CoderRecord[];
  /** The codings of the passages (at least), for coders, dates and memos. */
  codings: readonly CodingRecord[];
  /** Plain text of each coding's memo, by coding id, as the coded-segments export takes it. */
  codingMemos: ReadonlyMap<string, string>;
  text: (docId: string) => string | undefined;
}

export interface PassageCodeRow {
  group: string;
  passage: RetrievedPassage;
  document: DocumentRecord;
  code: CodeRecord | null;
  codePath: string;
  coderNames: string[];
  /** The earliest of the codings of this code in the passage (ISO 8601). */
  createdAt: string;
  /** Memos of those codings, each once. */
  memos: string[];
  otherCodePaths: string[];
}

export function passageCodeRows(input: RetrieveExportInput): PassageCodeRow[] {
  const docs = new Map(input.documents.map((doc) => [doc.id, doc]));
  const codesById = new Map(input.codes.map((code) => [code.id, code]));
  const coderNames = new Map(input.coders.map((coder) => [coder.id, coder.name]));
  const codings = new Map(input.codings.map((coding) => [coding.id, coding]));
  const path = (id: string) => {
    const code = codesById.get(id);
    return code ? codePath(code, codesById) : '';
  };
  const rows: PassageCodeRow[] = [];
  for (const column of input.columns) {
    for (const passage of column.passages) {
      const document = docs.get(passage.docId);
      if (!document) continue;
      const making = passage.codingIds.map((id) => codings.get(id)).filter((c) => c !== undefined);
      for (const codeId of passage.codeIds) {
        const own = making.filter((c) => c.codeId === codeId);
        rows.push({
          group: input.grouped ? column.group.label : '',
          passage,
          document,
          code: codesById.get(codeId) ?? null,
          codePath: path(codeId),
          coderNames: [...new Set(own.map((c) => coderNames.get(c.coderId) ?? c.coderId))],
          createdAt: own.map((c) => c.createdAt).sort()[0] ?? '',
          memos: [...new Set(own.map((c) => input.codingMemos.get(c.id)?.trim() ?? '').filter((m) => m !== ''))],
          otherCodePaths: passage.otherCodeIds.map(path),
        });
      }
    }
  }
  return rows;
}
