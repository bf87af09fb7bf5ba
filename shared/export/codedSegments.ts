// The coded-segments table: one row per (segment, code), the shape R, Stata and pandas users expect.
// Offsets are given twice: code points (`start_cp`, `end_cp`), what Python and R slice by, and UTF-16
// units (`start_utf16`, `end_utf16`), what JavaScript and NVivo count. Both are `[start, end)`.
// Columns are documented in README.md ("CSV export of coded segments"); keep the two together.
import { groupBy } from '../groupBy';
import type { AttributeValue, CodeRecord, CoderRecord, CodingRecord, DocumentRecord } from '../model';
import { isCodePointBoundary, utf16ToCodePoints } from '../text/offsets';
import { codePath } from '../codebook/codePath';
import { toCsv, type CsvCell, type CsvOptions } from './csv';
import { excerpt } from '../text/excerpt';

export const CODED_SEGMENT_COLUMNS = [
  'project',
  'document_id',
  'document_title',
  'document_file',
  'code',
  'code_path',
  'coder',
  'created_at',
  'start_cp',
  'end_cp',
  'start_utf16',
  'end_utf16',
  'text',
  'prefix',
  'suffix',
  'memo',
  // Bibliographic fields: researchers model by outlet and date in R, so they travel with each row.
  'document_author',
  'document_date',
  'document_source',
  'document_url',
] as const;

export const ATTRIBUTE_COLUMN_PREFIX = 'attr_';

export interface CodedSegmentsInput {
  projectName: string;
  /** In the project's document order, each with its canonical text. */
  documents: ReadonlyArray<{ record: DocumentRecord; text: string }>;
  codes: readonly CodeRecord[];
  coders: readonly CoderRecord[];
  codings: readonly CodingRecord[];
  /** Plain text of each coding's memo, by coding id. */
  codingMemos: ReadonlyMap<string, string>;
}

export interface CodedSegmentsTable {
  columns: string[];
  rows: Array<Record<string, CsvCell>>;
}

export function codedSegmentsTable(input: CodedSegmentsInput): CodedSegmentsTable {
  const attributeNames = [...new Set(input.documents.flatMap((d) => Object.keys(d.record.attributes)))].sort((a, b) => a.localeCompare(b));
  const columns = [...CODED_SEGMENT_COLUMNS, ...attributeNames.map((name) => ATTRIBUTE_COLUMN_PREFIX + name)];
  const codesById = new Map(input.codes.map((code) => [code.id, code]));
  const coderNames = new Map(input.coders.map((coder) => [coder.id, coder.name]));
  const codeOrder = new Map(input.codes.map((code, index) => [code.id, index]));
  const codingsByDoc = groupBy(input.codings, (coding) => coding.docId);

  const rows: Array<Record<string, CsvCell>> = [];
  for (const { record: doc, text } of input.documents) {
    const codings = [...(codingsByDoc.get(doc.id) ?? [])].sort(
      (a, b) => a.start - b.start || a.end - b.end || (codeOrder.get(a.codeId) ?? 0) - (codeOrder.get(b.codeId) ?? 0) || a.createdAt.localeCompare(b.createdAt),
    );
    // One coding with offsets the text cannot have would stop the whole export: name it, so that the
    // researcher can find it and fix it, instead of a bare RangeError about some offset.
    for (const coding of codings) checkOffsets(doc, text, coding, codesById.get(coding.codeId));
    const codePoints = utf16ToCodePoints(text, codings.flatMap((c) => [c.start, c.end]));
    codings.forEach((coding, i) => {
      const code = codesById.get(coding.codeId);
      const row: Record<string, CsvCell> = {
        project: input.projectName,
        document_id: doc.id,
        document_title: doc.title,
        document_file: doc.fileName,
        code: code?.name ?? '',
        code_path: code ? codePath(code, codesById) : '',
        coder: coderNames.get(coding.coderId) ?? coding.coderId,
        created_at: coding.createdAt,
        start_cp: codePoints[2 * i]!,
        end_cp: codePoints[2 * i + 1]!,
        start_utf16: coding.start,
        end_utf16: coding.end,
        text: text.slice(coding.start, coding.end),
        prefix: coding.prefix,
        suffix: coding.suffix,
        memo: input.codingMemos.get(coding.id) ?? '',
        document_author: doc.author,
        document_date: doc.date,
        document_source: doc.source,
        document_url: doc.url,
      };
      for (const name of attributeNames) row[ATTRIBUTE_COLUMN_PREFIX + name] = attributeCell(doc.attributes[name]);
      rows.push(row);
    });
  }
  return { columns, rows };
}

export function codedSegmentsCsv(input: CodedSegmentsInput, options: CsvOptions): string {
  const table = codedSegmentsTable(input);
  return toCsv(table.columns, table.rows, options);
}

/** A coding whose offsets do not fit its document's text: outside it, or inside a character. */
export class CodedSegmentOffsetError extends Error {
  constructor(
    message: string,
    readonly docId: string,
    readonly codingId: string,
  ) {
    super(message);
    this.name = 'CodedSegmentOffsetError';
  }
}

function checkOffsets(doc: DocumentRecord, text: string, coding: CodingRecord, code: CodeRecord | undefined): void {
  const { start, end } = coding;
  let problem: string | null = null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) problem = 'lies outside the document’s text';
  else {
    const startSplits = !isCodePointBoundary(text, start);
    const endSplits = !isCodePointBoundary(text, end);
    const where = startSplits && endSplits ? 'starts and ends' : startSplits ? 'starts' : endSplits ? 'ends' : null;
    if (where) problem = `${where} inside a character (between the two halves of an emoji or other character)`;
  }
  if (!problem) return;
  throw new CodedSegmentOffsetError(
    `The ${code?.name ?? 'deleted code’s'} coding on “${excerpt(coding.quote, 40)}” (UTF-16 offsets ${start}–${end}) in the document “${doc.title}” (${doc.fileName}) ${problem}. ` +
      'Nothing was exported: open the document, move that coding’s ends or remove it, then export again.',
    doc.id,
    coding.id,
  );
}

function attributeCell(value: AttributeValue | undefined): CsvCell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}
