// Excel workbooks (.xlsx): the first sheet, read by read-excel-file (maintained, small, made for
// reading sheets as rows; the `xlsx` package on npm is an abandoned 0.18.5 with known
// vulnerabilities). It unzips on its own, without limits, so the archive first passes the guarded zip
// reader. Cells become text: dates as ISO `YYYY-MM-DD` (with the time when there is one), numbers as
// written, booleans as TRUE/FALSE.
import { readSheet } from 'read-excel-file/universal';
import { refuseDoctype } from './officeParts';
import { isStackOverflow } from './stackOverflow';
import { toTableData, type TableData } from './tableData';
import { UnreadableFileError } from './unreadableFileError';
import { isOleCompoundFile, readZip } from './zipArchive';

const KIND = 'Excel workbook';

export async function readXlsxTable(bytes: Uint8Array): Promise<TableData> {
  if (isOleCompoundFile(bytes)) {
    throw new UnreadableFileError(
      'it is not an .xlsx file inside: it is either protected by a password or an older Excel 97-2003 (.xls) workbook renamed. Remove the password, or save it as .xlsx, and import it again.',
    );
  }
  const parts = await readZip(bytes, { kind: KIND, want: (name) => /\.(xml|rels)$/iu.test(name), inspect: (name, part) => refuseDoctype(name, part, KIND) });
  if (!parts.has('xl/workbook.xml')) throw new UnreadableFileError(`it is not an ${KIND}: it is a zip archive without the parts an .xlsx has.`);
  let sheet: unknown[][];
  try {
    const copy = bytes.slice().buffer;
    sheet = (await readSheet(copy)) as unknown[][];
  } catch (error) {
    // Running out of stack is not damage: the extractor says what it is.
    if (isStackOverflow(error)) throw error;
    throw new UnreadableFileError(`it is damaged: its first sheet cannot be read. If it was downloaded or copied, get it again.`, { cause: error });
  }
  return toTableData(sheet.map((row) => row.map(cellText)), {});
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
