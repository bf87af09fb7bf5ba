// Whether the rows of a project file hold together: keys unique, every reference pointing to a row
// that is there. The app keeps these true as it writes (renderer/db/changeConflicts.ts refuses to
// leave an orphan), so a file where one fails was damaged or made by hand; opening it would give
// codings that draw nowhere and memos on nothing.
import { tableEntry } from './entryNames';
import type { Problem } from './problems';
import { TABLE_KEYS, TABLE_NAMES, TABLE_WORDS, type ProjectTables, type TableName } from './projectTables';

export type LineNumbers = { [T in TableName]: readonly number[] };

export function checkReferences(tables: ProjectTables, lines: LineNumbers, projectId: string, report: (problem: Problem) => void): void {
  const where = (table: TableName, index: number) => {
    const line = lines[table][index] ?? index + 1;
    return { entry: tableEntry(table), table, line, at: `${tableEntry(table)}, line ${line}` };
  };
  const dangling = (table: TableName, index: number, field: string, message: string) => {
    const { at, ...place } = where(table, index);
    report({ kind: 'dangling-reference', ...place, field, message: `${at}: ${message}.` });
  };

  const keys = Object.fromEntries(TABLE_NAMES.map((table) => [table, uniqueKeys(table, tables[table] as unknown as Array<Record<string, unknown>>, where, report)])) as Record<TableName, Set<string>>;

  const shaSeen = new Map<string, string>();
  tables.documents.forEach((doc, i) => {
    const other = shaSeen.get(doc.sha256);
    if (other !== undefined) {
      const { at, ...place } = where('documents', i);
      report({ kind: 'duplicate-key', ...place, field: 'sha256', message: `${at}: document ${doc.id} has the same content (sha256) as document ${other}; a project holds each content once.` });
    } else shaSeen.set(doc.sha256, doc.id);
  });

  const textLength = new Map<string, number>();
  tables.texts.forEach((text, i) => {
    textLength.set(text.docId, text.text.length);
    if (!keys.documents.has(text.docId)) dangling('texts', i, 'docId', `a text belongs to document ${text.docId}, which is not in the file`);
  });
  tables.documents.forEach((doc, i) => {
    if (!textLength.has(doc.id)) dangling('documents', i, 'id', `document ${doc.id} (“${doc.title}”) has no text in ${tableEntry('texts')}`);
  });

  const parentOf = new Map(tables.codes.map((code) => [code.id, code.parentId]));
  tables.codes.forEach((code, i) => {
    if (code.parentId !== null && !keys.codes.has(code.parentId)) dangling('codes', i, 'parentId', `code ${code.id} (“${code.name}”) is under code ${code.parentId}, which is not in the file`);
    else if (inCycle(code.id, parentOf)) dangling('codes', i, 'parentId', `code ${code.id} (“${code.name}”) is, through its parents, under itself`);
  });

  tables.codings.forEach((coding, i) => {
    if (!keys.documents.has(coding.docId)) dangling('codings', i, 'docId', `coding ${coding.id} is in document ${coding.docId}, which is not in the file`);
    if (!keys.codes.has(coding.codeId)) dangling('codings', i, 'codeId', `coding ${coding.id} applies code ${coding.codeId}, which is not in the file`);
    const length = textLength.get(coding.docId);
    // Offsets are UTF-16 code units of the canonical text, [start, end).
    if (coding.start > coding.end) dangling('codings', i, 'end', `coding ${coding.id} ends (${coding.end}) before it starts (${coding.start})`);
    else if (length !== undefined && coding.end > length) dangling('codings', i, 'end', `coding ${coding.id} ends at ${coding.end}, past the end of its document's text (${length})`);
  });

  const targets: Record<string, Set<string>> = { document: keys.documents, code: keys.codes, coding: keys.codings, project: new Set([projectId]) };
  tables.memos.forEach((memo, i) => {
    if (!targets[memo.targetType]!.has(memo.targetId)) {
      dangling('memos', i, 'targetId', `memo ${memo.id} is on ${memo.targetType === 'project' ? 'project' : `${memo.targetType}`} ${memo.targetId}, which is not ${memo.targetType === 'project' ? 'this project' : 'in the file'}`);
    }
  });

  tables.documentSets.forEach((set, i) => {
    const missing = set.docIds.filter((docId) => !keys.documents.has(docId));
    if (missing.length > 0) dangling('documentSets', i, 'docIds', `the set “${set.name}” lists ${missing.length === 1 ? 'document' : 'documents'} ${missing.join(', ')}, not in the file`);
  });
}

function uniqueKeys(
  table: TableName,
  rows: ReadonlyArray<Record<string, unknown>>,
  where: (table: TableName, index: number) => { entry: string; table: TableName; line: number; at: string },
  report: (problem: Problem) => void,
): Set<string> {
  const field = TABLE_KEYS[table];
  const keys = new Set<string>();
  rows.forEach((row, i) => {
    const key = row[field] as string;
    if (keys.has(key)) {
      const { at, ...place } = where(table, i);
      report({ kind: 'duplicate-key', ...place, field, message: `${at}: ${TABLE_WORDS[table].one} ${key} is in the file twice.` });
    }
    keys.add(key);
  });
  return keys;
}

function inCycle(id: string, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = id;
  while (current) {
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}
