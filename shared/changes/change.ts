// A change to project data as data: every row it writes, as it was before and as it is after, so that
// the operations log can keep it, undo can write its inverse, and the audit trail can say who changed
// what. Builders (the other modules of this folder, and shared/codebook) are pure: they take the rows
// as they are and, for the rows they create, ids and the time (`Minting`), so that the same builder
// serves the window (new UUIDs, the clock) and a project file, REFI-QDA import or merge (the ids and
// times the file gives). renderer/db/changes.ts commits a Change in one transaction.
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
import type { SavedQueryRecord } from '../retrieve/savedQueryRecord';

/** The row type of each table of a project. */
export interface TableRows {
  documents: DocumentRecord;
  texts: DocumentText;
  codes: CodeRecord;
  codings: CodingRecord;
  memos: MemoRecord;
  coders: CoderRecord;
  documentSets: DocumentSetRecord;
  attributeDefinitions: AttributeDefinition;
  savedQueries: SavedQueryRecord;
}

export type ProjectTable = keyof TableRows;

/** One row of one logged table, before and after; the key is the row's primary key (its id, an attribute's name). */
export interface RowChangeOf<T extends LoggedTable> {
  table: T;
  key: string;
  /** The row before the change; null when the change creates it. */
  before: TableRows[T] | null;
  /** The row after the change; null when the change deletes it. */
  after: TableRows[T] | null;
}

/**
 * The tables the operations log holds rows of: every table but the texts. Keeping texts in the log
 * would make it as large as the project's texts (1,000 documents of 800 words: about 5 MB an import).
 */
export type LoggedTable = Exclude<ProjectTable, 'texts'>;

/** A row change of a logged table, discriminated by `table` (so `before` and `after` have that table's row type). */
export type RowChange = { [T in LoggedTable]: RowChangeOf<T> }[LoggedTable];

/**
 * A document's text written with a change (`text` null deletes it): beside the log, never in it.
 * Texts are written once, at import, and deleted with their document; nothing edits them.
 */
export interface TextChange {
  docId: string;
  text: string | null;
}

export interface Change {
  /** What a researcher would call it: "Code “pledge” applied". */
  label: string;
  /** The rows it writes, in order; a row touched twice ends as its last write. */
  changes: RowChange[];
  /** Texts written (or deleted) in the same transaction, outside the log (see LoggedTable). */
  texts?: TextChange[];
  /**
   * Documents and codes the change concerns beyond those its rows name: a memo on a coding belongs
   * to the coding's document and code in the audit trail, though the memo row names only the coding.
   */
  docIds?: string[];
  codeIds?: string[];
  /**
   * For settling a disagreement (shared/changes/adjudicationChanges.ts): which one, and the decision
   * in words. Kept in the operation it is logged as, so that adjudication progress is read from the
   * log (shared/agreement/adjudicationLog.ts) and travels with the project; a decision that writes no
   * row ("keep no coding" where the consensus held nothing) is logged and undoable all the same.
   */
  adjudication?: Adjudication;
}

/** A settled disagreement, as its operation in the log names it. */
export interface Adjudication {
  /** The disagreement's id (shared/agreement/disagreements.ts: stable while its codings are). */
  disagreementId: string;
  /** The decision as the adjudication list says it: "Lee’s coding kept". */
  words: string;
}

/** New ids and the time for rows a change creates: passed in, so that builders stay pure. */
export interface Minting {
  newId(): string;
  /** ISO 8601 in UTC, as every `createdAt` and `updatedAt`. */
  now: string;
}

/**
 * The ids and time a new row takes: those given (a project file's, a REFI-QDA GUID, a merged row's),
 * else newly minted.
 */
export interface GivenIdentity {
  id?: string;
  createdAt?: string;
}

/** Several changes as one (one operation, one undo step), in order. */
export function joinChanges(label: string, parts: readonly Change[]): Change {
  const texts = parts.flatMap((part) => part.texts ?? []);
  const docIds = parts.flatMap((part) => part.docIds ?? []);
  const codeIds = parts.flatMap((part) => part.codeIds ?? []);
  return {
    label,
    changes: parts.flatMap((part) => part.changes),
    ...(texts.length ? { texts } : {}),
    ...(docIds.length ? { docIds: [...new Set(docIds)] } : {}),
    ...(codeIds.length ? { codeIds: [...new Set(codeIds)] } : {}),
  };
}

/** The change that takes an operation back: each row returns to its `before`, last change first. */
export function inverseOf(operation: Pick<Change, 'label' | 'changes' | 'docIds' | 'codeIds'>): Change {
  return {
    label: operation.label,
    changes: [...operation.changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as RowChange),
    // The same documents and codes as the operation, so that its undo shows in the same audit trails.
    ...(operation.docIds ? { docIds: operation.docIds } : {}),
    ...(operation.codeIds ? { codeIds: operation.codeIds } : {}),
  };
}
