// The tables a project file holds, one JSON-lines entry each: the tables of the project's database
// (renderer/db/projectDatabase.ts), rows as stored. A table that can be rebuilt from the others (a
// count kept for speed, an index) is not stored, nor what one row repeats of another (rowCompaction.ts):
// a file holds what was written, never a second copy that could disagree with it.
import type { TableRows } from '../changes/change';
import type { OperationRow } from './rowSchemas';

/** Every table of the project's database as an array of its rows, the operations log included. */
export type ProjectTables = { [T in keyof TableRows]: TableRows[T][] } & { operations: OperationRow[] };

export type TableName = keyof ProjectTables;

/** In the order they are written: what other rows point to comes first, the log last. */
export const TABLE_NAMES: readonly TableName[] = ['coders', 'attributeDefinitions', 'documents', 'texts', 'codes', 'codings', 'memos', 'documentSets', 'savedQueries', 'operations'];

/**
 * Tables a later format added, with the format that added them: a file or a backup index written
 * before holds none of their rows (formatUpgrades.ts gives such a file the empty table).
 */
export const TABLES_ADDED: { readonly [T in TableName]?: number } = { savedQueries: 2 };

/** The field that identifies a row of each table (its key in the database). */
export const TABLE_KEYS: { readonly [T in TableName]: keyof ProjectTables[T][number] & string } = {
  documents: 'id',
  texts: 'docId',
  codes: 'id',
  codings: 'id',
  memos: 'id',
  coders: 'id',
  documentSets: 'id',
  attributeDefinitions: 'name',
  savedQueries: 'id',
  operations: 'id',
};

/** What a researcher calls each table's rows, for messages: "3 codings", "the table of codings". */
export const TABLE_WORDS: { readonly [T in TableName]: { one: string; many: string } } = {
  documents: { one: 'document', many: 'documents' },
  texts: { one: 'document text', many: 'document texts' },
  codes: { one: 'code', many: 'codes' },
  codings: { one: 'coding', many: 'codings' },
  memos: { one: 'memo', many: 'memos' },
  coders: { one: 'coder', many: 'coders' },
  documentSets: { one: 'document set', many: 'document sets' },
  attributeDefinitions: { one: 'attribute', many: 'attributes' },
  savedQueries: { one: 'saved query', many: 'saved queries' },
  operations: { one: 'history entry', many: 'history entries' },
};

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

export function emptyTables(): ProjectTables {
  return { documents: [], texts: [], codes: [], codings: [], memos: [], coders: [], documentSets: [], attributeDefinitions: [], savedQueries: [], operations: [] };
}
