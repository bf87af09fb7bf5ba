// Reading a table's entry: UTF-8 text, one JSON object per line (JSON lines). Every row keeps the
// line it came from, so that a problem names the line a researcher (or a support person with a
// text editor) can look at.
import type { Problem } from './problems';
import type { TableName } from './projectTables';

export interface DecodedRows {
  rows: unknown[];
  /** The 1-based line of each row. */
  lines: number[];
}

export function decodeJsonLines(bytes: Uint8Array, table: TableName, entry: string, report: (problem: Problem) => void): DecodedRows {
  const rows: unknown[] = [];
  const lines: number[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report({ kind: 'bad-row', entry, table, message: `${entry} is not UTF-8 text.` });
    return { rows, lines };
  }
  let start = 0;
  let line = 0;
  while (start < text.length) {
    line++;
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length : end + 1;
    // Blank lines carry nothing (an editor may leave one at the end).
    if (content.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(content);
    } catch (error) {
      report({ kind: 'bad-row', entry, table, line, message: `${entry}, line ${line}: not a JSON row (${(error as Error).message}).` });
      continue;
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      report({ kind: 'bad-row', entry, table, line, message: `${entry}, line ${line}: a row must be a JSON object.` });
      continue;
    }
    rows.push(row);
    lines.push(line);
  }
  return { rows, lines };
}
