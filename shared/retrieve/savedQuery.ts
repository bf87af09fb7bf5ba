// Reading a saved query back: from the project's storage, from another machine's project, or from the
// settings line of an exported table. What was saved by an older version, or edited by hand, is
// checked here once, so evaluation never meets a missing field: absent parts take the empty query's
// values, and anything malformed is refused with where it is wrong.
import { z } from 'zod';
import { EMPTY_DOCUMENT_FILTER, type DocumentFilter } from '../library/documentFilter';
import type { RetrieveQuery } from './retrieveQuery';

const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const documentFilterSchema = z.object({
  attributes: z.array(z.object({ name: z.string(), values: z.array(attributeValue) })).default([]),
  setIds: z.array(z.string()).default([]),
  textContains: z.string().default(''),
  titleContains: z.string().default(''),
  docIds: z.array(z.string()).default([]),
  dateFrom: z.string().default(''),
  dateTo: z.string().default(''),
  dateMatch: z.enum(['within', 'overlaps']).default('within'),
});

/** A saved query as stored; also checks the saved queries a project file brings in (shared/projectFile/rowSchemas.ts). */
export const retrieveQuerySchema = z.object({
  name: z.string().default(''),
  codeIds: z.array(z.string()).default([]),
  match: z.enum(['any', 'all']).default('any'),
  withSubcodes: z.boolean().default(false),
  excludeCodeIds: z.array(z.string()).default([]),
  near: z.object({ codeIds: z.array(z.string()), paragraphs: z.number().int().min(0) }).nullable().default(null),
  coderIds: z.array(z.string()).default([]),
  documents: documentFilterSchema.default({ ...EMPTY_DOCUMENT_FILTER, attributes: [], setIds: [], docIds: [] }),
});

export type ParsedQuery = { ok: true; query: RetrieveQuery } | { ok: false; message: string };

export function parseRetrieveQuery(value: unknown): ParsedQuery {
  const result = retrieveQuerySchema.safeParse(value);
  if (result.success) return { ok: true, query: result.data satisfies RetrieveQuery };
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? ` at “${issue.path.join('.')}”` : '';
  return { ok: false, message: `This saved query cannot be read${where}: ${issue.message}.` };
}

export function parseDocumentFilter(value: unknown): DocumentFilter | null {
  const result = documentFilterSchema.safeParse(value);
  return result.success ? result.data : null;
}
