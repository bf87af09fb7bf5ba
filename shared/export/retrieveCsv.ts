// Retrieve's results as CSV, in the coded-segments shape (codedSegments.ts, README "CSV export of coded
// segments"): the same columns with the same meanings and units, one row per passage and code, so a
// script written for the coded-segments export reads this too. A passage is what Retrieve listed:
// overlapping codings joined, or the intersection for AND, so its offsets can differ from any one
// coding's; `coder` names every coder whose coding of that code makes it ("Ana; Ben"), `created_at`
// is the earliest of those codings, `memo` their memos. Two columns follow the coded-segments ones:
// `group` (the column it was listed in; a passage in two sets appears once per set) and
// `other_codes` (other codes overlapping it, by path, separated by "; "). Then `attr_<name>`.
import type { AttributeValue } from '../model';
import { capturePassage } from '../text/passageContext';
import { utf16ToCodePoints } from '../text/offsets';
import { ATTRIBUTE_COLUMN_PREFIX, CODED_SEGMENT_COLUMNS } from './codedSegments';
import { toCsv, type CsvCell, type CsvOptions } from './csv';
import { passageCodeRows, type RetrieveExportInput } from './retrievedPassages';

export const RETRIEVE_EXTRA_COLUMNS = ['group', 'other_codes'] as const;

export function retrieveCsv(input: RetrieveExportInput, options: CsvOptions): string {
  const rows = passageCodeRows(input);
  const attributeNames = [...new Set(input.documents.flatMap((d) => Object.keys(d.attributes)))].sort((a, b) => a.localeCompare(b));
  const columns = [...CODED_SEGMENT_COLUMNS, ...RETRIEVE_EXTRA_COLUMNS, ...attributeNames.map((name) => ATTRIBUTE_COLUMN_PREFIX + name)];
  const codePoints = new Map<string, number>();
  const byDoc = new Map<string, number[]>();
  for (const row of rows) byDoc.set(row.passage.docId, [...(byDoc.get(row.passage.docId) ?? []), row.passage.start, row.passage.end]);
  for (const [docId, offsets] of byDoc) {
    const text = input.text(docId);
    if (text === undefined) continue;
    const converted = utf16ToCodePoints(text, offsets);
    offsets.forEach((offset, i) => codePoints.set(`${docId}:${offset}`, converted[i]!));
  }
  const records = rows.map((row) => {
    const { passage, document: doc } = row;
    const text = input.text(doc.id);
    const context = text !== undefined ? capturePassage(text, passage.start, passage.end) : { prefix: '', suffix: '' };
    const record: Record<string, CsvCell> = {
      project: input.projectName,
      document_id: doc.id,
      document_title: doc.title,
      document_file: doc.fileName,
      code: row.code?.name ?? '',
      code_path: row.codePath,
      coder: row.coderNames.join('; '),
      created_at: row.createdAt,
      start_cp: codePoints.get(`${doc.id}:${passage.start}`) ?? '',
      end_cp: codePoints.get(`${doc.id}:${passage.end}`) ?? '',
      start_utf16: passage.start,
      end_utf16: passage.end,
      text: passage.quote,
      prefix: context.prefix,
      suffix: context.suffix,
      memo: row.memos.join('\n\n'),
      document_author: doc.author,
      document_date: doc.date,
      document_source: doc.source,
      document_url: doc.url,
      group: row.group,
      other_codes: row.otherCodePaths.join('; '),
    };
    for (const name of attributeNames) record[ATTRIBUTE_COLUMN_PREFIX + name] = attributeCell(doc.attributes[name]);
    return record;
  });
  return toCsv(columns, records, options);
}

function attributeCell(value: AttributeValue | undefined): CsvCell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}
