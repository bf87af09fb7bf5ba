// A spreadsheet of survey answers becomes one document per row: the chosen column is its text, the
// title column (or "<file> row N") its title, every other column an attribute (as text; the renderer
// infers types). The original is stored once for all its rows.
//
// A row's identity is the file's content, the text column and the row number, hashed: re-importing
// the same file with the same column reports its rows as duplicates, while importing another question
// (another column) of the same survey gives new documents.
import type { ImportedDocument, TableChoice } from '../../shared/ipc';
import type { DocumentFormat } from '../../shared/model';
import { isBlankText, toCanonicalText } from '../../shared/text/canonical';
import { countWords } from '../../shared/text/words';
import { columnTypes } from '../../shared/library/attributeTypeHints';
import type { Extractor } from '../extract/extractor';
import { UnreadableFileError } from '../extract/unreadableFileError';
import type { ClaimOrder, Outcome, SeenContent } from './importOutcome';
import { sha256Hex, storedExtension, storeOriginal, storingFailedReason } from '../originals/originalStore';

export interface TableFile {
  fileName: string;
  path: string;
  format: DocumentFormat;
  bytes: Uint8Array;
  sha256: string;
  choice: TableChoice;
}

export function rowSha256(fileSha256: string, textColumn: string, rowNumber: number): string {
  return sha256Hex(new TextEncoder().encode(`${fileSha256}:${textColumn}:row:${rowNumber}`));
}

/** Stored by main once its rows are claimed; a failure is the library folder's, and said so, as for a document (extractor.ts). */
async function storeTableOriginal(libraryDir: string, file: TableFile, bytes: Uint8Array): Promise<string> {
  try {
    return await storeOriginal(libraryDir, file.sha256, storedExtension(file.fileName, file.format), bytes);
  } catch (error) {
    throw new UnreadableFileError(storingFailedReason(error), { cause: error });
  }
}

export async function tableDocuments(file: TableFile, context: { extractor: Extractor; libraryDir: string; seen: SeenContent; signal?: AbortSignal } & ClaimOrder): Promise<Outcome> {
  const { fileName, path, choice } = file;
  // A cancel stops the reading of the rows; once they are read, they are claimed and kept, as a document once read is.
  const { value: table, bytes } = await context.extractor.readTable({ fileName: file.fileName, format: file.format, bytes: file.bytes }, context.signal);
  // Rows are claimed in batch order, like files (see importFiles).
  await context.waitTurn();
  const textIndex = table.columns.indexOf(choice.textColumn);
  if (textIndex === -1) throw new UnreadableFileError(`it has no column named “${choice.textColumn}” (its columns are ${table.columns.map((c) => `“${c}”`).join(', ')}).`);
  const titleIndex = choice.titleColumn === undefined ? -1 : table.columns.indexOf(choice.titleColumn);

  // Claim every row first, without pausing, so that a later file of the batch sees all of them.
  const fresh: Array<{ row: string[]; rowNumber: number; sha256: string; text: string }> = [];
  let answers = 0;
  for (const [index, row] of table.rows.entries()) {
    const text = toCanonicalText(row[textIndex] ?? '');
    if (isBlankText(text)) continue;
    answers++;
    const rowNumber = table.rowNumbers[index]!;
    const sha256 = rowSha256(file.sha256, choice.textColumn, rowNumber);
    // Rows are only ever claimed once imported (or known), so a claim here is a duplicate.
    if (context.seen.has(sha256)) continue;
    context.seen.set(sha256, { fileName, imported: Promise.resolve(true) });
    fresh.push({ row, rowNumber, sha256, text });
  }
  context.passTurn();
  const duplicates = answers - fresh.length;

  const storedName = fresh.length > 0 ? await storeTableOriginal(context.libraryDir, file, bytes) : '';
  const documents = fresh.map(({ row, rowNumber, sha256, text }): ImportedDocument => {
    const attributes: Record<string, string> = {};
    table.columns.forEach((column, i) => {
      if (i !== textIndex) attributes[column] = row[i] ?? '';
    });
    return {
      fileName,
      path,
      sha256,
      storedName,
      format: file.format,
      title: (titleIndex >= 0 ? row[titleIndex]?.trim() : '') || `${fileName} row ${rowNumber}`,
      text,
      extraction: { ...table.extraction, row: String(rowNumber), column: choice.textColumn },
      attributes,
      words: countWords(text),
    };
  });
  if (answers === 0) throw new UnreadableFileError(`its column “${choice.textColumn}” has no answers in any row.`);
  if (documents.length === 0) {
    return { kind: 'duplicate', problem: { fileName, path, reason: `its ${answers} ${answers === 1 ? 'answer' : 'answers'} in column “${choice.textColumn}” are already in the project.` } };
  }
  // Typed here, on every row imported, because the rows reach the window in several batches.
  const attributeTypes = columnTypes(
    table.columns.filter((_, i) => i !== textIndex),
    documents.map((document) => document.attributes!),
  );
  return {
    kind: 'imported',
    documents,
    attributeTypes,
    ...(duplicates > 0
      ? { duplicate: { fileName, path, reason: `${duplicates} of its answers in column “${choice.textColumn}” were already in the project; the other ${documents.length} were imported.` } }
      : {}),
  };
}
