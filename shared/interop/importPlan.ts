// What importing a REFI-QDA project would do, before anything is written: the rows it would add
// (plain rows, comparable with the open project's through the merge planner, so that re-importing
// the same file adds nothing), what it skips and why, what it still needs from the app, and the
// counts a preview shows. The plan is plain JSON (no bytes, no functions): it can cross to the main
// process, wait in a dialog and be completed later.
import type { CoderRecord } from '../model';
import type { OffsetReading } from './offsetReadings';
import type { ProjectRows } from './projectRows';
import type { RefiProject } from './refiProject';
import type { SourceLocation } from './sourcePaths';

export interface ImportOptions {
  /** The file's name, for messages ("interviews.qdpx"). */
  fileName: string;
  /** The folder the .qdpx file is in: `relative://` paths are resolved against it when the project has no basePath. */
  folderPath?: string;
  /** The project the rows go into: project notes become memos on it. */
  projectId: string;
  /** Whom rows without a creating user are attributed to (the researcher who imports). */
  defaultCoder: CoderRecord;
  /** The clock, as an ISO date-time: rows the file gives no date get this one. */
  now: string;
}

export type SkippedKind = 'archive entry' | 'file' | 'source' | 'code' | 'coding' | 'selection' | 'note' | 'set' | 'variable' | 'case' | 'user' | 'link' | 'graph';

export interface SkippedItem {
  kind: SkippedKind | string;
  /** The item's name or GUID, as the file has it. */
  name: string;
  reason: string;
}

/** A source whose text the app must fetch before the plan can place its codings. */
export interface SourceNeed {
  /** The source's (and future document's) id. */
  id: string;
  sourceName: string;
  /**
   * `extract`: a rich-text, PDF or other original, for the library's extractor; `read-text`: a plain
   * text file outside the archive (relative:// or absolute://), to read from disk.
   */
  kind: 'extract' | 'read-text';
  location: Exclude<SourceLocation, { where: 'nowhere' }>;
  /** The file's extension, lower case ("docx", "pdf", "txt"). */
  format: string;
}

/** What the app hands back for a need: the extracted or read text, the bytes of a text file, or why it could not. */
export type SuppliedSource = { id: string; text: string; sha256?: string } | { id: string; bytes: Uint8Array } | { id: string; error: string };

export type TextOrigin = 'plain-text-file' | 'plain-text-content' | 'supplied';

export interface SourceText {
  /** The text as the producing tool counted it: byte-order mark removed, line ends as written. */
  raw: string;
  from: TextOrigin;
  /** The archive entry or disk path it came from. */
  path?: string;
  /** SHA-256 of the original bytes, when known. */
  sha256?: string;
  /** The rich-text original beside the plain text, inside the archive. */
  originalEntry?: string;
}

export interface DocumentOrigin {
  docId: string;
  from: TextOrigin;
  path?: string;
  /** The rich-text original inside the archive, which the app may store in the library. */
  originalEntry?: string;
  /** How the file's offsets were read, and whether every selection fitted. */
  reading: OffsetReading | null;
  note?: string;
}

/** A comment on a passage (MAXQDA) or a note on a selection without a code: imported as a coding of the comments code with a memo. */
export interface PassageComment {
  docId: string;
  codingId: string;
  memoId: string;
}

export interface ImportCounts {
  documents: number;
  codes: number;
  codings: number;
  memos: number;
  coders: number;
  attributes: number;
  attributeValues: number;
  sets: number;
  skipped: number;
  needs: number;
}

/** The parsed file and the texts read so far: what `completeImportPlan` rebuilds the plan from. */
export interface ImportState {
  project: RefiProject;
  texts: Record<string, SourceText>;
  /** Texts of notes kept in files (`plainTextPath` on a Note). */
  noteTexts: Record<string, string>;
  /** Sources still waiting for their text. */
  needs: SourceNeed[];
  /** Problems found before the rows were built (archive entries, unreadable files). */
  skipped: SkippedItem[];
  options: ImportOptions;
}

export interface ImportPlan {
  projectName: string;
  origin: string;
  rows: ProjectRows;
  origins: DocumentOrigin[];
  passageComments: PassageComment[];
  skipped: SkippedItem[];
  needs: SourceNeed[];
  counts: ImportCounts;
  /**
   * Ids of the memos made from notes the file gave no date (other tools often write none), recorded as
   * the plan builds them. Such a memo is dated at the import (`options.now`), for a memo needs a time,
   * but that moment says nothing of when the note was written: a merge must not take it for the
   * latest edit (mergeMemos.ts). A note with a creation date only is dated: it was written then at
   * the latest. An array, as the plan is plain JSON.
   */
  undatedMemoIds: string[];
  state: ImportState;
}
