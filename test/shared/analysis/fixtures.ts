// A small project for the analysis tests: documents with texts written here, codes, codings placed
// by the phrase they cover, so that a test reads as what a researcher coded.
import { EMPTY_METADATA, type AttributeValue, type CodeRecord, type CodingRecord, type DocumentRecord, type DocumentSetRecord } from '../../../shared/model';
import { createAnalysisIndex, type ProjectRows } from '../../../shared/analysis/analysisIndex';
import { capturePassage } from '../../../shared/text/passageContext';
import { countWords } from '../../../shared/text/words';

export function doc(id: string, order: number, text: string, attributes: Record<string, AttributeValue> = {}, extra: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    title: `Doc ${id}`,
    format: 'txt',
    fileName: `${id}.txt`,
    storedName: '',
    sha256: '',
    order,
    importedAt: '2026-01-01T00:00:00.000Z',
    length: text.length,
    words: countWords(text),
    extraction: {},
    ...EMPTY_METADATA,
    attributes,
    ...extra,
  };
}

export function code(id: string, name: string, parentId: string | null = null, order = 0): CodeRecord {
  return { id, name, color: '#2563eb', parentId, order, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '2026-01-01T00:00:00.000Z' };
}

let counter = 0;
/** A coding of `phrase` (its `nth` occurrence) in `text`. */
export function codingOf(text: string, docId: string, codeId: string, phrase: string, coderId = 'k1', nth = 0, id?: string): CodingRecord {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`“${phrase}” is not in the text`);
  return rangeCoding(text, docId, codeId, start, start + phrase.length, coderId, id);
}

export function rangeCoding(text: string, docId: string, codeId: string, start: number, end: number, coderId = 'k1', id?: string): CodingRecord {
  return { id: id ?? `x${++counter}`, docId, codeId, start, end, ...capturePassage(text, start, end), coderId, createdAt: '2026-02-01T00:00:00.000Z' };
}

export function set(id: string, name: string, docIds: string[]): DocumentSetRecord {
  return { id, name, docIds, createdAt: '2026-01-01T00:00:00.000Z' };
}

export function project(parts: Partial<ProjectRows> & { texts: Record<string, string> }) {
  const rows: ProjectRows = {
    documents: parts.documents ?? [],
    codes: parts.codes ?? [],
    codings: parts.codings ?? [],
    sets: parts.sets ?? [],
    coders: parts.coders ?? [
      { id: 'k1', name: 'Ana', color: '#000000' },
      { id: 'k2', name: 'Ben', color: '#ffffff' },
    ],
    memos: parts.memos ?? [],
  };
  return { rows, index: createAnalysisIndex(rows, new Map(Object.entries(parts.texts))) };
}
