// The data a project holds. Keys are UUIDs, never auto-increments: projects from several coders and
// machines merge, and two machines must never mint the same key. Offsets are UTF-16 code units of the
// document's canonical text, `[start, end)`, unless a name says otherwise.

export type Uuid = string;

/** The formats the library extracts; the string is also the stored original's extension. */
export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'odt' | 'rtf' | 'csv' | 'xlsx';

/** REFI-QDA's variable types; a value is stored as the JavaScript type that matches. */
export type AttributeType = 'text' | 'number' | 'date' | 'boolean';
export type AttributeValue = string | number | boolean | null;

/** A project's free attribute: its name (the key in `DocumentRecord.attributes`) and type. */
export interface AttributeDefinition {
  name: string;
  type: AttributeType;
}

/** Bibliographic facts every document has (empty strings when unknown). */
export interface DocumentMetadata {
  author: string;
  /** ISO 8601 date, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when that is all the source says). */
  date: string;
  /** The outlet or publisher: "The Riverton Courier". */
  source: string;
  url: string;
}

export const EMPTY_METADATA: DocumentMetadata = { author: '', date: '', source: '', url: '' };

export interface DocumentRecord extends DocumentMetadata {
  id: Uuid;
  title: string;
  format: DocumentFormat;
  /** The original file's name, as the researcher knows it. */
  fileName: string;
  /** Name of the stored original in the library folder: `<sha256>.<ext>`. */
  storedName: string;
  /** SHA-256 of the original bytes (hex); two files with equal content are one document. */
  sha256: string;
  /** Position in the project's document order, which exports follow. */
  order: number;
  importedAt: string;
  /** Length of the canonical text in UTF-16 units and its word count, for lists without loading text. */
  length: number;
  words: number;
  /** Encoding and other facts of extraction, shown in the document's info. */
  extraction: Record<string, string>;
  /** Free attributes; their types are declared in the project's attribute definitions. */
  attributes: Record<string, AttributeValue>;
}

/** A named group of documents ("right-leaning sources"), for comparisons and filters. */
export interface DocumentSetRecord {
  id: Uuid;
  name: string;
  docIds: Uuid[];
  createdAt: string;
}

/** Canonical text lives apart from the document row so that lists never load whole texts. */
export interface DocumentText {
  docId: Uuid;
  text: string;
}

export interface CodeRecord {
  id: Uuid;
  name: string;
  /** CSS colour, `#rrggbb`. */
  color: string;
  parentId: Uuid | null;
  order: number;
  /** What the code means, and the fields methodologists ask of a codebook. */
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  createdAt: string;
}

export interface CodingRecord {
  id: Uuid;
  docId: Uuid;
  codeId: Uuid;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  coderId: Uuid;
  createdAt: string;
  /**
   * Whether blind mode (the other coders' work hidden) was on when the coder made this coding, so
   * that a methods section can say truthfully who coded blind. Absent where it was not recorded:
   * codings made before it was, brought in from a REFI-QDA file, or settled into the consensus.
   */
  blind?: boolean;
}

export type MemoTargetType = 'project' | 'document' | 'code' | 'coding';

export interface MemoRecord {
  id: Uuid;
  targetType: MemoTargetType;
  /** The target's id; the project memo uses the project id. */
  targetId: Uuid;
  /** The memo as rich text: a serialized Lexical editor state (JSON). */
  body: string;
  /** Plain text of the memo, for search and exports. */
  text: string;
  coderId: Uuid;
  createdAt: string;
  updatedAt: string;
}

export interface CoderRecord {
  id: Uuid;
  name: string;
  color: string;
}
