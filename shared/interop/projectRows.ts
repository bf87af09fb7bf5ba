// A project as plain rows: what an export reads, what an import plan proposes and what a merge
// compares. A `.framewise` project file and a REFI-QDA import are both brought to this shape, so
// that one merge serves both.
import type { TableRows } from '../changes/change';

/** The tables a project exchanges with other tools, each as an array of its rows (saved queries and the log stay home). */
export type ProjectRows = { [T in Exclude<keyof TableRows, 'savedQueries'>]: TableRows[T][] };

export function emptyProjectRows(): ProjectRows {
  return { documents: [], texts: [], codes: [], codings: [], memos: [], coders: [], documentSets: [], attributeDefinitions: [] };
}
