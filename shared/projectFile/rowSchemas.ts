// What a row of each table must be, checked for every row a project file brings in before any of it
// reaches a project. The shapes are those of shared/model.ts and renderer/db/operationRecord.ts (the
// agreement is checked by the type checker, below and in test/shared/projectFile/rowSchemas.test.ts).
// Objects are loose: a field this version does not know is kept, not refused and not dropped, so
// a row read back is the row that was written. Only what would break the app is refused: a wrong
// type, a missing field, an offset that is not a whole number.
import { z } from 'zod';
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
import { retrieveQuerySchema } from '../retrieve/savedQuery';

const id = z.string().min(1);
const text = z.string();
/** Offsets and counts: UTF-16 code units of the canonical text, never fractional or negative. */
const count = z.number().int().nonnegative();
/** Positions in an order (documents, sibling codes); fractional positions are allowed. */
const position = z.number().finite();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'should be a SHA-256 (64 hexadecimal digits)');

const attributeValue = z.union([z.string(), z.number().finite(), z.boolean(), z.null()]);

const documentShape = {
  id,
  title: text,
  format: z.enum(['txt', 'md', 'html', 'docx', 'pdf', 'odt', 'rtf', 'csv', 'xlsx']),
  fileName: text,
  // Empty for documents made inside Framewise (the sample project), which have no original.
  storedName: text,
  sha256,
  order: position,
  importedAt: text,
  length: count,
  words: count,
  extraction: z.record(z.string(), z.string()),
  attributes: z.record(z.string(), attributeValue),
  author: text,
  date: text,
  source: text,
  url: text,
};
export const documentRow = z.looseObject(documentShape);

const textShape = { docId: id, text };
export const textRow = z.looseObject(textShape);

const codeShape = {
  id,
  name: text,
  color: text,
  parentId: id.nullable(),
  order: position,
  definition: text,
  inclusion: text,
  exclusion: text,
  example: text,
  createdAt: text,
};
export const codeRow = z.looseObject(codeShape);

const codingShape = {
  id,
  docId: id,
  codeId: id,
  start: count,
  end: count,
  quote: text,
  prefix: text,
  suffix: text,
  coderId: id,
  createdAt: text,
  blind: z.boolean().optional(),
};
export const codingRow = z.looseObject(codingShape);

const memoShape = {
  id,
  targetType: z.enum(['project', 'document', 'code', 'coding']),
  targetId: id,
  body: text,
  text,
  coderId: id,
  createdAt: text,
  updatedAt: text,
};
export const memoRow = z.looseObject(memoShape);

const coderShape = { id, name: text, color: text };
export const coderRow = z.looseObject(coderShape);

const documentSetShape = { id, name: text, docIds: z.array(id), createdAt: text };
export const documentSetRow = z.looseObject(documentSetShape);

const attributeDefinitionShape = { name: z.string().min(1), type: z.enum(['text', 'number', 'date', 'boolean']) };
export const attributeDefinitionRow = z.looseObject(attributeDefinitionShape);

// The query is checked as Retrieve reads it back (parts an older version left out take their defaults),
// so a file never brings in a saved query that Compare or Retrieve could not run.
const savedQueryShape = { id, name: z.string().min(1), query: retrieveQuerySchema, createdAt: text, updatedAt: text };
export const savedQueryRow = z.looseObject(savedQueryShape);

const rowChangeShape = {
  table: z.enum(['documents', 'texts', 'codes', 'codings', 'memos', 'coders', 'documentSets', 'attributeDefinitions', 'savedQueries']),
  key: z.string(),
  // The rows before and after are kept as they were logged: an old entry may hold a row of an
  // older shape, and the log is history, not data the app reads as current.
  before: z.unknown(),
  after: z.unknown(),
};
const rowChange = z.looseObject(rowChangeShape);

/** An entry of the operations log (renderer/db/operationRecord.ts, which shared/ may not import). */
const operationShape = {
  id,
  at: text,
  coderId: id,
  label: text,
  kind: z.enum(['change', 'undo', 'redo', 'irreversible']),
  reverses: id.optional(),
  changes: z.array(rowChange),
  docIds: z.array(id),
  codeIds: z.array(id),
  adjudication: z.object({ disagreementId: text, words: text }).optional(),
};
export const operationRow = z.looseObject(operationShape);

/**
 * An entry of the operations log, as renderer/db/operationRecord.ts declares it (repeated here because
 * shared/ may not import the renderer; test/shared/projectFile/rowSchemas.test.ts checks they are the same).
 */
// A type, not an interface, so that it has the implicit index signature the loose schema's input asks for.
export type OperationRow = {
  id: string;
  at: string;
  coderId: string;
  label: string;
  kind: 'change' | 'undo' | 'redo' | 'irreversible';
  reverses?: string;
  changes: Array<{ table: 'documents' | 'texts' | 'codes' | 'codings' | 'memos' | 'coders' | 'documentSets' | 'attributeDefinitions' | 'savedQueries'; key: string; before: unknown; after: unknown }>;
  docIds: string[];
  codeIds: string[];
  adjudication?: { disagreementId: string; words: string };
};

// Every log entry is accepted, and what the schema accepts has every field of one.
export const OPERATION_SCHEMA_AGREES: [OperationRow] extends [z.input<typeof operationRow>] ? (keyof OperationRow extends keyof z.output<z.ZodObject<typeof operationShape>> ? true : false) : false = true;

export const ROW_SCHEMAS = {
  documents: documentRow,
  texts: textRow,
  codes: codeRow,
  codings: codingRow,
  memos: memoRow,
  coders: coderRow,
  documentSets: documentSetRow,
  attributeDefinitions: attributeDefinitionRow,
  savedQueries: savedQueryRow,
  operations: operationRow,
} as const;

/** True when a schema's rows are the model's rows: every row it accepts is one, and every one it accepts. */
type Agrees<Shape extends z.ZodRawShape, Row> = [z.output<z.ZodObject<Shape>>] extends [Row] ? ([Row] extends [z.input<z.ZodObject<Shape>>] ? true : false) : false;

// A field added to shared/model.ts without its schema here (or the reverse) fails the type check.
export const SCHEMAS_AGREE_WITH_MODEL: {
  documents: Agrees<typeof documentShape, DocumentRecord>;
  texts: Agrees<typeof textShape, DocumentText>;
  codes: Agrees<typeof codeShape, CodeRecord>;
  codings: Agrees<typeof codingShape, CodingRecord>;
  memos: Agrees<typeof memoShape, MemoRecord>;
  coders: Agrees<typeof coderShape, CoderRecord>;
  documentSets: Agrees<typeof documentSetShape, DocumentSetRecord>;
  attributeDefinitions: Agrees<typeof attributeDefinitionShape, AttributeDefinition>;
  savedQueries: Agrees<typeof savedQueryShape, SavedQueryRecord>;
} = { documents: true, texts: true, codes: true, codings: true, memos: true, coders: true, documentSets: true, attributeDefinitions: true, savedQueries: true };
