import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { previewTable } from '../../../electron/library/previewTable';
import { inProcessExtractor } from '../../../electron/extract/extractor';
import { UserFacingError } from '../../../electron/userFacingError';
import { tempDir } from '../fixtures';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

describe('previewing a survey table', () => {
  test('gives the columns, the first five rows and the number of rows with content', async () => {
    const path = join(work.path, 'survey.csv');
    await writeFile(path, 'id;answer\n1;Eins\n2;Zwei\n3;Drei\n4;Vier\n5;Fünf\n6;Sechs\n\n');
    expect(await previewTable(path, inProcessExtractor)).toEqual({
      fileName: 'survey.csv',
      columns: ['id', 'answer'],
      rows: [
        ['1', 'Eins'],
        ['2', 'Zwei'],
        ['3', 'Drei'],
        ['4', 'Vier'],
        ['5', 'Fünf'],
      ],
      rowCount: 6,
    });
  });

  test('a file that is not a table, is gone, is empty or cannot be parsed gets a message naming it', async () => {
    const notTable = join(work.path, 'notes.txt');
    await writeFile(notTable, 'text');
    await expect(previewTable(notTable, inProcessExtractor)).rejects.toThrow('“notes.txt” is not a table: only .csv, .tsv and .xlsx files have columns to choose from.');
    await expect(previewTable(join(work.path, 'gone.csv'), inProcessExtractor)).rejects.toThrow('“gone.csv” could not be read: it is no longer there.');
    const empty = join(work.path, 'empty.csv');
    await writeFile(empty, '');
    await expect(previewTable(empty, inProcessExtractor)).rejects.toThrow('“empty.csv” is empty.');
    const broken = join(work.path, 'broken.xlsx');
    await writeFile(broken, 'this is not a workbook');
    const failure = previewTable(broken, inProcessExtractor);
    await expect(failure).rejects.toBeInstanceOf(UserFacingError);
    await expect(failure).rejects.toThrow('“broken.xlsx” could not be read: it is not an Excel workbook: its content is another kind of file with the wrong extension.');
  });
});
